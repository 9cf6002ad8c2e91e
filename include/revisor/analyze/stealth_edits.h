// Stealth edits: substantive changes no notice accounts for, where an accounting notice is one that
// first appears in the version the change leads to or in the next one.
#pragma once

#include <span>
#include <vector>

#include "revisor/analyze/audit.h"

namespace revisor::analyze {

// `changes[k]`: ChangeRefs of transition k+1 -> k+2; `findings`: every notice with its links.
// Linked changes are accounted for; an update notice also accounts for the additions of its version.
std::vector<ChangeRef> find_stealth_edits(std::span<const std::vector<ChangeRef>> changes,
                                          std::span<const NoticeFinding> findings);

}  // namespace revisor::analyze
