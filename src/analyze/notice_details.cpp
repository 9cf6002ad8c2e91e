// What a recognised notice says: its error types, the corrected fact it restates, and its language.
#include <re2/re2.h>
#include <re2/set.h>

#include <algorithm>
#include <array>
#include <iterator>
#include <memory>
#include <unordered_map>

#include "analyze/notice_patterns.h"
#include "revisor/base/error.h"

namespace revisor::analyze::patterns {

namespace {

struct TypeRule {
  Category category;
  const char* pattern;
};

#define WEEKDAY R"((?:monday|tuesday|wednesday|thursday|friday|saturday|sunday|lunes|martes|mi[ée]rcoles|jueves|viernes|s[áa]bado|domingo|lundi|mardi|mercredi|jeudi|vendredi|samedi|dimanche|montag|dienstag|mittwoch|donnerstag|freitag|samstag|sonntag|segunda-feira|ter[çc]a-feira|quarta-feira|quinta-feira|sexta-feira|luned[ìi]|marted[ìi]|mercoled[ìi]|gioved[ìi]|venerd[ìi]|maandag|dinsdag|woensdag|donderdag|vrijdag))"

constexpr TypeRule kTypes[] = {
    {Category::date, R"(\b(?:misstated|stated|gave|reported|got|wrong|incorrect) (?:the )?(?:day|date|year|month|time|timing|decade)s?\b|\bmisstated when\b|\bwhen [^.]{0,80}\bwas deployed\b|\bwrong years?\b|\bborn in (?:1|2)\d{3}\b|\b(?:years?|days?|months?|weeks?) (?:later|earlier)\b)"},
    {Category::date, R"(\b(?:1|2)\d{3}s?,? (?:not|e n[aã]o em|and not) (?:in )?(?:1|2)\d{3}\b|\b)" WEEKDAY R"(,? not (?:on )?)" WEEKDAY R"(|\b(?:the )?(?:day|date|year) of\b|\b(?:fecha|data de nascimento|datum)\b|\bdata (?:errad|errat|sbagliat|incorret|corret|corrett)[ao]\b|\b(?:se tenue|ocurri[oó] el|ocorreu na|am) )" WEEKDAY},
    {Category::number, R"([£$€]\s?\d|\b\d+\s?(?:mph|km/h|kg|tons?|miles|inches)\b|\bnumbers\b)"},
    {Category::number, R"(\b(?:number|amount|age|figures|the figure (?:of|for)|total|percent(?:age)?|count|price|cost|sum|how many|tally|score|rainfall|funding|revenue|salary|cooking time|contributions|guidance|cuant[ií]a|cifra|n[uú]mero|empleados|montant|chiffre|anzahl|betrag|prozent|valor|milh[õo]es|jaar)\b|\b\d[\d,.]*\s*(?:%|percent|mph|million|billion)?,? not \d|\b\d+-\d+, not \d|\btiene \d|\bmoet \d+ zijn\b|\b\d+%)"},
    // "Il s'agissait de l'épouse du chef de l'Etat, Carla ...", "se trataba de la ministra, María ...":
    // a person identified by role and then, after a comma, by name, which the article had got wrong.
    {Category::name, R"(\bmis(?:spell|spelt|named|spelled)|\bspelling\b|\bspel(?:led|t) (?-i:\p{Lu})|\b(?:sur|fore|first |last |middle |given |maiden |full |his |her |the )names?\b|\bmisidentified (?:the )?(?:man|woman|person|photo|subject|company|group)|\bis titled\b|\btitle of (?:the|a|his|her) (?:book|song|film|document|movie|album|play|show)\b|\b(?:nombre|apellido|pr[ée]nom|vorname|nachname|namen|grafad[oa]|leia-se|naam)\b|\binterverti\b|\bheißt\b|\bhie(?:ß|ss)en\b|\b(?:il s['’]agissait|se trataba|si trattava|tratava-se)\s+(?:\pL+\s+)?(?:d[ei]\s+(?:l['’]|la |el |il |lo |le |a |o )|du |del |della |dello |do |da )\pL+[^.,]{0,60},\s*(?-i:\p{Lu})\pL+)"},
    {Category::title, R"(\b(?:his|her|their|job) (?:title|role|position)\b|\brole\b|\bprofessional background\b|\bhead of\b|\bidentified [^.]{0,60}\bas (?:an? |the )?(?:chief|doctor|member|president|director|professor|officer|minister|secretary)|\b(?:is|was) (?:not )?(?:the |an? )?(?:(?-i:[A-Z])\w+ )?(?:chief executive|president|director|secretary|minister|ceo|chairman|member|professor|doctor|physician|governor|senator|spokes\w+|head|peer|crossbencher|poet|councill?or|mayor|judge|coach|founder|chair(?:man|woman|person)?|leader)\b|\bas (?:an? |the )?(?:pr[äa]sident|premierminister)|\bcommissioner\b|\bthe late\b|\bpetty officer\b)"},
    {Category::name, R"((?-i:\b[A-Z][\w'’-]+,? not [A-Z][\w'’-]+)|\bidentified\b[^.]*\bas (?-i:[A-Z][a-z]+ [A-Z]))"},
    {Category::title, R"(\bceo\b|\bals (?:\pL+ )?(?:pr[äa]sident|premierminister|minister|chef)|\bsei der (?:premierminister|pr[äa]sident))"},
    {Category::date, WEEKDAY R"(\b.*\b)" WEEKDAY},
    // A photo or video is what was wrong only where the error words are said of it: "the picture she
    // posted" in a notice about a garment names no photo error.
    {Category::other, R"(\b(?:wrong|incorrect|misidentified|mislabell?ed|altered)\s+(?:\w+\s+){0,2}?(?:photos?|photographs?|pictures?|images?|imagen|video)\b|\b(?:photos?|photographs?|pictures?|images?|imagen|video)\b[^.]{0,120}?\b(?:altered|manipulated|misidentified|incorrectly|in error|por error|invertid[ao]|wrongly|mistakenly|erroneously)\b|\b(?:typo|typing error|footnote|gallery|editor['’]s note)\b|\berro de digita|\berrore nel titolo)"},
    // An interview is someone's words: one published in error or invented misreported them.
    {Category::quote, R"(\bmisquot|\bquot(?:e|es|ed|ation|ations)\b|\bdid not say\b|\bzitat|\bzitier|\bfalsch zitiert|\bcita(?:[cç][aã]o)?\b|\bcitation\b|\bcitazione\b|\bparaphrased\b|\b(?:interview|entretien|entrevista|intervista)\b[^.]{0,80}?(?:\bin error\b|\bby mistake\b|\bpar erreur\b|\bpor error\b|\bpor engano\b|\bper errore\b|\bversehentlich\b|\bfabricated\b|\binvent)|(?:\bin error\b|\bby mistake\b|\bpar erreur\b|\bpor error\b|\bpor engano\b|\bper errore\b|\bversehentlich\b|\bmistakenly\b|\berroneously\b)[^.]{0,80}?\b(?:interview|entretien|entrevista|intervista)\b)"},
    {Category::attribution, R"(\bmisattribut|\battribut(?:ed|ion|e)\b|\bascribed\b|\bstatement was from\b|\bsupplied to\b|\bzugeordnet\b|\bstammt\b|\bdas sagte nicht\b|\battribu|\bextraiu\b|\bpurporting to be\b|\binventato da\b)"},
    {Category::location, R"(\blocation\b|\bwhere\b|\bborn in [a-z]|\bbased in\b|\blocated\b|\bcapital\b|\bstate where\b|\bbirthplace\b|\bspoke in\b|\boutside the\b|\bnicht aus syrien\b|\bziel ihres\b|\bnon di\b|\bavvenuto a\b|\bin china\b|\bnot in\b)"},
};

#undef WEEKDAY

const RE2::Set& type_set() {
  static const auto set = [] {
    auto s = std::make_unique<RE2::Set>(regex_options(), RE2::UNANCHORED);
    for (const auto& r : kTypes) {
      std::string err;
      if (s->Add(r.pattern, &err) < 0) {
        throw Error(ErrorKind::internal, std::string("error-type pattern ") + r.pattern + ": " + err);
      }
    }
    if (!s->Compile()) throw Error(ErrorKind::internal, "compiling the error-type patterns: out of memory");
    return s;
  }();
  return *set;
}

// Sentences that talk about the article rather than about the world ("An earlier version ...").
const RE2& meta_sentence() {
  static const RE2 re(
      R"(\b(?:earlier|previous|prior|original) (?:web )?(?:version|headline)|\bhas been (?:updated|corrected|amended)|\bwas (?:updated|corrected|amended)\b|\b(?:incorrectly|erroneously|mistakenly|wrongly|inaccurately)\b|\bmis(?:stated|spelled|spelt|identified|quoted|attributed)\b|\bwe (?:regret|apologi)|\bversi[oó]n anterior\b|\bpr[ée]c[ée]dente version\b|\bfr[üu]heren (?:version|fassung)\b)",
      regex_options());
  return re;
}

// "updated to reflect that X", "corrected to show X": X is the corrected fact.
const RE2& reflect_clause() {
  static const RE2 re(
      R"(\bto (?:reflect|show|note|say|indicate|clarify|make clear)(?: that)? (.+)$)", regex_options());
  return re;
}

std::vector<std::string_view> split_sentences(std::string_view s) {
  std::vector<std::string_view> out;
  std::size_t start = 0;
  for (std::size_t i = 0; i < s.size(); ++i) {
    char c = s[i];
    bool end = (c == '.' || c == '!' || c == '?') &&
               (i + 1 == s.size() || s[i + 1] == ' ' || s[i + 1] == '\n');
    // "Maj." or "Gov." or "U.S." do not end a sentence: the next word would start lowercase or the
    // word before is a short abbreviation.
    if (end && c == '.') {
      std::size_t w = i;
      while (w > start && s[w - 1] != ' ') --w;
      std::size_t len = i - w;
      bool capital = len > 0 && s[w] >= 'A' && s[w] <= 'Z';
      if (len > 0 && len <= 3 && capital) end = false;
    }
    if (end) {
      out.push_back(s.substr(start, i + 1 - start));
      start = i + 1;
      while (start < s.size() && s[start] == ' ') ++start;
    }
  }
  if (start < s.size()) out.push_back(s.substr(start));
  return out;
}

std::string_view trim(std::string_view s) {
  while (!s.empty() && (s.front() == ' ' || s.front() == '(' || s.front() == '*' || s.front() == '_')) {
    s.remove_prefix(1);
  }
  while (!s.empty() && (s.back() == ' ' || s.back() == ')' || s.back() == '*' || s.back() == '_')) {
    s.remove_suffix(1);
  }
  return s;
}

}  // namespace

std::vector<Category> error_types(std::string_view notice) {
  std::vector<int> hits;
  type_set().Match(re2::StringPiece(notice.data(), notice.size()), &hits);
  std::vector<Category> out;
  for (int i : hits) {
    Category c = kTypes[static_cast<std::size_t>(i)].category;
    if (std::find(out.begin(), out.end(), c) == out.end()) out.push_back(c);
  }
  // The most specific first: an attribution verb before the quote it moved, and a date last,
  // because the date a notice names is most often the day the error ran ("A story Thursday").
  static constexpr Category kOrder[] = {Category::attribution, Category::quote, Category::name,
                                        Category::title, Category::location, Category::number,
                                        Category::negation, Category::date, Category::fact, Category::other};
  auto rank = [](Category c) {
    return std::find(std::begin(kOrder), std::end(kOrder), c) - std::begin(kOrder);
  };
  std::sort(out.begin(), out.end(), [&](Category a, Category b) { return rank(a) < rank(b); });
  // "other" (a photo, a typo) only when the notice names no kind of claim.
  if (out.size() > 1) out.erase(std::remove(out.begin(), out.end(), Category::other), out.end());
  return out;
}

std::string corrected_fact(std::string_view body) {
  std::string fact;
  for (auto sentence : split_sentences(body)) {
    re2::StringPiece clause;
    if (RE2::PartialMatch(re2::StringPiece(sentence.data(), sentence.size()), reflect_clause(), &clause)) {
      fact.append(fact.empty() ? "" : " ").append(trim(std::string_view(clause.data(), clause.size())));
      continue;
    }
    if (RE2::PartialMatch(re2::StringPiece(sentence.data(), sentence.size()), meta_sentence())) continue;
    auto t = trim(sentence);
    if (!t.empty()) fact.append(fact.empty() ? "" : " ").append(t);
  }
  return fact;
}

std::string guess_language(std::string_view text) {
  // Words frequent in one language and rare in the others.
  static const std::unordered_map<std::string_view, int> kWords = {
      {"the", 0}, {"of", 0}, {"and", 0}, {"was", 0}, {"this", 0}, {"that", 0}, {"has", 0},
      {"been", 0}, {"with", 0}, {"story", 0}, {"article", 0}, {"is", 0}, {"we", 0}, {"not", 0},
      {"el", 1}, {"los", 1}, {"las", 1}, {"del", 1}, {"una", 1}, {"por", 1}, {"fue", 1}, {"se", 1},
      {"esta", 1}, {"este", 1}, {"y", 1}, {"ayer", 1}, {"para", 1}, {"las", 1}, {"noticia", 1},
      {"le", 2}, {"les", 2}, {"des", 2}, {"du", 2}, {"une", 2}, {"et", 2}, {"est", 2}, {"dans", 2},
      {"nous", 2}, {"cet", 2}, {"cette", 2}, {"au", 2}, {"été", 2}, {"pas", 2}, {"qui", 2},
      {"der", 3}, {"die", 3}, {"das", 3}, {"und", 3}, {"ist", 3}, {"ein", 3}, {"eine", 3},
      {"einer", 3}, {"nicht", 3}, {"wir", 3}, {"im", 3}, {"mit", 3}, {"von", 3}, {"wurde", 3},
      {"dass", 3}, {"den", 3}, {"dem", 3}, {"es", 3},
      {"o", 4}, {"os", 4}, {"do", 4}, {"da", 4}, {"dos", 4}, {"das", 4}, {"em", 4}, {"um", 4},
      {"não", 4}, {"na", 4}, {"foi", 4}, {"é", 4}, {"com", 4}, {"ao", 4}, {"uma", 4}, {"deste", 4},
      {"il", 5}, {"gli", 5}, {"della", 5}, {"di", 5}, {"che", 5}, {"è", 5}, {"abbiamo", 5},
      {"non", 5}, {"nel", 5}, {"ci", 5}, {"delle", 5}, {"questo", 5}, {"si", 5},
      {"het", 6}, {"een", 6}, {"van", 6}, {"dit", 6}, {"dat", 6}, {"niet", 6}, {"moet", 6},
      {"zijn", 6}, {"stond", 6}, {"eerdere", 6}, {"versie", 6}, {"op", 6},
  };
  static constexpr std::array<const char*, 7> kCodes = {"en", "es", "fr", "de", "pt", "it", "nl"};
  std::array<int, 7> score{};
  std::string word;
  auto flush = [&] {
    if (word.empty()) return;
    auto it = kWords.find(word);
    if (it != kWords.end()) ++score[static_cast<std::size_t>(it->second)];
    word.clear();
  };
  for (std::size_t i = 0; i <= text.size(); ++i) {
    unsigned char c = i < text.size() ? static_cast<unsigned char>(text[i]) : ' ';
    if (c >= 0x80 || (c >= 'a' && c <= 'z')) {
      word.push_back(static_cast<char>(c));
    } else if (c >= 'A' && c <= 'Z') {
      word.push_back(static_cast<char>(c - 'A' + 'a'));
    } else {
      flush();
    }
  }
  auto best = std::max_element(score.begin(), score.end());
  return kCodes[static_cast<std::size_t>(best - score.begin())];
}

}  // namespace revisor::analyze::patterns
