#include "align/typographic.h"

namespace revisor::align {
namespace {

// Next non-punctuation token at or after `i`.
std::size_t skip_punct(const text::Document& doc, std::span<const std::uint32_t> run, std::size_t i) {
  while (i < run.size() && doc.tokens()[run[i]].kind == text::TokenKind::punct) ++i;
  return i;
}

}  // namespace

bool is_typographic(const text::Document& before, std::span<const std::uint32_t> old_tokens,
                    const text::Document& after, std::span<const std::uint32_t> new_tokens) {
  std::size_t i = skip_punct(before, old_tokens, 0);
  std::size_t j = skip_punct(after, new_tokens, 0);
  while (i < old_tokens.size() && j < new_tokens.size()) {
    if (before.tokens()[old_tokens[i]].key != after.tokens()[new_tokens[j]].key) return false;
    i = skip_punct(before, old_tokens, i + 1);
    j = skip_punct(after, new_tokens, j + 1);
  }
  return i == old_tokens.size() && j == new_tokens.size();
}

}  // namespace revisor::align
