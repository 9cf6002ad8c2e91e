// Rewrite notices: a retraction, or a notice saying the article was rewritten or substantially
// changed. Such a notice owns up to every change of its version, not only to the ones it names.
#pragma once

#include <string_view>

#include "revisor/analyze/audit.h"

namespace revisor::analyze {

// Whether `text` says the article was rewritten, substantially revised, or changed throughout,
// with the article as the subject ("This story has been substantially revised"), in one of the
// languages revisor reads. Never throws.
bool says_rewritten(std::string_view text) noexcept;

// Whether `notice` accounts for every change of the version it appears in (and of the transition
// before, as any notice does): a retraction, or a notice of any kind that says_rewritten. Never
// throws.
bool accounts_for_whole_version(const Notice& notice) noexcept;

}  // namespace revisor::analyze
