// Notice linking: which change(s) of the same or an earlier version transition a notice describes,
// by error type against change category and by the words the notice shares with the change.
#pragma once

#include <span>
#include <vector>

#include "revisor/analyze/audit.h"

namespace revisor::analyze {

// `changes[k]` are the ChangeRefs of version transition k+1 -> k+2 (notice text left out).
// Returns the finding: links best first, supported when there is at least one. A notice whose
// wording names no error type takes the category of the first telling change it links to
// (TypeSource::change).
NoticeFinding link_notice(const Notice& notice, std::span<const std::vector<ChangeRef>> changes);

}  // namespace revisor::analyze
