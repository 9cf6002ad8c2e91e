// The watch schedule, like NewsDiffs': a new article is checked often, an older one less and less,
// then not at all after a limit in days; failures back off, and a Retry-After is honoured.
#pragma once

#include <cstdint>
#include <optional>
#include <string_view>

#include "revisor/base/timestamp.h"

namespace revisor::watch {

struct ScheduleOptions {
  std::int64_t limit_days = 30;  // an article first seen longer ago is no longer checked
};

// When a page first seen at `first_seen` and checked at `now` is next due: every 15 minutes in its
// first 3 hours, hourly in its first day, every 6 hours in its first week, daily after; nullopt
// once `limit_days` have passed.
std::optional<Timestamp> next_check(Timestamp first_seen, Timestamp now, const ScheduleOptions& options);

// When to try again after the `failures`-th failure in a row (1, 2, ...): 5 minutes doubling to at
// most a day, and never before a server's Retry-After.
Timestamp retry_time(int failures, Timestamp now, std::optional<std::int64_t> retry_after_seconds);

// "90s", "10m", "2h", "1d", or a number of seconds: the form of --interval and --delay. Throws
// Error(usage) naming `what` and the value when it is not one of those (0 is one).
std::int64_t parse_duration_seconds(std::string_view text, std::string_view what);

}  // namespace revisor::watch
