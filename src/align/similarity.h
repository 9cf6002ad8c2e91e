// Bag-of-words similarity between sentences: multiset Dice over interned token keys, ignoring
// punctuation, which decides whether a deleted and an inserted sentence are one sentence reworded.
#pragma once

#include <cstddef>
#include <cstdint>
#include <vector>

#include "align/interner.h"
#include "revisor/text/document.h"

namespace revisor::align {

// Sorted token ids of one sentence (or several concatenated). Punctuation is left out unless the
// sentence has nothing else.
struct Bag {
  std::vector<std::uint32_t> ids;
  std::size_t size() const noexcept { return ids.size(); }
};

Bag make_bag(const text::Document& doc, std::uint32_t sentence, Interner& interner);
Bag merge_bags(const std::vector<const Bag*>& bags);

// Size of the multiset intersection.
std::size_t common_count(const Bag& a, const Bag& b) noexcept;
// 2|a∩b| / (|a|+|b|); 1 for two empty bags.
double dice(const Bag& a, const Bag& b) noexcept;

}  // namespace revisor::align
