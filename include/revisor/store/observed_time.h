// Observed times: when a version was seen. Stored as whole seconds since the Unix epoch (the git
// commit time) and shown as ISO 8601 UTC, "2021-06-17T10:00:00Z".
#pragma once

#include <cstdint>
#include <string>
#include <string_view>

namespace revisor::store {

// Parses "YYYY-MM-DD", "YYYY-MM-DDTHH:MM[:SS[.fraction]]" followed by "Z", "+HH:MM", "-HH:MM" or
// "+HHMM" ('T' may be a space; a date alone means midnight UTC). A date-time without a zone is
// refused: it would be ambiguous evidence. Fractions of a second are dropped. Years 1970-9999.
// Returns seconds since 1970-01-01T00:00:00Z. Throws Error(bad_input) naming the value and the
// expected form; `what` names the value in the message (e.g. "--observed-at").
std::int64_t parse_observed_time(std::string_view text, std::string_view what = "time");

// Formats seconds since the epoch as "YYYY-MM-DDTHH:MM:SSZ".
std::string format_observed_time(std::int64_t seconds);

}  // namespace revisor::store
