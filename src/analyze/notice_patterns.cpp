#include "analyze/notice_patterns.h"

#include <re2/re2.h>
#include <re2/filtered_re2.h>

#include <cstdint>
#include <memory>
#include <unordered_map>

#include "revisor/base/error.h"

namespace revisor::analyze::patterns {

RE2::Options regex_options() {
  RE2::Options o;
  o.set_case_sensitive(false);
  o.set_encoding(RE2::Options::EncodingUTF8);
  o.set_log_errors(false);
  o.set_max_mem(64 << 20);
  return o;
}

namespace {

std::unique_ptr<RE2> compile(const std::string& pattern, bool case_sensitive = false) {
  RE2::Options o = regex_options();
  o.set_case_sensitive(case_sensitive);
  auto re = std::make_unique<RE2>(pattern, o);
  if (!re->ok()) {
    throw Error(ErrorKind::internal, "notice pattern " + pattern + ": " + re->error());
  }
  return re;
}

// Junk publishers put before a label: markdown emphasis, brackets, admonitions ("> [!IMPORTANT]").
constexpr const char* kLead = R"(^[\s*_>\[\(]*(?:\[!\w+\]\s*)?)";

struct HeaderRule {
  NoticeKind kind;
  bool editors_note;
  const char* language;
  const char* label;
};

// Language "" means the word is shared (English and French "Correction", "Update" everywhere).
constexpr HeaderRule kHeaders[] = {
    {NoticeKind::correction, false, "", R"(corrections?|rectification|apology|erratum)"},
    {NoticeKind::correction, false, "es", R"(correcci[oó]n|fe de err(?:ores|atas))"},
    {NoticeKind::correction, false, "pt", R"(corre[cç](?:[aã]o|[oõ]es)|errata)"},
    {NoticeKind::correction, false, "de", R"(korrektur|berichtigung|richtigstellung)"},
    {NoticeKind::correction, false, "nl", R"(correctie|rectificatie)"},
    {NoticeKind::correction, false, "it", R"(rettifica|errata corrige|correzione)"},
    {NoticeKind::correction, false, "fr", R"(rectificatif)"},
    {NoticeKind::clarification, false, "", R"(clarifications?)"},
    {NoticeKind::clarification, false, "es", R"(aclaraci[oó]n)"},
    {NoticeKind::clarification, false, "fr", R"(pr[ée]cision)"},
    {NoticeKind::clarification, false, "de", R"(klarstellung)"},
    {NoticeKind::clarification, false, "pt", R"(esclarecimento)"},
    {NoticeKind::clarification, false, "it", R"(precisazione|chiarimento)"},
    {NoticeKind::update, false, "", R"(updated?|edit|addendum)"},
    {NoticeKind::update, false, "es", R"(actualizaci[oó]n)"},
    {NoticeKind::update, false, "fr", R"(mise [àa] jour)"},
    {NoticeKind::update, false, "de", R"(aktualisierung|nachtrag)"},
    {NoticeKind::update, false, "pt", R"(atualiza[cç][aã]o)"},
    {NoticeKind::update, false, "it", R"(aggiornamento)"},
    {NoticeKind::update, false, "nl", R"(bijgewerkt)"},
    {NoticeKind::editors_note, true, "en", R"(editor(?:['’]?s['’]?)? note|note from the editors?)"},
    {NoticeKind::editors_note, true, "es", R"(nota del editor|nota de la redacci[oó]n)"},
    {NoticeKind::editors_note, true, "fr", R"(note de la r[ée]daction)"},
    {NoticeKind::editors_note, true, "de", R"(anmerkung der redaktion|hinweis der redaktion|transparenzhinweis)"},
    {NoticeKind::editors_note, true, "pt", R"(nota d[ao] (?:reda[cç][aã]o|editor))"},
    {NoticeKind::editors_note, true, "it", R"(nota della redazione)"},
    {NoticeKind::editors_note, true, "nl", R"(noot van de redactie)"},
    {NoticeKind::retraction, false, "", R"(retraction|retracta[cç]i[oó]n|r[ée]tractation)"},
};

struct CompiledHeader {
  const HeaderRule* rule;
  std::unique_ptr<RE2> re;  // groups: 1 = what stands between the label and its colon
};

const std::vector<CompiledHeader>& headers() {
  static const std::vector<CompiledHeader> compiled = [] {
    std::vector<CompiledHeader> v;
    for (const auto& h : kHeaders) {
      v.push_back({&h, compile(std::string(kLead) + "(?:" + h.label + R"()\b([^:\n]{0,45}?)\s*:)")});
    }
    return v;
  }();
  return compiled;
}

// All labels in one pattern, matched without submatches (DFA only): most heads carry none, and
// trying each label's own pattern costs a submatch search apiece.
const RE2& any_header() {
  static const auto re = [] {
    std::string alternatives;
    for (const auto& h : kHeaders) alternatives += std::string(alternatives.empty() ? "" : "|") + h.label;
    return compile(std::string(kLead) + "(?:" + alternatives + R"()\b[^:\n]{0,45}?\s*:)");
  }();
  return *re;
}

// Labels that open a notice with no colon: "Rectificatif au Journal officiel", "Updated from 9:40 a.m.".
const RE2& colonless_header() {
  static const auto re = compile(std::string(kLead) +
                                 R"((rectificatif|errata corrige)\s|(updated? (?:from|at) \d))");
  return *re;
}

bool has_letter(std::string_view s) {
  for (unsigned char c : s) {
    if ((c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || c >= 0x80) return true;
  }
  return false;
}
bool has_digit(std::string_view s) {
  for (char c : s) {
    if (c >= '0' && c <= '9') return true;
  }
  return false;
}

enum class Signal {
  retraction, correction, correction_act, weak_correction, column, cue, clarification, strong_clarification, update,
  editors_note, negative
};

struct BodyRule {
  Signal signal;
  const char* language;
  const char* pattern;
};

// Publication nouns: the thing a newsroom corrects, so "an earlier version of the bill" is no notice.
#define PUB R"((?:article|story|stories|post|column|obituary|review|report|editorial|headline|caption|photo|photograph|feature|item|profile|graphic|recipe|piece|text|version|programme|program|newscast|broadcast|interview|sketch|commentary|essay|blog|newsletter|video|audio|podcast|correction|map|chart|listing|summary|preview|analysis|op-ed))"
// A stretch inside one sentence: abbreviations ("Oct. 25", "Mr. Cuomo", "U.S.") do not end it.
#define GAP R"((?:[^.;]|\.(?-i:\s?[a-z0-9(,])|(?-i:\b[A-Z][a-z]{0,3})\.))"
#define MISVERB R"((?:mis(?:stated|spell(?:ed|t)|spelt|identified|quoted|attributed|named|captioned|characteri[sz]ed|reported|represented|label(?:l)?ed|translated|dated|placed)|(?:incorrectly|erroneously|mistakenly|wrongly|inaccurately|imprecisely) (?:\w+ )?(?:stated|said|reported|identified|described|referred|gave|used|called|listed|attributed|quoted|named|characteri[sz]ed|suggested|indicated|announced|calculated|spelled|spelt|included|showed|located|placed|dated|credited|captioned|labell?ed|implied|claimed|wrote)|described incorrectly|referred imprecisely|included (?:an? |several )?(?:incorrect|errors)|gave the wrong))"

constexpr BodyRule kBody[] = {
    // ---- retraction
    {Signal::retraction, "en", R"(\b(?:we|this|that|the|our) (?:\w+ ){0,3}(?:has been|have been|have|has|are|is|were|was) (?:\w+ )?(?:officially |unequivocally |formally )?retract(?:ed|ing)\b)"},
    {Signal::retraction, "en", R"(\bretract(?:ed|ing) (?:our|this|the|that) (?:story|article|report|piece)|\bofficially retracting\b)"},
    {Signal::retraction, "en", R"(\bdid not meet \w+['’]?s? (?:editorial )?standards)"},
    {Signal::retraction, "en", R"(\bwe have (?:since )?withdrawn\b|\bno longer stand by\b|\bposted in error\b|\bwas inaccurate, part of an? \w+ (?:deception|hoax)|\bhas not been hired\b[^.]*\.\s*A [\w.]+ story)"},
    {Signal::retraction, "fr", R"(\bnous avons publi[ée] (?:en ligne, )?par erreur)"},
    {Signal::retraction, "es", R"(\bfalsa noticia\b|\bnoticia falsa\b)"},
    {Signal::retraction, "pt", R"(\bera falsa a not[ií]cia\b)"},
    // ---- correction, English
    {Signal::correction, "en", R"(\b(?:earlier|previous|prior|original|initial|former)(?: web| online| print| audio)? (?:version|headline|edition|draft)s? of (?:this|the|our|that) (?:above )?)" PUB},
    {Signal::correction, "en", R"(\b(?:earlier|previous|prior) (?:web |online )?(?:version|headline|edition)s? )" MISVERB},
    {Signal::correction, "en", R"(\b(?:an? )?(?:earlier|previous|prior) (?:web |online )?(?:version|headline|edition)s? (?:stated|said|reported|gave|referred|described|included|contained|omitted|had|did not|suggested|called|listed|identified|used|quoted|attributed|showed)\b)"},
    // The act of correcting, with no word of what was wrong ("has been corrected", "updated to
    // reflect that"): under an "Editor's note:" label the label decides the kind.
    {Signal::correction_act, "en", R"(\b(?:this|the|our) (?:\w+ )?)" PUB R"((?: of (?:this|the) \w+)? (?:has been|have been|was|were|had been|is being) (?:corrected|amended|updated to correct|changed to correct|modified to (?:correct|remove|delete)|edited to (?:correct|remove))\b)"},
    {Signal::correction_act, "en", R"(\b(?:updated|changed|modified|amended|corrected) to (?:reflect|show|note|say|indicate|make clear) that\b)"},
    {Signal::correction_act, "en", R"(\b(?:corrected|amended|modified|changed) to (?:show|note|reflect|remove|delete|correct)\b)"},
    {Signal::correction, "en", R"(^[\s(\[]*(?:this version of the story )?(?:corrects|removes (?:words|reference|paragraph)|fixes (?:typo|spelling))\b)"},
    {Signal::correction, "en", R"(\b(?:an?|the|this|our|that|in|last)\b)" GAP R"(*?\b)" PUB R"(s?\b)" GAP R"(*?\b)" MISVERB R"(\b)"},
    {Signal::correction, "en", MISVERB GAP R"(*?\b(?:in|of) (?:our|this|yesterday['’]s|last \w+['’]?s?) )"},
    {Signal::correction, "en", R"(^(?:in (?:our|the|an?|last) [^.]*?, )?we (?:referred to|said|reported|stated|wrote|described|called|suggested|identified|dubbed)\b|\((?:[^()]*,\s*)?pages? [a-z]?\d+)"},
    {Signal::correction, "en", R"(\b(?:the|this|our) )" PUB R"( (?:initially|originally|first) (?:indicated|reported|stated|said|suggested|identified)\b)"},
    {Signal::column, "en", R"(^(?:an?|the|in (?:an?|the|our|last \w+['’]?s?)) )" GAP R"(*?\b)" PUB R"(\b)" GAP R"(*?\b(?:said|stated|implied|suggested|reported|included|referred|described|showed|gave|called|identified|quoted|wrote) (?:that|to|an?|the)\b)"},
    {Signal::cue, "en", R"(\b(?:in fact|actually|of course|should have|rather than|instead)\b)"},
    // The outlet citing its own page: "(“Newscape” page, January 8, 2007)", as corrections columns do.
    {Signal::correction, "en", R"(\([^()]*\bpage, (?:\w+\.? )?\d{1,2}, \d{4}\))"},
    {Signal::correction, "en", R"(\bwe\b[^.;]*?\b(?:mistakenly|incorrectly|wrongly|erroneously|inaccurately|mis(?:spell|spelt|identif|quot|attribut|stat|nam|report)\w*)\b)"},
    {Signal::correction, "en", R"(\bas we (?:had it|suggested|said|reported|stated|wrote|called him|called her|described)\b|\bwe were wrong\b|\bwe (?:spelt|spelled|got) [^.]{1,60}? wrong\b)"},
    {Signal::correction, "en", R"(\bwe (?:apologi[sz]e|regret (?:the|this) (?:error|mistake)|are (?:very )?sorry for (?:this|the) (?:error|mistake)))"},
    {Signal::correction, "en", R"(\b(?:due to|because of|as a result of) an? (?:\w+['’]?s? ){0,2}(?:error|mistake)\b)"},
    {Signal::correction, "en", R"(\b(?:was|were|is|are|has been|had been|it was) (?:incorrectly|erroneously|wrongly|mistakenly|inaccurately) (?:reported|stated|identified|described|attributed|quoted|spelled|spelt|given|listed|named|referred|labell?ed|captioned|credited|dated|published|printed|used|shown|said|called|included|characteri[sz]ed|cited|calculated|announced)\b)"},
    {Signal::correction, "en", R"(\b(?:it was|we) (?:erroneously|mistakenly|wrongly|incorrectly) (?:reported|stated|said)|\bin (?:some|later) copies\b|\bwe (?:misspelled|misspelt|misidentified|misquoted|misstated))"},
    {Signal::correction, "en", R"(\bincorrect(?:ly)? (?:version|cooking time|information|figure|date|name|photo|picture|image)\b|\bran the wrong (?:pictures|photo|image)|\bwrong (?:pictures|photo|year|years|day|date|name|figure)s? for\b|\bgave the wrong\b|\bmatched the wrong\b)"},
    {Signal::correction, "en", R"(^(?:the|our|this) (?:programme|program|presenter|newscast) (?:suggested|stated|said|referred)|\bit was stated that\b|\bwe (?:reported|referred|said|stated) (?:that |to )[^.]*\.\s*(?:in fact|but|we were)\b)"},
    {Signal::correction, "en", R"(\bwe (?:wrongly|mistakenly) assumed\b|\bincorrect statements\b|\bwish to apologi[sz]e\b|\bhave told us that\b)"},
    {Signal::weak_correction, "en", R"(^(?:he|she|it|they|the \w+|his \w+|her \w+) (?:is|was|were|are|has|had) [^.;]{1,60}, not [^.;]{1,40}\.?$)"},
    {Signal::weak_correction, "en", R"(^[^.;]{1,120}, not [^.;]{1,40}, as we [^.]{1,80}\.?$)"},
    // ---- correction, Spanish
    {Signal::correction, "es", R"(\b(?:una|la) versi[oó]n anterior de (?:este|esta|la|el) (?:art[ií]culo|noticia|texto|nota|informaci[oó]n|reportaje|cr[oó]nica))"},
    {Signal::correction, "es", R"(\b(?:publicad[oa]|utilizad[oa]|emitid[oa]|difundid[oa]) (?:\w+ )?por error\b|\blamenta(?:mos)? el error\b|\bofrecemos (?:\w+ )?disculpas\b|\btexto corregido\b|\bse desliz[oó] un error\b|\bnos equivocamos\b)"},
    {Signal::correction, "es", R"(\b(?:le[ií]|dijimos|publicamos|escribimos|informamos|afirmamos|pusimos) (?:\w+ )?(?:equivocadamente|err[oó]neamente|por error)|\bpusimos al aire un texto equivocado|\badmitimos con franqueza\b|\bse public[oó] en forma err[oó]nea)"},
    // ---- correction, French
    {Signal::correction, "fr", R"(\b(?:une|la|dans une) (?:pr[ée]c[ée]dente|premi[èe]re) version de (?:cet|cette|notre) (?:article|texte|d[ée]p[êe]che|chronique))"},
    {Signal::correction, "fr", R"(\bil fallait lire\b|\bnous avons (?:interverti|confondu|[ée]crit par erreur|attribu[ée] par erreur)|\bnous pr[ée]sentons nos (?:plus sinc[èe]res )?excuses|\bcontrairement [àa] ce que nous avions|\ben d[ée]pit de ce qu.indiquait\b|\bcet article a [ée]t[ée] (?:corrig[ée]|modifi[ée] pour (?:corriger|rectifier)))"},
    // ---- correction, German
    {Signal::correction, "de", R"(\bin einer (?:fr[üu]heren|vorigen|vorherigen|[äa]lteren|ersten) (?:version|fassung) (?:dieses|des|unseres) (?:textes|artikels|beitrags|berichts|interviews))"},
    {Signal::correction, "de", R"(\bhie(?:ß|ss) es (?:in (?:diesem|dem|einer) (?:text|artikel|beitrag|teilauflage|fassung|version)|zun[äa]chst|f[äa]lschlich)|\bursp[rü]+nglich hie(?:ß|ss) es\b|\bvom \d{1,2}\.[^.]*\bhie(?:ß|ss) es\b|\bhie(?:ß|ss) es,[^.]*\. (?:richtig|das ist falsch|tats[äa]chlich|das suggeriert))"},
    {Signal::correction, "de", R"(^(?:im|in) [^.]*?\bvom \d{1,2}\.(?:/\d{1,2}\.)?\s?(?:\pL+ )?(?:\d{4} )?(?:\([^)]*\) )?(?:wurde|hie(?:ß|ss) es|war|stand)\b)"},
    {Signal::correction, "de", R"(\bin (?:einem|dem|der) [\w„“"-]*(?:beitrag|artikel|bericht|ausgabe|sendung|interview|gastbeitrag|hinweismeldung)\b[^.]*\bvom \d{1,2}\.[^.]*\b(?:wurde|hie(?:ß|ss)|stand|war)\b)"},
    {Signal::correction, "de", R"(\bin der \w+ausgabe wurde behauptet\b|\bzitierten wir\b|\birrtum:|\b(?:schrieben|haben|hatten|berichteten|nannten) wir\b[^.]*\bfalsch\b|\bwir haben\b[^.]*\b(?:korrigiert|berichtigt)\b|\bwir bedauern\b|\bder fehler wurde (?:korrigiert|behoben|berichtigt)|\bfehler gemacht\b|\brichtig (?:ist,? dass|muss es)|\bzun[äa]chst (?:vermeldet|berichtet|gemeldet)\b)"},
    // ---- correction, Portuguese
    {Signal::correction, "pt", R"(\bdiferentemente do (?:que )?(?:foi )?(?:publicad|informou|afirma|noticiad)|\berrou ao\b|\bgrafado errado\b|\bsaiu com (?:um )?erro\b|\best[áa] errad[ao]\b|\berro de digita[cç][aã]o\b|\bpor erro da reda[cç][aã]o\b|\bleia-se\b|\bindevidamente (?:os |as |o |a )?atribu|\buma vers[aã]o anterior dest[ea] (?:texto|artigo|reportagem|not[ií]cia))"},
    // ---- correction, Italian and Dutch
    {Signal::correction, "it", R"(\babbiamo (?:sbagliato|erroneamente|scritto per errore|fatto un torto)|\bci scusiamo\b|\bin una precedente versione di quest[oa] (?:articolo|testo)|\buna versione precedente (?:di quest[oa] (?:articolo|testo) )?(?:riportava|indicava|affermava|diceva)\b|\bcontrariamente a quanto scritto\b)"},
    {Signal::correction, "nl", R"(\bin een eerdere versie van dit (?:artikel|bericht|stuk)|\bten onrechte\b)"},
    // ---- clarification
    {Signal::clarification, "en", R"(\b(?:this|the) (?:\w+ )?)" PUB R"( (?:has been|was|have been) (?:updated|modified|amended|changed|edited)\b[^.]*\bto (?:clarify|make clear)\b)"},
    {Signal::strong_clarification, "en", R"(\bwe (?:should|would like to|want to|wish to|must) (?:clarify|make clear)\b|\bwould have been (?:more accurate|better|clearer) to\b|\bwe may owe an apology\b|\bdid not make clear\b|\bmay have been a misperception\b)"},
    {Signal::clarification, "es", R"(\bse ha modificado para precisar\b|\bpara aclarar que\b)"},
    // ---- update
    {Signal::update, "en", R"(\b(?:this|the) (?:\w+ )?(?:story|article|post|report|piece|page)(?: and (?:its )?(?:headline|photos?|video|graphics?))? (?:has been|was|have been) updated\b(?: (?:with|to include|to add|throughout|since|for|on|at)\b|\.|$))"},
    {Signal::update, "en", R"(^[\s*_(\[]*updated? (?:from|at) \d)"},
    {Signal::update, "fr", R"(\b(?:cet|l.)article a [ée]t[ée] mis [àa] jour\b)"},
    {Signal::update, "es", R"(\b(?:esta|la) (?:noticia|informaci[oó]n|nota) (?:ha sido|fue|se ha) actualizad)"},
    {Signal::update, "de", R"(\b(?:dieser|der) (?:artikel|text|beitrag) wurde (?:aktualisiert|erg[äa]nzt)\b)"},
    {Signal::update, "pt", R"(\bo texto foi atualizado\b)"},
    // ---- editor's note
    {Signal::editors_note, "en", R"(\b(?:photo|photograph|image|picture)\w*\b[^.]*\b(?:digitally )?(?:altered|manipulated)\b|\bfell short of our (?:editorial )?standards\b|\breaders may have noticed\b|\bthat were not attributed to\b|\bcarried an incorrect version\b)"},
    {Signal::editors_note, "en", R"(\b(?:article|story|post) was amended on\b[^.]*\bto (?:further )?clarify\b)"},
    {Signal::editors_note, "de", R"(\bnachtr[äa]glich (?:redaktionell )?(?:bearbeitet|ge[äa]ndert)\b)"},
    // ---- not notices
    {Signal::negative, "en", R"(\b(?:contains|includes) (?:graphic|disturbing|details of|descriptions of|graphic descriptions)|\breported in collaboration with\b|\bfollow our live coverage\b|\bhelp is available\b|\bsuicide prevention\b|\bis a cnn editorial series\b)"},
    {Signal::negative, "en", R"(\b(?:said|says|told|according to)\b[^.]*\b(?:its|their) (?:earlier |own )?(?:report|release|statement|filing|earnings))"},
};

#undef PUB
#undef MISVERB
#undef GAP

// Finds which of the prefilter's words occur in a lowercased text in one pass: each position's first
// three bytes are looked up in a bitmap, and only on a hit compared with the words starting so.
class WordIndex {
 public:
  explicit WordIndex(std::vector<std::string> words) : words_(std::move(words)) {
    for (std::size_t i = 0; i < words_.size(); ++i) {
      auto key = trigram(words_[i], 0);
      bits_[key & kMask] = true;
      by_trigram_[key].push_back(static_cast<int>(i));
    }
  }

