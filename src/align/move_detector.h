// Move detection: among all sentence links (old position -> new position), the heaviest chain in
// reading order on both sides stays in place; every link off that chain is a move.
#pragma once

#include <cstdint>
#include <vector>

namespace revisor::align {

struct OrderedLink {
  std::uint32_t old_pos = 0;  // 0-based body-sentence position in the old version
  std::uint32_t new_pos = 0;  // 0-based body-sentence position in the new version
  std::uint32_t weight = 1;   // identical sentences weigh more than reworded ones
};

// For each link, true when it lies on a maximum-weight chain increasing in both positions
// (weighted LIS, O(n log n) with a Fenwick tree). `new_count` bounds every new_pos.
std::vector<bool> in_order_links(const std::vector<OrderedLink>& links, std::uint32_t new_count);

}  // namespace revisor::align
