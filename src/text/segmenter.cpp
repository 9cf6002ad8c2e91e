#include "text/segmenter.h"

#include <unicode/brkiter.h>
#include <unicode/filteredbrk.h>
#include <unicode/uchar.h>
#include <unicode/unistr.h>
#include <unicode/utf8.h>

#include <array>

#include "text/icu_handles.h"

namespace revisor::text {
namespace {

// Abbreviations that end in a period without ending the sentence. ICU's English exception list
// already has some (Mr., Dr. ...); ICU's filter misses those with inner periods (U.S., a.m.), so
// revisor applies this list itself after ICU (see keeps_sentence_open).
constexpr std::array<const char*, 74> kAbbreviations = {
    "U.S.", "U.K.", "U.N.", "E.U.", "D.C.", "Mr.", "Mrs.", "Ms.", "Dr.", "Prof.", "Sen.", "Rep.", "Gov.",
    "Sens.", "Reps.", "Govs.", "Gens.", "Drs.",
    "Gen.", "Lt.", "Col.", "Maj.", "Capt.", "Sgt.", "Cpl.", "Adm.", "Cmdr.", "Pres.", "Rev.", "Hon.",
    "Pvt.", "Pfc.", "Spc.", "Det.", "Supt.", "Atty.", "Msgr.",
    "Jr.", "Sr.", "St.", "Ave.", "Blvd.", "Mt.", "Ft.", "No.", "Nos.", "Vol.", "Jan.", "Feb.", "Mar.",
    "Apr.", "Aug.", "Sept.", "Sep.", "Oct.", "Nov.", "Dec.", "a.m.", "p.m.", "A.M.", "P.M.", "Inc.",
    "Corp.", "Co.", "Ltd.", "vs.", "v.", "e.g.", "i.e.", "approx.", "Dept.", "Univ.", "Assn.", "Fig."};

std::unique_ptr<icu::BreakIterator> make_sentence_iterator() {
  UErrorCode status = U_ZERO_ERROR;
  icu::BreakIterator* base = icu::BreakIterator::createSentenceInstance(icu::Locale::getEnglish(), status);
  std::unique_ptr<icu::BreakIterator> plain(base);
  check_icu(status, "creating ICU sentence break iterator");
  std::unique_ptr<icu::FilteredBreakIteratorBuilder> builder(
      icu::FilteredBreakIteratorBuilder::createInstance(icu::Locale::getEnglish(), status));
  check_icu(status, "creating ICU sentence break filter");
  std::unique_ptr<icu::BreakIterator> filtered(builder->wrapIteratorWithFilter(plain.release(), status));
  check_icu(status, "wrapping the ICU sentence break iterator");
  return filtered;
}

std::unique_ptr<icu::BreakIterator> make_word_iterator() {
  UErrorCode status = U_ZERO_ERROR;
  std::unique_ptr<icu::BreakIterator> it(icu::BreakIterator::createWordInstance(icu::Locale::getEnglish(), status));
  check_icu(status, "creating ICU word break iterator");
  return it;
}

// Points `it` at `text`. The iterator keeps a shallow clone of the UText, so the UText itself can go.
void set_text(icu::BreakIterator& it, std::string_view text) {
  UErrorCode status = U_ZERO_ERROR;
  UText ut = UTEXT_INITIALIZER;
  utext_openUTF8(&ut, text.data(), static_cast<int64_t>(text.size()), &status);
  check_icu(status, "opening UTF-8 text for ICU");
  it.setText(&ut, status);
  utext_close(&ut);
  check_icu(status, "setting the text of an ICU break iterator");
}

bool is_abbreviation(std::string_view word) {
  // An initial ("Tyler H. Smith", "Judge M. Hannah") reads like a sentence end to ICU.
  if (word.size() == 2 && word[0] >= 'A' && word[0] <= 'Z') return true;
  for (std::string_view a : kAbbreviations) {
    if (a == word) return true;
  }
  return false;
}

// "Tech." is the first half of a rank only before "Sgt." ("Tech. Sgt. Ana Ruiz"); elsewhere it is a
// word that can end a sentence ("She studied at Virginia Tech.").
bool starts_rank(std::string_view word, std::string_view next) {
  return word == "Tech." && (next.starts_with("Sgt.") || next.starts_with("Sgts."));
}

UChar32 last_char(std::string_view s, std::size_t& begin) {
  int32_t i = static_cast<int32_t>(s.size());
  UChar32 c = 0;
  U8_PREV(s.data(), 0, i, c);
  begin = static_cast<std::size_t>(i);
  return c;
}

constexpr std::size_t kNoBreak = SIZE_MAX;

// Where the sentence ICU starts at `text[at]` really starts: kNoBreak after an abbreviation ("the U.S.
// Army") or after a quoted question the sentence goes on from ("\"Why?\" he asked"), after a closing
// quote set off by a space ("can't do this.' \u201D Then"), else `at`.
std::size_t sentence_start(std::string_view text, std::size_t at) {
  std::size_t end = at;
  while (end > 0 && (text[end - 1] == ' ' || text[end - 1] == '\t')) --end;
  if (end == 0 || end == at || text[end - 1] == '\n') return at;  // no space, or a line break: keep
  // A closing quote or bracket set off by a space ("can't do this.' \u201D") belongs to the sentence
  // before it; ICU's rules only keep it when it touches the sentence's last mark.
  {
    std::size_t i = at;
    UChar32 c = 0;
    U8_NEXT(text.data(), i, text.size(), c);
    const bool closing = c == '"' || c == ')' || c == ']' || c == 0x201D || c == 0x2019 || c == 0x00BB;
    if (closing && (i == text.size() || text[i] == ' ' || text[i] == '\n')) {
      while (i < text.size() && text[i] == ' ') ++i;
      return i == text.size() || text[i] == '\n' ? kNoBreak : i;
    }
  }
  const std::string_view before = text.substr(0, end);
  if (before.back() == '.') {
    std::size_t b = before.find_last_of(" \n\t(\"[");
    b = b == std::string_view::npos ? 0 : b + 1;
    std::string_view word = before.substr(b);
    // Opening curly quotes before the word are not part of it.
    while (word.starts_with("\xE2\x80\x9C") || word.starts_with("\xE2\x80\x98")) word.remove_prefix(3);
    return is_abbreviation(word) || starts_rank(word, text.substr(at)) ? kNoBreak : at;
  }
  // A closing quote after '?' or '!' followed by a lower-case word continues the sentence.
  std::size_t b = 0;
  UChar32 c = last_char(before, b);
  if ((c != '"' && c != 0x201D && c != 0x2019) || b == 0) return at;
  const UChar32 mark = last_char(before.substr(0, b), b);
  if (mark != '?' && mark != '!') return at;
  std::size_t i = at;
  UChar32 next = 0;
  U8_NEXT(text.data(), i, text.size(), next);
  return u_islower(next) ? kNoBreak : at;
}

UChar32 first_char(std::string_view s) {
  std::size_t i = 0;
  UChar32 c = 0;
  U8_NEXT(s.data(), i, s.size(), c);
  return c;
}

bool is_white(std::string_view s) {
  for (std::size_t i = 0; i < s.size();) {
    UChar32 c;
    U8_NEXT(s.data(), i, s.size(), c);
    if (c < 0 || !u_isUWhiteSpace(c)) return false;
  }
  return true;
}

TokenKind classify(std::string_view tok, int32_t rule_status) {
  if (rule_status >= UBRK_WORD_NUMBER && rule_status < UBRK_WORD_NUMBER_LIMIT) return TokenKind::number;
  if (rule_status >= UBRK_WORD_LETTER) return TokenKind::word;
  return u_ispunct(first_char(tok)) ? TokenKind::punct : TokenKind::symbol;
}

bool is_joining_hyphen(std::string_view s) {
  return s == "-" || s == "\xE2\x80\x90" || s == "\xE2\x80\x91";
}

bool is_term(const RawToken& t) { return t.kind == TokenKind::word || t.kind == TokenKind::number; }

}  // namespace

Segmenter& Segmenter::for_this_thread() {
  thread_local Segmenter segmenter;
  return segmenter;
}

Segmenter::Segmenter() : sentences_(make_sentence_iterator()), words_(make_word_iterator()) {}
Segmenter::~Segmenter() = default;

void Segmenter::sentence_starts(std::string_view text, std::vector<std::uint32_t>& out) {
  out.clear();
  set_text(*sentences_, text);
  for (int32_t b = sentences_->first(); b != icu::BreakIterator::DONE; b = sentences_->next()) {
    if (static_cast<std::size_t>(b) >= text.size()) continue;
    const std::size_t start = b > 0 ? sentence_start(text, static_cast<std::size_t>(b)) : 0;
    if (start == kNoBreak || (!out.empty() && start <= out.back())) continue;
    out.push_back(static_cast<std::uint32_t>(start));
  }
}

void Segmenter::tokens(std::string_view text, std::vector<RawToken>& out) {
  out.clear();
  set_text(*words_, text);
  int32_t begin = words_->first();
  for (int32_t end = words_->next(); end != icu::BreakIterator::DONE; begin = end, end = words_->next()) {
    const std::string_view tok = text.substr(begin, end - begin);
    const auto first = static_cast<unsigned char>(tok[0]);
    if (first == ' ' || first == '\n' || ((first >= 0x80 || first == '\t') && is_white(tok))) continue;
    out.push_back({static_cast<std::uint32_t>(begin), static_cast<std::uint32_t>(end),
                   classify(tok, words_->getRuleStatus())});
  }
  merge_compound_tokens(text, out);
}

void merge_compound_tokens(std::string_view text, std::vector<RawToken>& tokens) {
  auto str = [&text](const RawToken& t) { return text.substr(t.begin, t.end - t.begin); };
  std::size_t w = 0;
  for (std::size_t r = 0; r < tokens.size(); ++r) {
    RawToken t = tokens[r];
    // "$2.3", "€40": a currency sign glued to the number after it.
    if (t.kind == TokenKind::symbol && u_charType(first_char(str(t))) == U_CURRENCY_SYMBOL &&
        r + 1 < tokens.size() && tokens[r + 1].begin == t.end && tokens[r + 1].kind == TokenKind::number) {
      t = {t.begin, tokens[r + 1].end, TokenKind::number};
      ++r;
    }
    // "F-35", "S-400", "well-known", "mother-in-law": terms joined by hyphens with no space around.
    while (is_term(t) && r + 2 < tokens.size() && tokens[r + 1].begin == t.end &&
           is_joining_hyphen(str(tokens[r + 1])) && tokens[r + 2].begin == tokens[r + 1].end &&
           is_term(tokens[r + 2])) {
      const bool both_numbers = t.kind == TokenKind::number && tokens[r + 2].kind == TokenKind::number;
      t = {t.begin, tokens[r + 2].end, both_numbers ? TokenKind::number : TokenKind::word};
      r += 2;
    }
    // "10%": a number and the percent sign after it.
    if (t.kind == TokenKind::number && r + 1 < tokens.size() && tokens[r + 1].begin == t.end &&
        (str(tokens[r + 1]) == "%" || str(tokens[r + 1]) == "\xE2\x80\xB0")) {
      t.end = tokens[r + 1].end;
      ++r;
    }
    tokens[w++] = t;
  }
  tokens.resize(w);
}

}  // namespace revisor::text
