#include "analyze/account_forms.h"

#include <re2/re2.h>

#include <memory>
#include <string>
#include <unordered_set>

#include "analyze/notice_error_types.h"
#include "analyze/notice_patterns.h"

namespace revisor::analyze::patterns {

namespace {

// RE2's \b knows ASCII letters only; "não" and "nicht" need a boundary that knows them all.
#define B0 R"((?:^|[^\pL\pN_]))"
#define B1 R"((?:[^\pL\pN_]|$))"

re2::StringPiece piece(std::string_view s) { return {s.data(), s.size()}; }

bool ascii_upper(char c) { return c >= 'A' && c <= 'Z'; }
bool ascii_lower_or_digit(char c) { return (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9'); }

// Negations of the supported languages. "no" and "non" stand for a denial too ("no contract was
// signed"); "pas" carries the French one ("n'a pas été").
const RE2& negation() {
  static const auto re = compile_latin(
      B0 R"((not|never|no|nobody|nothing|neither|nor|não|nunca|nem|ninguém|nada|pas|jamais|aucun\pL*|nicht|kein\pL*|nie|niemals|nadie|ningún|ninguna|non|mai|nessun\pL*|niet|geen|nooit))" B1
         R"(|n['’]t)" B1,
      "negation");
  return *re;
}

int negations(std::string_view s) {
  re2::StringPiece input = piece(s);
  int n = 0;
  while (RE2::FindAndConsume(&input, negation())) ++n;
  return n;
}

}  // namespace

std::string mask_abbreviation_points(std::string_view text) {
  std::string out(text);
  for (std::size_t i = 0; i + 2 < text.size(); ++i) {
    if (text[i] != '.' || text[i + 1] != ' ') continue;
    std::size_t w = i;
    while (w > 0 && text[w - 1] != ' ' && text[w - 1] != '(' && text[w - 1] != '\n') --w;
    const std::string_view word = text.substr(w, i - w);
    if (word.empty()) continue;
    // "p.m", "U.S": a point inside the word; "C", "Jr", "Nov": an initial, a two-letter title or a
    // common abbreviation ("Fox." ends a sentence); "Nov. 30", "etc. and": what follows is no
    // sentence's first word.
    static const std::unordered_set<std::string_view> kAbbreviations = {
        "Jan", "Feb", "Mar", "Apr", "Aug", "Sep", "Sept", "Oct", "Nov", "Dec", "Mrs", "Gov", "Sen",
        "Rep", "Gen", "Col", "Capt", "Sgt", "Lt", "Cmdr", "Adm", "Prof", "Rev", "Ave", "Blvd", "Inc",
        "Corp", "Ltd", "Bros", "Ft", "Mme", "Mlle", "Sr", "Sra", "Dra", "Hr", "Fr"};
    const bool inner_point = word.find('.') != std::string_view::npos;
    const bool short_capital =
        ascii_upper(word[0]) &&
        (word.size() == 1 || (word.size() == 2 && !ascii_upper(word[1])) || kAbbreviations.count(word) > 0);
    const bool no_new_sentence = ascii_lower_or_digit(text[i + 2]);
    if (inner_point || short_capital || no_new_sentence) out[i] = '\x1F';
  }
  return out;
}

bool denies(std::string_view claim, std::string_view sentence) {
  return negations(sentence) > negations(claim);
}

bool reports_speech(std::string_view sentence) {
  static const auto verb = compile_latin(
      B0 R"((?:said|says|say|told|tells|called|calls|wrote|written|described|stated|declared|remarked|referred to|disse|disseram|declarou|declararam|afirmou|afirmaram|referiu|referiram|falou|falaram|escreveu|dijo|dijeron|declaró|afirmó|se refirió|se refirieron|escribió|a dit|ont dit|a déclaré|ont déclaré|a affirmé|a écrit|sagte|sagten|erklärte|äußerte|schrieb|ha detto|hanno detto|ha dichiarato|ha scritto|zei|zeiden|verklaarde|schreef))" B1,
      "speech verb");
  // The article as the speaker: "An earlier version of this story said", "we wrongly said".
  static const auto article_speaks = compile_latin(
      B0 R"((?:version|story|article|report|headline|caption|item|column|editorial|obituary|review|post|graphic|piece|programme|program|segment|broadcast|newsletter|we|it)\s+(?:\pL+ly\s+)?(?:said|says|stated|wrote|told|called|described|referred to))" B1,
      "article as speaker");
  return RE2::PartialMatch(piece(sentence), *verb) && !RE2::PartialMatch(piece(sentence), *article_speaks);
}

std::optional<std::string_view> cleft_focus(std::string_view sentence) {
  static const auto cleft = compile_latin(
      R"(^(?:it|this) (?:was|is|were) ([^,;]{1,60}?),? (?:that|who|which|whom)\s)"
      R"(|^c['’](?:est|était) ([^,;]{1,60}?),? (?:qui|que)\s)"
      R"(|^(?:fue|era|es) ([^,;]{1,60}?),? (?:quien|quienes|el que|la que|los que|las que)\s)"
      R"(|^(?:foi|era|é) ([^,;]{1,60}?),? (?:quem|que)\s)",
      "cleft");
  re2::StringPiece m[5];  // the whole match, then one group per language's form
  if (!cleft->Match(piece(sentence), 0, sentence.size(), RE2::ANCHOR_START, m, 5)) return std::nullopt;
  for (int g = 1; g < 5; ++g) {
    if (!m[g].empty()) return std::string_view(m[g].data(), m[g].size());
  }
  return std::nullopt;
}

bool names_maker_or_claimant(std::string_view sentence) {
  static const auto maker = compile_latin(
      B0 R"((?:written|authored|co-authored|researched|produced|commissioned|compiled|conducted|photographed|directed|composed|painted|drawn|designed)\s+(?:\pL+ly\s+)?(?:by|par|por|von|da|door))" B1
      R"(|)" B0 R"((?:écrit|écrite|réalisé|réalisée|escrito|escrita|realizado|realizada|geschrieben|verfasst|scritto|scritta|geschreven)\s+(?:par|por|von|da|door))" B1,
      "maker");
  // "House Republicans contend that ...": the account is someone's contention, not a fact.
  static const auto claimant = compile_latin(
      R"(^(?:[^,;]*?\s)?(?:contends?|contended|claims?|claimed|alleges?|alleged|argues?|argued|maintains?|maintained|insists?|insisted|believes?|believed|assert(?:s|ed)?)\s+that)" B1,
      "claimant");
  return RE2::PartialMatch(piece(sentence), *maker) || RE2::PartialMatch(piece(sentence), *claimant);
}

#undef B0
#undef B1

}  // namespace revisor::analyze::patterns
