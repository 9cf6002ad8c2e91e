// The one door to dtl (Wu-Manber-Myers O(NP) diff): interned integer sequences in, 0-based matched
// index pairs out. dtl's 1-based SES, swapped inputs and copies stay inside dtl_adapter.cpp.
#pragma once

#include <cstddef>
#include <cstdint>
#include <span>
#include <vector>

namespace revisor::align {

struct Match {
  std::uint32_t a = 0;  // 0-based index into the first sequence
  std::uint32_t b = 0;  // 0-based index into the second sequence
};

struct LcsResult {
  std::vector<Match> matches;  // increasing in both a and b
  bool degraded = false;       // the middle was too long for dtl; unique-element anchors used
};

// A longest common subsequence of `a` and `b`. Common prefix and suffix are trimmed first (xdiff);
// when the untrimmed middle holds more than `max_elements` elements, or is so different that dtl's
// O((N+M)D) search would pass a fixed work bound, dtl is skipped and only elements occurring once on
// each side are matched (patience anchors, O(n log n)); `degraded` says so.
LcsResult longest_common_subsequence(std::span<const std::uint32_t> a,
                                     std::span<const std::uint32_t> b, std::size_t max_elements);

}  // namespace revisor::align
