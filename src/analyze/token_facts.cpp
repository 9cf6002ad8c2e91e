#include "analyze/token_facts.h"

#include <algorithm>
#include <string>

#include "analyze/word_lists.h"

namespace revisor::analyze {

using text::Document;
using text::Token;
using text::TokenKind;

std::span<const Token> tokens_in(const Document& doc, TextSpan span) {
  const auto& toks = doc.tokens();
  auto first = std::lower_bound(toks.begin(), toks.end(), span.begin,
                                [](const Token& t, std::uint32_t b) { return t.span.begin < b; });
  auto last = std::lower_bound(first, toks.end(), span.end,
                               [](const Token& t, std::uint32_t e) { return t.span.begin < e; });
  return {first, last};
}

bool is_content(const Token& t) { return t.kind == TokenKind::word || t.kind == TokenKind::number; }

std::vector<const Token*> content_tokens(std::span<const Token> toks) {
  std::vector<const Token*> out;
  for (const auto& t : toks) {
    if (is_content(t) || t.kind == TokenKind::symbol) out.push_back(&t);
  }
  return out;
}

bool capitalized(const Document& doc, const Token& t) {
  std::string_view word = doc.slice(t.span);
  if (word.empty()) return false;
  unsigned char c = static_cast<unsigned char>(word[0]);
  if (c < 0x80) return c >= 'A' && c <= 'Z';
  // Non-ASCII: the key is case-folded, so a first letter that differs from it is a capital.
  return t.key.size() >= 2 && word.size() >= 2 && word.substr(0, 2) != std::string_view(t.key).substr(0, 2);
}

bool sentence_initial(const Document& doc, const Token& t) {
  const auto& sents = doc.sentences();
  auto it = std::upper_bound(sents.begin(), sents.end(), t.span.begin,
                             [](std::uint32_t b, const text::Sentence& s) { return b < s.span.begin; });
  if (it == sents.begin()) return true;
  --it;
  return t.span.begin == it->span.begin;
}

bool proper(const Document& doc, const Token& t) {
  return t.kind == TokenKind::word && capitalized(doc, t) && !sentence_initial(doc, t);
}

bool is_day_of_month(const Document& doc, const Token& t) {
  if (t.kind != TokenKind::number || t.key.empty() || t.key.size() > 2) return false;
  if (!std::all_of(t.key.begin(), t.key.end(), [](char c) { return c >= '0' && c <= '9'; })) return false;
  const int day = std::stoi(t.key);
  if (day < 1 || day > 31) return false;
  const auto& toks = doc.tokens();
  if (toks.empty() || &t < toks.data() || &t >= toks.data() + toks.size()) return false;
  const auto i = static_cast<std::size_t>(&t - toks.data());
  auto linking = [](const std::string& k) { return k == "." || k == "de" || k == "of" || k == "del"; };
  for (std::size_t j = i + 1; j < toks.size() && j <= i + 2; ++j) {
    if (words::is_weekday_or_month(toks[j].key)) return true;
    if (!linking(toks[j].key)) break;
  }
  return i > 0 && words::is_weekday_or_month(toks[i - 1].key) && capitalized(doc, toks[i - 1]);
}

bool is_date_token(const Document& doc, const Token& t) {
  if (t.kind == TokenKind::number && t.key.size() == 4 && (t.key[0] == '1' || t.key[0] == '2')) return true;
  if (is_day_of_month(doc, t)) return true;
  if (t.kind == TokenKind::number && t.key.find(':') != std::string::npos) return true;
  if (words::is_time_word(t.key)) return true;
  // "may" and "march" are verbs unless capitalized.
  return words::is_weekday_or_month(t.key) && (capitalized(doc, t) || t.key.size() > 5);
}

bool plain_word(const Document& doc, const Token& t) {
  return t.kind == TokenKind::word && !proper(doc, t) && !is_date_token(doc, t) && !words::is_number_word(t.key) &&
         !words::is_role(t.key) && !words::is_hedge(t.key);
}

}  // namespace revisor::analyze
