#include "align/similarity.h"

#include <algorithm>

namespace revisor::align {

Bag make_bag(const text::Document& doc, std::uint32_t sentence, Interner& interner) {
  const auto& s = doc.sentences()[sentence];
  const auto& tokens = doc.tokens();
  Bag bag;
  bag.ids.reserve(s.token_count);
  for (std::uint32_t t = s.first_token; t < s.first_token + s.token_count; ++t) {
    if (tokens[t].kind != text::TokenKind::punct) bag.ids.push_back(interner.id(tokens[t].key));
  }
  if (bag.ids.empty()) {
    for (std::uint32_t t = s.first_token; t < s.first_token + s.token_count; ++t) {
      bag.ids.push_back(interner.id(tokens[t].key));
    }
  }
  std::sort(bag.ids.begin(), bag.ids.end());
  return bag;
}

Bag merge_bags(const std::vector<const Bag*>& bags) {
  Bag out;
  for (const Bag* b : bags) out.ids.insert(out.ids.end(), b->ids.begin(), b->ids.end());
  std::sort(out.ids.begin(), out.ids.end());
  return out;
}

std::size_t common_count(const Bag& a, const Bag& b) noexcept {
  std::size_t i = 0, j = 0, n = 0;
  while (i < a.ids.size() && j < b.ids.size()) {
    if (a.ids[i] < b.ids[j]) {
      ++i;
    } else if (b.ids[j] < a.ids[i]) {
      ++j;
    } else {
      ++n;
      ++i;
      ++j;
    }
  }
  return n;
}

double dice(const Bag& a, const Bag& b) noexcept {
  if (a.ids.empty() && b.ids.empty()) return 1.0;
  return 2.0 * static_cast<double>(common_count(a, b)) / static_cast<double>(a.size() + b.size());
}

}  // namespace revisor::align
