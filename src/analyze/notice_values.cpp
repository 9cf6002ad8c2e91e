#include "analyze/notice_values.h"

#include <re2/re2.h>

#include <algorithm>
#include <memory>
#include <optional>
#include <span>
#include <string>
#include <unordered_set>
#include <vector>

#include "analyze/account_forms.h"
#include "analyze/notice_error_types.h"
#include "analyze/notice_patterns.h"
#include "revisor/base/error.h"

namespace revisor::analyze::patterns {

namespace {

// Month and weekday names of the supported languages, lowercased. Words that are also common
// words elsewhere ("may", "mar", "jun") are left out: a false date is worse than a missed one.
const std::unordered_set<std::string_view>& date_words() {
  static const std::unordered_set<std::string_view> words = {
      "january", "february", "march", "april", "june", "july", "august", "september", "october",
      "november", "december", "jan", "feb", "aug", "sept", "oct", "nov", "dec",
      "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday",
      "janvier", "février", "mars", "avril", "mai", "juin", "juillet", "août", "septembre", "octobre",
      "novembre", "décembre", "lundi", "mardi", "mercredi", "jeudi", "vendredi", "samedi", "dimanche",
      "januar", "februar", "märz", "juni", "juli", "oktober", "dezember", "montag", "dienstag",
      "mittwoch", "donnerstag", "freitag", "samstag", "sonntag",
      "enero", "febrero", "marzo", "abril", "mayo", "junio", "julio", "agosto", "septiembre", "octubre",
      "noviembre", "diciembre", "lunes", "martes", "miércoles", "jueves", "viernes", "sábado", "domingo",
      "janeiro", "fevereiro", "março", "maio", "junho", "julho", "setembro", "outubro", "novembro",
      "dezembro", "segunda-feira", "terça-feira", "quarta-feira", "quinta-feira", "sexta-feira",
      "gennaio", "febbraio", "aprile", "maggio", "giugno", "luglio", "settembre", "ottobre", "dicembre",
      "lunedì", "martedì", "mercoledì", "giovedì", "venerdì", "sabato",
      "januari", "februari", "maart", "mei", "augustus", "maandag", "dinsdag", "woensdag", "donderdag",
      "vrijdag", "zaterdag", "zondag",
  };
  return words;
}

// Spelled numbers that are not also common words in another supported language ("ten" is Dutch,
// "due" English, "dos" Portuguese, "sei" German).
const std::unordered_set<std::string_view>& number_words() {
  static const std::unordered_set<std::string_view> words = {
      "two", "three", "four", "five", "six", "seven", "eight", "nine", "eleven", "twelve", "twenty",
      "thirty", "forty", "fifty", "hundred", "hundreds", "thousand", "thousands", "million", "millions",
      "billion", "billions", "dozen", "dozens", "half",
      "deux", "trois", "quatre", "cinq", "huit", "neuf", "vingt", "trente", "mille", "milliard", "milliards",
      "zwei", "drei", "vier", "fünf", "sechs", "sieben", "neun", "zehn", "zwanzig", "hundert", "tausend",
      "millionen", "milliarde", "milliarden",
      "tres", "cuatro", "cinco", "siete", "ocho", "nueve", "diez", "veinte", "cien", "mil", "millón",
      "millones",
      "dois", "duas", "três", "quatro", "sete", "oito", "dez", "vinte", "cem", "milhão", "milhões",
      "bilhão", "bilhões",
      "quattro", "cinque", "sette", "dieci", "venti", "cento", "milione", "milioni", "miliardi",
      "twee", "drie", "vijf", "zes", "zeven", "negen", "tien", "twintig", "honderd", "duizend", "miljoen",
      "miljard",
  };
  return words;
}

bool is_digit(char c) { return c >= '0' && c <= '9'; }

// A token is "word characters": ASCII letters and digits, any non-ASCII byte, and the separators
// figures and dates use inside them (1,200  4.5  3/10  9:40  terça-feira).
bool token_byte(char c) {
  auto u = static_cast<unsigned char>(c);
  return u >= 0x80 || (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || is_digit(c) || c == ',' ||
         c == '.' || c == '/' || c == ':' || c == '-' || c == '%' || c == '$' || c == '\xA3';
}

std::string lower_ascii(std::string_view s) {
  std::string out(s);
  for (auto& c : out) {
    if (c >= 'A' && c <= 'Z') c = static_cast<char>(c - 'A' + 'a');
  }
  return out;
}

// A token without the sentence punctuation around it.
std::string_view bare(std::string_view raw) {
  while (!raw.empty() && (raw.back() == ',' || raw.back() == '.' || raw.back() == ':' || raw.back() == '-')) {
    raw.remove_suffix(1);
  }
  while (!raw.empty() && (raw.front() == ',' || raw.front() == '.' || raw.front() == '-')) raw.remove_prefix(1);
  return raw;
}

// Kind of one token: 1 date, 2 number, 0 neither.
int token_kind(std::string_view raw) {
  raw = bare(raw);
  if (raw.empty()) return 0;
  const auto digits = std::count_if(raw.begin(), raw.end(), is_digit);
  if (digits == 0) {
    std::string w = lower_ascii(raw);
    if (date_words().count(w)) return 1;
    if (number_words().count(w)) return 2;
    return 0;
  }
  static const RE2 year(R"((?:1[5-9]|20)\d\d(?:s|er)?)");
  // A day and month: "12/25" or "3/10" either way round; with a point ("3.10.") only where it can be
  // one, as "52.3" and "4.25" are figures.
  // An ordinal alone ("1er", "3rd", "2e colonne", "article 1er") is a number; beside a month name
  // ("1er décembre", "March 3rd") count_values makes it the day of a date.
  static const RE2 day_month(
      R"(\d{1,2}/\d{1,2}(?:/\d{2,4})?|(?:[012]?\d|3[01])\.(?:0?\d|1[012])(?:\.(?:\d{2}|\d{4})?)?|\d{1,2}:\d\d)");
  re2::StringPiece t(raw.data(), raw.size());
  if (RE2::FullMatch(t, year) || RE2::FullMatch(t, day_month)) return 1;
  return 2;
}

// The contrast markers of one language: group 1 the words before the marker, group 2 those after.
// "X, not Y" and its kin put the right value first; "not Y but X" the wrong one, which types the
// pair the same way.
struct Contrast {
  const char* language;
  const char* pattern;
};

#define SIDE R"(((?:[^\s,.;:!?()]+\s+){0,4}?[^\s,.;:!?()]+))"
#define AFTER R"(((?:[^\s,;:!?()]+\s*){1,5}))"

constexpr Contrast kContrasts[] = {
    {"en", SIDE R"((?:,\s*(?:and |but )?not|\s+rather than|,?\s+instead of)\s+)" AFTER},
    {"en", R"((?:^|\s)not\s+)" AFTER R"(,?\s+but\s)"},
    {"fr", SIDE R"((?:,?\s+et non(?: pas)?|,\s*non(?: pas)?|,?\s+au lieu de|,?\s+plutôt que)\s+)" AFTER},
    {"fr", R"((?:^|\s)non pas\s+)" AFTER R"(,?\s+mais\s)"},
    {"de", SIDE R"((?:,\s*(?:und )?nicht|\s+und nicht|,?\s+(?:an)?statt|,?\s+anstelle von)\s+)" AFTER},
    {"de", R"((?:^|\s)nicht\s+)" AFTER R"(,?\s+sondern\s)"},
    {"es", SIDE R"((?:,?\s+y no|,\s*no|,?\s+en (?:lugar|vez) de)\s+)" AFTER},
    {"es", R"((?:^|\s)no (?:es |era |fue |fueron |eran )?)" AFTER R"(,?\s+sino\s)"},
    {"pt", SIDE R"((?:,?\s+e não|,\s*não|,?\s+em vez de|,?\s+ao invés de)\s+)" AFTER},
    {"pt", R"((?:^|\s)não (?:é |era |foi |são |eram )?)" AFTER R"(,?\s+mas\s)"},
    {"it", SIDE R"((?:,?\s+e non|,\s*non|,?\s+invece di|,?\s+anziché)\s+)" AFTER},
    {"it", R"((?:^|\s)non (?:è |era |fu |erano )?)" AFTER R"(,?\s+ma\s)"},
    {"nl", SIDE R"((?:,?\s+en niet|,\s*niet|,?\s+in plaats van)\s+)" AFTER},
    {"nl", R"((?:^|\s)niet\s+)" AFTER R"(,?\s+maar\s)"},
};

#undef SIDE
#undef AFTER

struct CompiledContrast {
  std::string_view language;
  std::unique_ptr<RE2> re;
};

std::vector<CompiledContrast> compile_table(std::span<const Contrast> table, std::string_view what) {
  std::vector<CompiledContrast> v;
  for (const auto& c : table) {
    auto re = std::make_unique<RE2>(c.pattern, regex_options());
    if (!re->ok())
      throw Error(ErrorKind::internal, std::string(what) + " pattern " + c.pattern + ": " + re->error());
    v.push_back({c.language, std::move(re)});
  }
  return v;
}

const std::vector<CompiledContrast>& contrasts() {
  static const auto compiled = compile_table(kContrasts, "contrast");
  return compiled;
}

// The erratum form: "where the text says X, read Y", each side quoted, the wrong one first
// ("Au lieu de : « ... ministère chargé... », lire : « ... ministre chargé... »", "onde se lê 'o grego
// Malandro', leia-se 'o grego Menandro'", "For 'Smith' read 'Smyth'"). Group 1 is the printed text,
// group 2 the right one, each with its quote marks.
#define QUOTED R"((«[^»]{1,200}»|“[^”]{1,200}”|„[^“”]{1,200}[“”]|"[^"]{1,200}"|‘[^’]{1,200}’|'[^']{1,200}'))"
#define SEP R"(\s*,?\s*)"

constexpr Contrast kErrata[] = {
    {"en", R"(\bfor\s+)" QUOTED SEP R"(read\s*:?\s*)" QUOTED},
    {"en", R"(\b(?:where it|which) (?:says|said|reads|read)\s+)" QUOTED SEP
           R"((?:it )?should (?:say|read|have said|have read)\s*:?\s*)" QUOTED},
    {"fr", R"(\bau lieu de\s*:?\s*)" QUOTED SEP R"((?:il faut |il fallait )?lire\s*:?\s*)" QUOTED},
    {"de", R"(\b(?:statt|anstatt|anstelle von)\s*:?\s*)" QUOTED SEP
           R"((?:(?:muss|sollte|müsste) es (?:richtig )?(?:heißen|lauten)|lies)\s*:?\s*)" QUOTED},
    {"es", R"(\bdonde (?:dice|decía|se lee|pone)\s*:?\s*)" QUOTED SEP
           R"((?:debe decir|debía decir|debe leerse|léase|dice)\s*:?\s*)" QUOTED},
    {"pt", R"(\bonde (?:se lê|se lia|lê-se|está escrito|estava escrito)\s*:?\s*)" QUOTED SEP
           R"((?:leia-se|lê-se|deve-se ler|o correto é)\s*:?\s*)" QUOTED},
    {"it",
     R"(\b(?:dove|laddove|ove|invece di) (?:è scritto |si legge |c['’]è scritto |era scritto )?\s*:?\s*)" QUOTED
         SEP R"((?:leggasi|si legga|va letto|leggi)\s*:?\s*)" QUOTED},
    {"nl", R"(\b(?:in plaats van|waar staat|staat er)\s*:?\s*)" QUOTED SEP
           R"((?:moet (?:er )?(?:staan|zijn)|lees)\s*:?\s*)" QUOTED},
};

#undef QUOTED
#undef SEP

const std::vector<CompiledContrast>& errata() {
  static const auto compiled = compile_table(kErrata, "erratum");
  return compiled;
}

// A quoted side without its quote marks (one UTF-8 character at each end).
std::string_view unquote(std::string_view quoted) {
  auto char_length = [](unsigned char lead) {
    return lead < 0x80 ? 1 : lead < 0xE0 ? 2 : lead < 0xF0 ? 3 : 4;
  };
  const std::size_t open = char_length(static_cast<unsigned char>(quoted.front()));
  std::size_t close = 1;
  while (close < quoted.size() && (static_cast<unsigned char>(quoted[quoted.size() - close]) & 0xC0) == 0x80)
    ++close;
  if (open + close > quoted.size()) return {};
  return quoted.substr(open, quoted.size() - open - close);
}

std::vector<std::string_view> tokens(std::string_view s) {
  std::vector<std::string_view> out;
  std::size_t i = 0;
  while (i < s.size()) {
    while (i < s.size() && !token_byte(s[i])) ++i;
    std::size_t j = i;
    while (j < s.size() && token_byte(s[j])) ++j;
    if (j > i) out.push_back(s.substr(i, j - i));
    i = j;
  }
  return out;
}

// Words that stand before a name without being part of it: articles, determiners, prepositions.
bool function_word(std::string_view w) {
  static const std::unordered_set<std::string_view> words = {
      "the", "a", "an", "his", "her", "their", "its", "le", "la", "les", "l", "un", "une", "du", "des",
      "der", "die", "das", "den", "dem", "des", "ein", "eine", "einen", "einem", "einer", "el", "los",
      "las", "una", "unos", "o", "os", "as", "um", "uma", "il", "lo", "gli", "i", "uno", "het", "de", "een",
  };
  return words.count(lower_ascii(w)) > 0;
}

bool locative(std::string_view w) {
  static const std::unordered_set<std::string_view> words = {
      "in", "at", "from", "near", "en", "à", "au", "aux", "dans", "im", "aus", "nach", "bei", "em",
      "no", "na", "nel", "nella", "a", "te", "uit", "bij",
  };
  return words.count(lower_ascii(w)) > 0;
}

bool capitalised(std::string_view w) {
  if (w.empty()) return false;
  auto c = static_cast<unsigned char>(w[0]);
  if (c >= 'A' && c <= 'Z') return true;
  // Latin-1 capitals (À..Þ) in UTF-8: 0xC3 0x80..0x9E.
  return c == 0xC3 && w.size() > 1 && static_cast<unsigned char>(w[1]) >= 0x80 &&
         static_cast<unsigned char>(w[1]) <= 0x9E;
}

// Two different spellings of one word: at most two letters inserted, dropped or changed, in words
// long enough that two letters do not make another word.
bool respelled(const std::string& x, const std::string& y) {
  constexpr std::size_t kMinLength = 5;
  constexpr std::size_t kMaxEdits = 2;
  if (x == y || x.size() < kMinLength || y.size() < kMinLength) return false;
  if ((x.size() > y.size() ? x.size() - y.size() : y.size() - x.size()) > kMaxEdits) return false;
  std::vector<std::size_t> row(y.size() + 1);
  for (std::size_t j = 0; j <= y.size(); ++j) row[j] = j;
  for (std::size_t i = 1; i <= x.size(); ++i) {
    std::size_t diagonal = row[0];
    row[0] = i;
    for (std::size_t j = 1; j <= y.size(); ++j) {
      std::size_t up = row[j];
      row[j] = std::min({row[j] + 1, row[j - 1] + 1, diagonal + (x[i - 1] == y[j - 1] ? 0 : 1)});
      diagonal = up;
    }
  }
  return row[y.size()] <= kMaxEdits;
}

// The category a contrast's two sides share, nullopt when they hold no value of a known kind.
std::optional<Category> contrast_category(std::string_view before, std::string_view after) {
  const auto b = tokens(before);
  const auto a = tokens(after);
  auto kinds = [](const std::vector<std::string_view>& ts, int kind) {
    return std::any_of(ts.begin(), ts.end(), [&](std::string_view t) { return token_kind(t) == kind; });
  };
  if (kinds(a, 1) && (b.empty() || kinds(b, 1) || !kinds(b, 2))) return Category::date;
  // "It was 1990, not 1090": a year mistyped is still a date.
  if (!b.empty() && token_kind(b.back()) == 1 && !a.empty() && bare(a[0]).size() == bare(b.back()).size() &&
      token_kind(a[0]) == 2) {
    return Category::date;
  }
  if (kinds(a, 2)) return Category::number;
  if (kinds(a, 1)) return Category::date;
  // One word respelled ("flingueurs et non flingeurs"): a name's spelling.
  if (!b.empty() && !a.empty() && respelled(lower_ascii(bare(b.back())), lower_ascii(bare(a[0])))) {
    return Category::name;
  }
  // A name: the wrong side opens with a capitalised word no article introduces ("not Aleppo",
  // "nicht Müller"); a place when a locative preposition stands before it on either side.
  std::size_t i = 0;
  bool at_place = false;
  while (i < a.size() && locative(a[i])) {
    at_place = true;
    ++i;
  }
  if (i >= a.size() || function_word(a[i]) || !capitalised(a[i])) return std::nullopt;
  if (!at_place && b.size() >= 2 && locative(b[b.size() - 2]) && capitalised(b.back())) at_place = true;
  return at_place ? Category::location : Category::name;
}

// Whether a speech verb ends `text`, just before a contrast's "not": "said not X but Y".
bool spoken_before(std::string_view text) {
  static const RE2 re(
      R"(\b(?:said|says|wrote|sagte|sagt|schrieb|dijo|escribió|a dit|a écrit|disse|escreveu|ha detto|ha scritto|zei|schreef)\s*$)",
      regex_options());
  return RE2::PartialMatch(re2::StringPiece(text.data(), text.size()), re);
}

const RE2& in_fact() {
  static const RE2 re(R"(\b(?:in fact|actually|in reality)\b)", regex_options());
  return re;
}

// Whether a claim reports what someone said or wrote: a speech verb in its first clause ("she had
// written in her blog that ...", "the minister told reporters ...").
bool reports_words(std::string_view claim) {
  static const RE2 re(
      R"(^(?:[^,;]*?\s)?(?:had |has |have )?(?:said|written|wrote|told|described|called|stated)\b)",
      regex_options());
  return RE2::PartialMatch(re2::StringPiece(claim.data(), claim.size()), re);
}

// A claim the notice reports and the sentence after it that restates it put right: "We mistakenly
// reported that the series was distributed by Fox. The series was distributed by NBC." Group 1 is
// the claim, group 2 the restatement (an "In fact," before it left out); a point inside a figure
// ("52.3") ends neither.
const RE2& restatement() {
  static const RE2 re(
      R"(\b(?:said|reported|stated|wrote|suggested|implied)(?: that)? ((?:[^.;]|\.\S)+)\.\s+(?:(?:in fact|actually|in reality),?\s+)?((?:[^.;]|\.\S)+)(?:\.|$))",
      regex_options());
  return re;
}

// Share of the restatement's words the claim must hold: below this they are two different statements.
constexpr double kRestatedShare = 0.5;
// Most words each side may hold that the other lacks: more is a new account, not one value put right.
constexpr std::size_t kRestatedWords = 3;

// The kind of value a restatement puts right: its words that the claim lacks (with a locative word
// before them, which says a place) set against the claim's words that it lacks.
std::optional<Category> restated_category(std::string_view claim, std::string_view restated) {
  const auto c = tokens(claim);
  const auto r = tokens(restated);
  // Each side's words looked up in a set of the other's: a notice of long sentences stays linear.
  auto lacks = [](const std::vector<std::string_view>& from, const std::vector<std::string_view>& in) {
    std::unordered_set<std::string> known;
    for (std::string_view x : in) known.insert(lower_ascii(bare(x)));
    std::vector<std::string_view> out;
    for (std::size_t i = 0; i < from.size(); ++i) {
      if (known.count(lower_ascii(bare(from[i])))) continue;
      if (out.empty() && i > 0 && locative(from[i - 1])) out.push_back(from[i - 1]);
      out.push_back(from[i]);
    }
    return out;
  };
  const auto added = lacks(r, c);  // the right value
  const auto gone = lacks(c, r);   // the wrong one
  // Words that say something: not a locative or an article ("the television series Fox" -> "NBC").
  auto said = [](const std::vector<std::string_view>& side) {
    return static_cast<std::size_t>(std::count_if(side.begin(), side.end(), [](std::string_view w) {
      return !locative(w) && !function_word(w);
    }));
  };
  if (added.empty() || gone.empty() || said(added) > kRestatedWords || said(gone) > kRestatedWords) return std::nullopt;
  if (static_cast<double>(r.size() - said(added)) < kRestatedShare * static_cast<double>(r.size())) return std::nullopt;
  // contrast_category takes the right side first ("X, not Y") and reads the kind of value off the
  // wrong one; a restatement's wrong side often keeps words the right one drops ("the television
  // series Fox" -> "NBC"), so the right side is read where the wrong one names no kind.
  std::string right, wrong;
  for (auto w : added) right.append(right.empty() ? "" : " ").append(w);
  for (auto w : gone) wrong.append(wrong.empty() ? "" : " ").append(w);
  if (auto kind = contrast_category(right, wrong)) return kind;
  return contrast_category(wrong, right);
}

// What a restatement that puts no one value right says was wrong with the claim (`between` is what
// stands between them): the value a cleft puts in focus ("In fact, it was Iran that ..."); words
// misreported, where the claim was what someone said or wrote and the restatement says what was in
// fact the case ("we reported that she had written in her blog that ... In fact she was describing
// ..."; without "in fact" the next sentence is no restatement: "Erdogan said on Thursday that he had
// told Biden ... An earlier version incorrectly stated the day."); who made the work or whose
// contention it is ("It was in fact ... authored by ...", "In fact, House Republicans contend that
// ..."); or the claim denied ("In fact, AIG Chairman Maurice Greenberg has not been fired"): a fact,
// or a quote where the denial is of what someone said.
std::optional<Category> account_category(std::string_view claim, std::string_view between,
                                         std::string_view restated) {
  if (auto focus = cleft_focus(restated)) {
    if (auto kind = contrast_category("", *focus)) return kind;
  }
  if (reports_words(claim) && RE2::PartialMatch(re2::StringPiece(between.data(), between.size()), in_fact()))
    return Category::quote;
  if (names_maker_or_claimant(restated) && !names_maker_or_claimant(claim)) return Category::attribution;
  // "She is 45, not 46" sets one value against another: a contrast, not a denial.
  const bool contrast = std::any_of(contrasts().begin(), contrasts().end(), [&](const CompiledContrast& c) {
    return c.language == "en" && RE2::PartialMatch(re2::StringPiece(restated.data(), restated.size()), *c.re);
  });
  if (!contrast && denies(claim, restated))
    return reports_speech(restated) ? Category::quote : Category::fact;
  return std::nullopt;
}

// The clause that says the account runs against what was published ("Diferentemente do publicado
// à pág. 2-6 (Finanças) de 16/7,"), up to the first comma or full stop after it.
const RE2& contrary_marker() {
  static const RE2 re(
      R"(((?:\bcontrary to (?:what|earlier reports)|\bcontrairement à ce qu|\ben dépit de ce qu|\bentgegen (?:unserer|der|früheren)|\bcontrariamente a (?:quanto|lo que)|\bdiferentemente d[oa]|\bao contrário do que|\ba diferencia de lo|\bcontrario a lo|\banders dan)[^,.;]*[,.;]?))",
      regex_options());
  return re;
}

// An account that opens against what was published and denies it ("Diferentemente do publicado
// ..., o presidente da CUT não recebe seu salário da Mercedes-Benz."): a fact, or a quote where
// what is denied is what someone said ("os estudantes não se referiram ..."). A negation that sets
// one value against another ("não é Geová, mas Jeová", "em 1992, e não em 1990") is a contrast,
// which contrast_category reads.
std::optional<Category> denied_account(std::string_view body, std::string_view masked) {
  re2::StringPiece m;
  if (!RE2::PartialMatch(re2::StringPiece(body.data(), body.size()), contrary_marker(), &m))
    return std::nullopt;
  const auto at = static_cast<std::size_t>(m.data() - body.data());
  std::size_t before = at;
  while (before > 0 && body[before - 1] == ' ') --before;
  if (before > 0 && body[before - 1] != '.' && body[before - 1] != ':') return std::nullopt;
  const std::size_t start = at + m.size();
  std::size_t end = start;
  while (end < masked.size() && masked[end] != '.' && masked[end] != ';') ++end;
  const std::string_view sentence = body.substr(start, end - start);
  static const RE2 contrast_word(
      R"((?:^|[^\pL])(?:mas|but|mais|sondern|sino|ma|maar|rather|instead)(?:[^\pL]|$)|(?:^|[^\pL])(?:e|and|et|und|y|en)\s+(?:não|not|non|nicht|no|niet)(?:[^\pL]|$))",
      regex_options());
  if (!denies("", sentence) ||
      RE2::PartialMatch(re2::StringPiece(sentence.data(), sentence.size()), contrast_word))
    return std::nullopt;
  return reports_speech(sentence) ? Category::quote : Category::fact;
}

// Bytes before a contrast in which its sentence's speech verb is looked for: a subject and its verb
// stand close before "X, not Y", and a bound keeps a page of contrasts in one sentence linear.
constexpr std::size_t kSpeechWindow = 200;

// Whether the sentence around a contrast (which starts at `at` and ends at `end`) reports what
// someone said ("Mr. Vidal called William F. Buckley Jr. a crypto-Nazi, not a crypto-fascist"): words
// set against words there are the speaker's words misreported.
bool contrast_in_speech(std::string_view body, std::string_view masked, std::size_t at, std::size_t end) {
  const std::size_t limit = at > kSpeechWindow ? at - kSpeechWindow : 0;
  std::size_t start = at;
  while (start > limit && !(masked[start - 1] == ' ' && start >= 2 && masked[start - 2] == '.')) --start;
  return reports_speech(body.substr(start, end - start));
}

}  // namespace

ValueCounts count_values(std::string_view text) {
  ValueCounts v;
  const auto ts = tokens(text);
  int depth = 0;  // inside parentheses: a citation ("(Review, April 17, page 22)"), not a claim
  std::size_t at = 0;
  for (std::size_t i = 0; i < ts.size(); ++i) {
    for (; at < static_cast<std::size_t>(ts[i].data() - text.data()); ++at) {
      if (text[at] == '(') ++depth;
      if (text[at] == ')' && depth > 0) --depth;
    }
    if (depth > 0) continue;
    int k = token_kind(ts[i]);
    // "July 10", "10 juillet", "3. Oktober": the day of a month is part of a date.
    if (k == 2 && ((i > 0 && date_words().count(lower_ascii(ts[i - 1]))) ||
                   (i + 1 < ts.size() && date_words().count(lower_ascii(ts[i + 1]))))) {
      k = 1;
    }
    if (k == 1) ++v.dates;
    if (k == 2) ++v.numbers;
  }
  return v;
}

std::vector<Category> contrasted_categories(std::string_view body, std::string_view language) {
  struct Hit {
    std::size_t at;
    Category category;
  };
  std::vector<Hit> hits;
  // Sentences are read through the abbreviations' full stops ("on Nov. 30 that", "Joseph C. Wilson").
  const std::string masked = mask_abbreviation_points(body);
  if (auto cat = denied_account(body, masked)) hits.push_back({0, *cat});
  for (const auto& c : contrasts()) {
    if (c.language != language && c.language != "en") continue;
    re2::StringPiece input(body.data(), body.size());
    re2::StringPiece m[3];
    // The one-sided form ("not Y but X") captures only the wrong side, in group 1.
    const bool two_sided = c.re->NumberOfCapturingGroups() == 2;
    const int groups = two_sided ? 3 : 2;
    std::size_t pos = 0;
    while (pos < body.size() && c.re->Match(input, pos, input.size(), RE2::UNANCHORED, m, groups)) {
      std::string_view before = two_sided ? std::string_view(m[1].data(), m[1].size()) : std::string_view();
      std::string_view after = two_sided ? std::string_view(m[2].data(), m[2].size())
                                         : std::string_view(m[1].data(), m[1].size());
      const auto at = static_cast<std::size_t>(m[0].data() - body.data());
      auto cat = contrast_category(before, after);
      if (!cat && two_sided && contrast_in_speech(body, masked, at, at + m[0].size())) cat = Category::quote;
      if (cat) {
        // "Das sagte nicht Barley, sondern Schwesig": the names set against each other are who said it.
        // Only the one-sided form starts at its "not"; "X, not Y" starts words before it.
        if (*cat == Category::name && !two_sided && spoken_before(body.substr(0, at))) cat = Category::attribution;
        hits.push_back({at, *cat});
      }
      pos = static_cast<std::size_t>(m[0].data() + m[0].size() - body.data());
    }
  }
  // Each "said ... ." with the sentence after it: an earlier "the mayor said" must not hide the claim.
  re2::StringPiece input(body.data(), body.size());
  const re2::StringPiece masked_input(masked.data(), masked.size());
  re2::StringPiece mm[3];
  for (std::size_t pos = 0; pos < body.size() && restatement().Match(masked_input, pos, masked_input.size(),
                                                                     RE2::UNANCHORED, mm, 3);) {
    re2::StringPiece m[3];
    for (int g = 0; g < 3; ++g)
      m[g] = re2::StringPiece(body.data() + (mm[g].data() - masked.data()), mm[g].size());
    const std::string_view claim(m[1].data(), m[1].size()), restated(m[2].data(), m[2].size());
    const std::string_view between(m[1].data() + m[1].size(),
                                   static_cast<std::size_t>(m[2].data() - (m[1].data() + m[1].size())));
    auto cat = restated_category(claim, restated);
    if (!cat) cat = account_category(claim, between, restated);
    if (cat) {
      hits.push_back({static_cast<std::size_t>(m[2].data() - body.data()), *cat});
      break;
    }
    pos = static_cast<std::size_t>(m[2].data() - body.data());  // the restatement may report the next claim
  }
  // "Au lieu de « X », lire « Y »": the printed text and the right one, read as a restatement is.
  for (const auto& e : errata()) {
    if (e.language != language && e.language != "en") continue;
    re2::StringPiece em[3];
    if (!e.re->Match(input, 0, input.size(), RE2::UNANCHORED, em, 3)) continue;
    const std::string_view printed = unquote({em[1].data(), em[1].size()});
    const std::string_view right = unquote({em[2].data(), em[2].size()});
    if (auto cat = restated_category(printed, right))
      hits.push_back({static_cast<std::size_t>(em[0].data() - body.data()), *cat});
  }
  std::stable_sort(hits.begin(), hits.end(), [](const Hit& a, const Hit& b) { return a.at < b.at; });
  std::vector<Category> out;
  for (const auto& h : hits) {
    if (std::find(out.begin(), out.end(), h.category) == out.end()) out.push_back(h.category);
  }
  return out;
}

std::vector<Category> contrary_account_categories(std::string_view body) {
  // What the marker clause names (the page, the day it ran) is not the corrected account.
  std::vector<Category> out;
  re2::StringPiece input(body.data(), body.size());
  re2::StringPiece m;
  if (!RE2::PartialMatch(input, contrary_marker(), &m)) return out;
  const auto at = static_cast<std::size_t>(m.data() - body.data());
  const std::string account = std::string(body.substr(0, at)) + " " + std::string(body.substr(at + m.size()));
  // A year the account gives is the corrected date ("..., the bridge opened in 1987"); a day alone
  // may be the day it ran, and is left to the wording. Not token_kind's year test, which starts at
  // 1500 so that "1200 workers" stays a figure: after this clause an older year counts as well.
  const auto ts = tokens(account);
  const bool year = std::any_of(ts.begin(), ts.end(), [](std::string_view t) {
    t = bare(t);
    return t.size() == 4 && std::all_of(t.begin(), t.end(), is_digit) &&
           (t[0] == '1' || (t[0] == '2' && t[1] == '0'));
  });
  if (year) out.push_back(Category::date);
  return out;
}

std::vector<Category> restated_value_categories(std::string_view body, std::string_view corrected_fact) {
  std::vector<Category> out;
  if (corrected_fact.empty()) return out;
  const ValueCounts all = count_values(body);
  const ValueCounts fact = count_values(corrected_fact);
  const int printed_numbers = all.numbers - fact.numbers;
  // What the notice says was printed and what it restates carry a figure each: the figure is what
  // changed. Dates are left out: the date a notice names is most often the day the error ran.
  if (fact.numbers > 0 && printed_numbers > 0) out.push_back(Category::number);
  return out;
}

}  // namespace revisor::analyze::patterns
