#include "revisor/watch/schedule.h"

#include <fmt/core.h>

#include <algorithm>
#include <charconv>

#include "revisor/base/error.h"

namespace revisor::watch {

std::optional<Timestamp> next_check(Timestamp first_seen, Timestamp now, const ScheduleOptions& options) {
  constexpr std::int64_t minute = 60, hour = 60 * minute, day = 24 * hour;
  const std::int64_t age = std::max<std::int64_t>(0, now.seconds() - first_seen.seconds());
  if (age >= options.limit_days * day) return std::nullopt;
  const std::int64_t step = age < 3 * hour ? 15 * minute : age < day ? hour : age < 7 * day ? 6 * hour : day;
  return Timestamp::from_seconds(now.seconds() + step);
}

Timestamp retry_time(int failures, Timestamp now, std::optional<std::int64_t> retry_after_seconds) {
  constexpr std::int64_t day = 24 * 3600;
  std::int64_t wait = 300;
  for (int i = 1; i < failures && wait < day; ++i) wait *= 2;
  wait = std::min(wait, day);
  if (retry_after_seconds) wait = std::max(wait, std::min(*retry_after_seconds, 7 * day));
  return Timestamp::from_seconds(now.seconds() + wait);
}

std::int64_t parse_duration_seconds(std::string_view text, std::string_view what) {
  std::int64_t n = 0;
  const auto [end, ec] = std::from_chars(text.data(), text.data() + text.size(), n);
  const std::string_view unit(end, static_cast<std::size_t>(text.data() + text.size() - end));
  std::int64_t scale = 0;
  if (unit.empty() || unit == "s") scale = 1;
  else if (unit == "m") scale = 60;
  else if (unit == "h") scale = 3600;
  else if (unit == "d") scale = 86400;
  if (ec != std::errc() || scale == 0 || n < 0 || n > 366 * 86400 / scale)
    throw Error(ErrorKind::usage, fmt::format("{} \"{}\" is not a duration like 90s, 10m, 2h or 1d", what, text));
  return n * scale;
}

}  // namespace revisor::watch