  std::vector<int> find(std::string_view text) const {
    std::vector<int> found;
    if (text.size() < 3) return found;
    std::vector<bool> seen(words_.size());
    for (std::size_t i = 0; i + 3 <= text.size(); ++i) {
      auto key = trigram(text, i);
      if (!bits_[key & kMask]) continue;
      auto it = by_trigram_.find(key);
      if (it == by_trigram_.end()) continue;
      for (int id : it->second) {
        const auto& w = words_[static_cast<std::size_t>(id)];
        if (!seen[static_cast<std::size_t>(id)] && text.compare(i, w.size(), w) == 0) {
          seen[static_cast<std::size_t>(id)] = true;
          found.push_back(id);
        }
      }
    }
    return found;
  }

 private:
  static constexpr std::uint32_t kMask = (1u << 16) - 1;
  static std::uint32_t trigram(std::string_view s, std::size_t at) {
    auto b = [&](std::size_t k) { return static_cast<std::uint32_t>(static_cast<unsigned char>(s[at + k])); };
    std::uint32_t key = b(0) | (b(1) << 8) | (b(2) << 16);
    return key ^ (key >> 11);  // spread the three bytes over the bitmap's 16 bits
  }
  std::vector<std::string> words_;
  std::vector<bool> bits_ = std::vector<bool>(kMask + 1);
  std::unordered_map<std::uint32_t, std::vector<int>> by_trigram_;
};

// The body rules run behind a literal prefilter (FilteredRE2): most paragraphs share no required word
// with any rule, and are passed over after one scan for those words.
struct BodyMatcher {
  re2::FilteredRE2 rules{3};  // words of at least three bytes
  std::unique_ptr<WordIndex> words;
  int unfiltered = 0;  // rules with no required word (run on every passage)
};

const BodyMatcher& body_matcher() {
  static const auto matcher = [] {
    auto m = std::make_unique<BodyMatcher>();
    for (const auto& r : kBody) {
      int id = 0;
      if (m->rules.Add(r.pattern, regex_options(), &id) != RE2::NoError) {
        throw Error(ErrorKind::internal, std::string("notice pattern ") + r.pattern + ": " +
                                             RE2(r.pattern, regex_options()).error());
      }
    }
    std::vector<std::string> words;
    m->rules.Compile(&words);
    m->words = std::make_unique<WordIndex>(std::move(words));
    std::vector<int> none;
    std::vector<int> always;
    m->rules.AllPotentials(none, &always);
    m->unfiltered = static_cast<int>(always.size());
    return m;
  }();
  return *matcher;
}

// ASCII and Latin-1 letters lowercased, as the prefilter's words are.
std::string lowercase(std::string_view s) {
  std::string out(s);
  for (std::size_t i = 0; i < out.size(); ++i) {
    auto c = static_cast<unsigned char>(out[i]);
    if (c >= 'A' && c <= 'Z') {
      out[i] = static_cast<char>(c + 32);
    } else if (c == 0xC3 && i + 1 < out.size()) {
      auto d = static_cast<unsigned char>(out[i + 1]);
      if (d >= 0x80 && d <= 0x9E && d != 0x97) out[i + 1] = static_cast<char>(d + 32);
      ++i;
    }
  }
  return out;
}

}  // namespace

std::optional<Header> match_header(std::string_view passage) {
  // Labels sit in the first few dozen bytes; never scan a long paragraph for them.
  std::string_view head = passage.substr(0, std::min<std::size_t>(passage.size(), 120));
  // Every labelled header has its colon within the head; most paragraphs have none there.
  const bool colon = head.find(':') != std::string_view::npos &&
                     RE2::PartialMatch(re2::StringPiece(head.data(), head.size()), any_header());
  for (const auto& h : headers()) {
    if (!colon) break;
    std::string_view between;
    std::string_view whole;
    re2::StringPiece input(head.data(), head.size());
    re2::StringPiece groups[2];
    if (!h.re->Match(input, 0, input.size(), RE2::ANCHOR_START, groups, 2)) continue;
    whole = std::string_view(groups[0].data(), groups[0].size());
    between = std::string_view(groups[1].data(), groups[1].size());
    // "Corrections officer Jane Roe said:" is no label: words between label and colon must be a date.
    if (has_letter(between) && !has_digit(between)) continue;
    return Header{h.rule->kind, h.rule->editors_note, h.rule->language, whole.size()};
  }
  re2::StringPiece input(head.data(), head.size());
  re2::StringPiece groups[3];
  if (colonless_header().Match(input, 0, input.size(), RE2::ANCHOR_START, groups, 3)) {
    if (!groups[1].empty()) {
      std::string label(groups[1].data(), groups[1].size());
      bool french = label.size() > 0 && (label[0] == 'r' || label[0] == 'R');
      return Header{NoticeKind::correction, false, french ? "fr" : "it",
                    static_cast<std::size_t>(groups[1].data() + groups[1].size() - head.data())};
    }
    return Header{NoticeKind::update, false, "en", 0};
  }
  return std::nullopt;
}

std::vector<std::size_t> inner_header_offsets(std::string_view passage) {
  static const auto re = compile(
      R"([.!?”"\)\]]\s*((?:Correction|CORRECTION|Clarification|CLARIFICATION|Update|UPDATE|Editor['’]s [Nn]ote|EDITOR['’]S NOTE)\s*:))",
      true);
  std::vector<std::size_t> out;
  if (passage.find(':', 1) == std::string_view::npos) return out;
  re2::StringPiece input(passage.data(), passage.size());
  if (!RE2::PartialMatch(input, *re)) return out;
  re2::StringPiece m[2];
  std::size_t pos = 1;
  while (pos < passage.size() && re->Match(input, pos, input.size(), RE2::UNANCHORED, m, 2)) {
    auto at = static_cast<std::size_t>(m[1].data() - passage.data());
    out.push_back(at);
    pos = at + m[1].size();
  }
  return out;
}

