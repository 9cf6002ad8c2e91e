// Stealth edits: substantive changes no notice accounts for, where an accounting notice is one that
// first appears in the version the change leads to or in the next one. A stealth edit changes or
// withdraws what readers were already told; sentences merely added are new reporting, unless they
// take the place of a claim removed without notice or restate its subject with another figure.
#pragma once

#include <span>
#include <string>
#include <vector>

#include "revisor/analyze/audit.h"
#include "revisor/text/article_version.h"

namespace revisor::analyze {

struct StealthSplit {
  std::vector<ChangeRef> stealth_edits;  // each with its severity set
  std::vector<ChangeRef> new_reporting;  // added sentences that change nothing told before
};

// `transitions[k]` and `changes[k]`: transition k+1 -> k+2 and its ChangeRefs (the two spans are
// equally long; a shorter `transitions` is read as transitions without unchanged neighbours, so
// no addition is placed where a removal was); `findings`: every notice with its links. Linked
// changes are accounted for; an update notice also accounts for the additions of its version (they
// go to new_reporting); a retraction or a notice saying the article was rewritten or substantially
// changed accounts for every change of its transition (rewrite_notice.h). A short sentence that only notes the story's state ("This is a developing
// story and will be updated.") is neither, added or removed. Order: transition, then reading order.
// Never throws but for allocation.
StealthSplit find_stealth_edits(std::span<const Transition> transitions,
                                std::span<const std::vector<ChangeRef>> changes,
                                std::span<const NoticeFinding> findings);

// The severity of a stealth edit `r`: high when it withdraws a claim (a sentence removed), changes
// a figure, date, negation or name, adds or drops a hedge ("alleged", "treating as"), or adds a
// sentence contradicting a removed one; medium for another substantive change; low otherwise.
// Never throws.
Severity stealth_severity(const ChangeRef& r) noexcept;

// Why `history` (oldest first) reads as a developing or live story: many versions, a version saying
// so ("This is a developing story", "will be updated", "what we know", "live updates", and their
// equivalents in the other languages revisor reads), live-blog entries opening with a time of day,
// or at least kDevelopingAdditions sentences of new reporting (`new_reporting`, as
// find_stealth_edits counted them). Each sign once, naming the first version showing it; empty when
// none. Never throws but for allocation.
std::vector<std::string> developing_signs(std::span<const text::ArticleVersion> history,
                                          std::size_t new_reporting = 0);

// A history with at least this many versions is a developing story by its versions alone.
inline constexpr std::size_t kDevelopingVersions = 5;
// A story that grew by at least this many sentences after it was first seen is still unfolding.
inline constexpr std::size_t kDevelopingAdditions = 10;

}  // namespace revisor::analyze
