#include "revisor/analyze/stealth_edits.h"

#include <algorithm>

namespace revisor::analyze {

namespace {

bool same_change(const ChangeRef& a, const ChangeRef& b) {
  return a.from == b.from && a.change_index == b.change_index && a.edit_index == b.edit_index &&
         a.kind == b.kind;
}

}  // namespace

std::vector<ChangeRef> find_stealth_edits(std::span<const std::vector<ChangeRef>> changes,
                                          std::span<const NoticeFinding> findings) {
  std::vector<ChangeRef> out;
  for (const auto& transition : changes) {
    for (const auto& r : transition) {
      if (!is_substantive(r.category)) continue;
      bool accounted = false;
      for (const auto& f : findings) {
        int v = f.notice.version;
        if (v != r.to && v != r.to + 1) continue;
        if (std::any_of(f.links.begin(), f.links.end(), [&](const ChangeRef& l) { return same_change(l, r); })) {
          accounted = true;
        } else if (f.notice.kind == NoticeKind::update && r.kind == ChangeKind::addition) {
          accounted = true;
        }
        if (accounted) break;
      }
      if (!accounted) out.push_back(r);
    }
  }
  return out;
}

}  // namespace revisor::analyze