BodySignals match_body(std::string_view passage) {
  BodySignals s;
  const auto& m = body_matcher();
  std::string lower = lowercase(passage);
  std::vector<int> words = m.words->find(lower);
  if (words.empty() && m.unfiltered == 0) return s;
  std::vector<int> hits;
  if (!m.rules.AllMatches(re2::StringPiece(passage.data(), passage.size()), words, &hits)) return s;
  bool column = false;
  bool cue = false;
  for (int i : hits) {
    const auto& r = kBody[static_cast<std::size_t>(i)];
    switch (r.signal) {
      case Signal::retraction: s.retraction = true; break;
      case Signal::correction: s.correction = s.correction_stated = true; break;
      case Signal::correction_act: s.correction = true; break;
      case Signal::weak_correction: s.weak_correction = true; break;
      case Signal::column: column = true; break;
      case Signal::cue: cue = true; break;
      case Signal::strong_clarification: s.strong_clarification = true; break;
      case Signal::clarification: s.clarification = true; break;
      case Signal::update: s.update = true; break;
      case Signal::editors_note: s.editors_note = true; break;
      case Signal::negative: s.negative = true; break;
    }
    if (s.language.empty() && r.signal != Signal::negative && r.language[0] != '\0' &&
        std::string_view(r.language) != "en") {
      s.language = r.language;
    }
  }
  // A corrections-column entry ("A July 10 story ... said that ...") needs a contrast to be one.
  if (column && cue) s.correction = s.correction_stated = true;
  return s;
}

}  // namespace revisor::analyze::patterns
