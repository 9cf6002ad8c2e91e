// ChangeRefs of one transition: every wording edit, added and removed sentence as findings name
// them, leaving out the text of notices themselves (a notice added is not a change it admits).
#pragma once

#include <span>
#include <string>
#include <string_view>
#include <vector>

#include "revisor/analyze/audit.h"
#include "revisor/text/document.h"

namespace revisor::analyze {

std::vector<ChangeRef> change_refs(const Transition& t, const text::Document& before,
                                   const text::Document& after, std::span<const Notice> notices_before,
                                   std::span<const Notice> notices_after);

// Case-folded content words of a text (stop words dropped), for word overlap.
std::vector<std::string> content_words(std::string_view text);

}  // namespace revisor::analyze
