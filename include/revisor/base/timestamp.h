// Timestamp: an instant in whole seconds since 1970-01-01T00:00:00Z, the one time type of revisor.
// Text is parsed into it once, where it enters (a flag, a manifest, a commit), and formatted here only.
#pragma once

#include <compare>
#include <cstdint>
#include <optional>
#include <string>
#include <string_view>

namespace revisor {

class Timestamp {
 public:
  constexpr Timestamp() = default;  // the epoch
  static constexpr Timestamp from_seconds(std::int64_t seconds) noexcept { return Timestamp(seconds); }
  // The system clock now, truncated to the second.
  static Timestamp now() noexcept;

  constexpr std::int64_t seconds() const noexcept { return seconds_; }
  constexpr auto operator<=>(const Timestamp&) const = default;

 private:
  constexpr explicit Timestamp(std::int64_t seconds) : seconds_(seconds) {}
  std::int64_t seconds_ = 0;
};

// Parses "YYYY-MM-DD", or "YYYY-MM-DDTHH:MM[:SS[.fraction]]" followed by "Z", "+HH:MM", "-HH:MM" or
// "+HHMM" ('T' may be a space; a date alone means midnight UTC). A date-time without a zone is
// refused: it would be ambiguous evidence. Fractions of a second are dropped. Years 1970-9999.
// Throws Error(bad_input) naming the value and the expected form; `what` names the value in the
// message (e.g. "--observed-at").
Timestamp parse_timestamp(std::string_view text, std::string_view what = "time");

// The same rules as parse_timestamp, for text that may hold no time at all: nullopt instead of an
// error.
std::optional<Timestamp> try_parse_timestamp(std::string_view text);

// "2021-06-17T10:00:00Z": ISO 8601 in UTC, also a valid RFC 3339 date-time (Atom's form). The form
// stored in commits, meta.json and every machine-readable output.
std::string to_iso8601(Timestamp t);

// "2021-06-17 10:00 UTC": the form people read in reports and tables (minutes, no seconds).
std::string to_display(Timestamp t);

// Hours from `from` to `to`, negative when `to` is earlier.
double hours_between(Timestamp from, Timestamp to) noexcept;

}  // namespace revisor
