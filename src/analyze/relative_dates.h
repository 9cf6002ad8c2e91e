// Days written relative to when a version was published: in a story seen on Wednesday, April 1,
// "Wednesday", "today" and "April 1" are one day, so a later version writing it another way changes
// no claim (a newsroom restamps "today" as the story ages).
#pragma once

#include <string_view>

#include "revisor/analyze/audit.h"
#include "revisor/base/timestamp.h"
#include "revisor/text/document.h"

namespace revisor::analyze {

// True when `old_words` in a version seen at `old_seen` and `new_words` in one seen at `new_seen`
// name the same day: each is a weekday, "today", "tonight", "yesterday", "tomorrow" or an English
// "April 1" / "1 April" (with "on", "the", commas around), and they agree. A weekday is the day of
// that name within a week of the version. A day is read in UTC or six hours behind, for stories
// seen late in the evening in the Americas. The old side may also name a part of the day the new one
// leaves out ("Thursday evening" -> "April 2"); false when the new side adds one ("Wednesday
// morning"), when either says anything else ("12"), or when the days differ.
bool same_day(std::string_view old_words, Timestamp old_seen, std::string_view new_words, Timestamp new_seen);

// Re-reads the date edits of `t` (before -> after, seen at those times): those naming the same day
// become style, and the categories of their sentence changes follow.
void settle_relative_dates(Transition& t, const text::Document& before, const text::Document& after,
                           Timestamp before_seen, Timestamp after_seen);

}  // namespace revisor::analyze
