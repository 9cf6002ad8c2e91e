#include "align/dtl_adapter.h"

#include <dtl/dtl.hpp>

#include <algorithm>
#include <unordered_map>

namespace revisor::align {
namespace {

// dtl compares elements of the middle slice; indices it reports are 1-based into that slice.
void dtl_middle(std::span<const std::uint32_t> a, std::span<const std::uint32_t> b,
                std::uint32_t offset_a, std::uint32_t offset_b, std::vector<Match>& out) {
  std::vector<std::uint32_t> va(a.begin(), a.end());
  std::vector<std::uint32_t> vb(b.begin(), b.end());
  dtl::Diff<std::uint32_t, std::vector<std::uint32_t>> diff(va, vb);
  diff.compose();
  // Only common entries are read: their beforeIdx/afterIdx name the original a and b even when
  // dtl swapped the inputs internally.
  for (const auto& [elem, info] : diff.getSes().getSequence()) {
    if (info.type != dtl::SES_COMMON) continue;
    out.push_back({offset_a + static_cast<std::uint32_t>(info.beforeIdx - 1),
                   offset_b + static_cast<std::uint32_t>(info.afterIdx - 1)});
  }
}

// Patience anchors: elements unique on both sides, kept where their order agrees (LIS).
void unique_anchors(std::span<const std::uint32_t> a, std::span<const std::uint32_t> b,
                    std::uint32_t offset_a, std::uint32_t offset_b, std::vector<Match>& out) {
  struct Seen {
    int count_a = 0;
    int count_b = 0;
    std::uint32_t pos_a = 0;
    std::uint32_t pos_b = 0;
  };
  std::unordered_map<std::uint32_t, Seen> seen;
  seen.reserve(a.size() + b.size());
  for (std::uint32_t i = 0; i < a.size(); ++i) {
    auto& s = seen[a[i]];
    ++s.count_a;
    s.pos_a = i;
  }
  for (std::uint32_t j = 0; j < b.size(); ++j) {
    auto& s = seen[b[j]];
    ++s.count_b;
    s.pos_b = j;
  }
  std::vector<Match> candidates;
  for (std::uint32_t i = 0; i < a.size(); ++i) {
    const Seen& s = seen[a[i]];
    if (s.count_a == 1 && s.count_b == 1) candidates.push_back({i, s.pos_b});
  }
  // Longest increasing subsequence of b positions (candidates are already sorted by a).
  std::vector<std::size_t> tails;
  std::vector<std::size_t> prev(candidates.size(), SIZE_MAX);
  for (std::size_t k = 0; k < candidates.size(); ++k) {
    auto it = std::lower_bound(tails.begin(), tails.end(), candidates[k].b,
                               [&](std::size_t t, std::uint32_t v) { return candidates[t].b < v; });
    if (it != tails.begin()) prev[k] = *(it - 1);
    if (it == tails.end()) {
      tails.push_back(k);
    } else {
      *it = k;
    }
  }
  std::vector<Match> chain;
  for (std::size_t k = tails.empty() ? SIZE_MAX : tails.back(); k != SIZE_MAX; k = prev[k]) {
    chain.push_back({offset_a + candidates[k].a, offset_b + candidates[k].b});
  }
  out.insert(out.end(), chain.rbegin(), chain.rend());
}

// Size of the multiset intersection: an upper bound of the LCS, so (N+M) - 2*shared bounds the edit
// distance D from below, and (N+M)*D is what dtl's O(NP) search costs.
std::size_t shared_count(std::span<const std::uint32_t> a, std::span<const std::uint32_t> b) {
  std::unordered_map<std::uint32_t, std::size_t> counts;
  counts.reserve(a.size());
  for (auto x : a) ++counts[x];
  std::size_t shared = 0;
  for (auto x : b) {
    auto it = counts.find(x);
    if (it != counts.end() && it->second > 0) {
      --it->second;
      ++shared;
    }
  }
  return shared;
}

// Past this much work, a mostly rewritten text gets patience anchors instead of dtl (about 20 ms).
constexpr std::size_t kMaxDtlWork = 4'000'000;

}  // namespace

LcsResult longest_common_subsequence(std::span<const std::uint32_t> a,
                                     std::span<const std::uint32_t> b, std::size_t max_elements) {
  LcsResult result;
  std::size_t prefix = 0;
  while (prefix < a.size() && prefix < b.size() && a[prefix] == b[prefix]) ++prefix;
  std::size_t suffix = 0;
  while (suffix < a.size() - prefix && suffix < b.size() - prefix &&
         a[a.size() - 1 - suffix] == b[b.size() - 1 - suffix]) {
    ++suffix;
  }
  result.matches.reserve(std::min(a.size(), b.size()));
  for (std::uint32_t i = 0; i < prefix; ++i) result.matches.push_back({i, i});
  auto mid_a = a.subspan(prefix, a.size() - prefix - suffix);
  auto mid_b = b.subspan(prefix, b.size() - prefix - suffix);
  const auto off = static_cast<std::uint32_t>(prefix);
  if (!mid_a.empty() && !mid_b.empty()) {
    const std::size_t total = mid_a.size() + mid_b.size();
    bool use_dtl = total <= max_elements;
    bool any_shared = true;
    // Small inputs go straight to dtl; only a large middle pays for counting what it shares.
    if (use_dtl && total * total > kMaxDtlWork) {
      const std::size_t shared = shared_count(mid_a, mid_b);
      any_shared = shared > 0;
      use_dtl = total * (total - 2 * shared) <= kMaxDtlWork;
    }
    if (!any_shared) {
      // Nothing in common: no matches, and nothing coarse about that.
    } else if (use_dtl) {
      dtl_middle(mid_a, mid_b, off, off, result.matches);
    } else {
      result.degraded = true;
      unique_anchors(mid_a, mid_b, off, off, result.matches);
    }
  }
  const auto tail_a = static_cast<std::uint32_t>(a.size() - suffix);
  const auto tail_b = static_cast<std::uint32_t>(b.size() - suffix);
  for (std::uint32_t k = 0; k < suffix; ++k) result.matches.push_back({tail_a + k, tail_b + k});
  return result;
}

}  // namespace revisor::align
