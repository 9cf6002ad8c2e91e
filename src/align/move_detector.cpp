#include "align/move_detector.h"

#include <algorithm>
#include <numeric>

namespace revisor::align {
namespace {

// Prefix-maximum Fenwick tree over new positions, holding (chain weight, link index).
class MaxFenwick {
 public:
  explicit MaxFenwick(std::size_t n) : tree_(n + 1, {0, SIZE_MAX}) {}
  void update(std::size_t pos, std::uint64_t w, std::size_t link) {
    for (std::size_t i = pos + 1; i < tree_.size(); i += i & (~i + 1)) {
      if (w > tree_[i].first) tree_[i] = {w, link};
    }
  }
  // Best chain among positions < pos.
  std::pair<std::uint64_t, std::size_t> query(std::size_t pos) const {
    std::pair<std::uint64_t, std::size_t> best{0, SIZE_MAX};
    for (std::size_t i = pos; i > 0; i -= i & (~i + 1)) {
      if (tree_[i].first > best.first) best = tree_[i];
    }
    return best;
  }

 private:
  std::vector<std::pair<std::uint64_t, std::size_t>> tree_;
};

}  // namespace

std::vector<bool> in_order_links(const std::vector<OrderedLink>& links, std::uint32_t new_count) {
  std::vector<std::size_t> order(links.size());
  std::iota(order.begin(), order.end(), 0);
  // By old position; links sharing an old position (splits) must not chain with each other, so
  // they are processed by descending new position.
  std::sort(order.begin(), order.end(), [&](std::size_t x, std::size_t y) {
    if (links[x].old_pos != links[y].old_pos) return links[x].old_pos < links[y].old_pos;
    return links[x].new_pos > links[y].new_pos;
  });
  MaxFenwick fen(new_count);
  std::vector<std::uint64_t> total(links.size(), 0);
  std::vector<std::size_t> prev(links.size(), SIZE_MAX);
  std::size_t best = SIZE_MAX;
  for (std::size_t k : order) {
    auto [w, from] = fen.query(links[k].new_pos);
    total[k] = w + links[k].weight;
    prev[k] = from;
    fen.update(links[k].new_pos, total[k], k);
    if (best == SIZE_MAX || total[k] > total[best]) best = k;
  }
  std::vector<bool> on_chain(links.size(), false);
  for (std::size_t k = best; k != SIZE_MAX; k = prev[k]) on_chain[k] = true;
  return on_chain;
}

}  // namespace revisor::align
