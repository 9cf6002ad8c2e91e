#include "revisor/base/timestamp.h"

#include <chrono>

#include <fmt/compile.h>
#include <fmt/core.h>

#include "revisor/base/error.h"

namespace revisor {
namespace {

// Howard Hinnant's days_from_civil / civil_from_days (proleptic Gregorian calendar).
std::int64_t days_from_civil(std::int64_t y, unsigned m, unsigned d) {
  y -= m <= 2;
  const std::int64_t era = (y >= 0 ? y : y - 399) / 400;
  const auto yoe = static_cast<unsigned>(y - era * 400);
  const unsigned doy = (153 * (m > 2 ? m - 3 : m + 9) + 2) / 5 + d - 1;
  const unsigned doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
  return era * 146097 + static_cast<std::int64_t>(doe) - 719468;
}

struct Civil {
  std::int64_t y;
  unsigned m, d;
};

Civil civil_from_days(std::int64_t z) {
  z += 719468;
  const std::int64_t era = (z >= 0 ? z : z - 146096) / 146097;
  const auto doe = static_cast<unsigned>(z - era * 146097);
  const unsigned yoe = (doe - doe / 1460 + doe / 36524 - doe / 146096) / 365;
  const std::int64_t y = static_cast<std::int64_t>(yoe) + era * 400;
  const unsigned doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
  const unsigned mp = (5 * doy + 2) / 153;
  const unsigned d = doy - (153 * mp + 2) / 5 + 1;
  const unsigned m = mp < 10 ? mp + 3 : mp - 9;
  return {y + (m <= 2), m, d};
}

bool leap(std::int64_t y) { return (y % 4 == 0 && y % 100 != 0) || y % 400 == 0; }

unsigned days_in_month(std::int64_t y, unsigned m) {
  static constexpr unsigned kDays[] = {31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};
  return m == 2 && leap(y) ? 29 : kDays[m - 1];
}

class Cursor {
 public:
  explicit Cursor(std::string_view s) : s_(s) {}
  // Reads exactly n digits.
  std::optional<unsigned> digits(std::size_t n) {
    if (pos_ + n > s_.size()) return std::nullopt;
    unsigned v = 0;
    for (std::size_t i = 0; i < n; ++i) {
      char c = s_[pos_ + i];
      if (c < '0' || c > '9') return std::nullopt;
      v = v * 10 + static_cast<unsigned>(c - '0');
    }
    pos_ += n;
    return v;
  }
  bool eat(char c) {
    if (pos_ < s_.size() && s_[pos_] == c) {
      ++pos_;
      return true;
    }
    return false;
  }
  bool at_end() const { return pos_ == s_.size(); }
  char peek() const { return pos_ < s_.size() ? s_[pos_] : '\0'; }

 private:
  std::string_view s_;
  std::size_t pos_ = 0;
};

std::optional<std::int64_t> parse(std::string_view text) {
  Cursor c(text);
  auto y = c.digits(4);
  if (!y || !c.eat('-')) return std::nullopt;
  auto mo = c.digits(2);
  if (!mo || !c.eat('-')) return std::nullopt;
  auto d = c.digits(2);
  if (!d || *mo < 1 || *mo > 12 || *d < 1 || *d > days_in_month(*y, *mo) || *y < 1970)
    return std::nullopt;
  std::int64_t days = days_from_civil(*y, *mo, *d);
  if (c.at_end()) return days * 86400;
  if (!c.eat('T') && !c.eat(' ')) return std::nullopt;
  auto h = c.digits(2);
  if (!h || !c.eat(':')) return std::nullopt;
  auto mi = c.digits(2);
  if (!mi) return std::nullopt;
  unsigned sec = 0;
  if (c.eat(':')) {
    auto s = c.digits(2);
    if (!s) return std::nullopt;
    sec = *s;
    if (c.eat('.') || c.eat(',')) {
      if (!c.digits(1)) return std::nullopt;
      while (c.digits(1)) {
      }
    }
  }
  // 60 is a leap second: counted as the next second, as POSIX time does.
  if (*h > 23 || *mi > 59 || sec > 60) return std::nullopt;
  std::int64_t offset = 0;
  if (c.eat('Z') || c.eat('z')) {
  } else if (c.peek() == '+' || c.peek() == '-') {
    int sign = c.peek() == '+' ? 1 : -1;
    c.eat(c.peek());
    auto oh = c.digits(2);
    if (!oh) return std::nullopt;
    c.eat(':');
    auto om = c.digits(2);
    if (!om || *oh > 23 || *om > 59) return std::nullopt;
    offset = sign * static_cast<std::int64_t>(*oh * 3600 + *om * 60);
  } else {
    return std::nullopt;
  }
  if (!c.at_end()) return std::nullopt;
  return days * 86400 + *h * 3600 + *mi * 60 + sec - offset;
}

struct Clock {
  Civil date;
  std::int64_t seconds_of_day;
};

Clock split(Timestamp t) {
  const std::int64_t s = t.seconds();
  const std::int64_t days = s >= 0 ? s / 86400 : (s - 86399) / 86400;
  return {civil_from_days(days), s - days * 86400};
}

}  // namespace

Timestamp Timestamp::now() noexcept {
  const auto since_epoch = std::chrono::system_clock::now().time_since_epoch();
  return from_seconds(std::chrono::duration_cast<std::chrono::seconds>(since_epoch).count());
}

std::optional<Timestamp> try_parse_timestamp(std::string_view text) {
  auto t = parse(text);
  if (!t || *t < 0) return std::nullopt;
  return Timestamp::from_seconds(*t);
}

Timestamp parse_timestamp(std::string_view text, std::string_view what) {
  auto t = try_parse_timestamp(text);
  if (!t)
    throw Error(ErrorKind::bad_input,
                fmt::format("{} \"{}\" is not an ISO 8601 time from 1970 on with a time zone, such "
                            "as 2021-06-17T10:00:00Z or 2021-06-17T12:00:00+02:00",
                            what, text.substr(0, 80)));
  return *t;
}

std::string to_iso8601(Timestamp t) {
  const Clock c = split(t);
  // The format is compiled with the program: `list` writes two of these per article, and parsing
  // the format string each time was a large part of listing a large store.
  return fmt::format(FMT_COMPILE("{:04}-{:02}-{:02}T{:02}:{:02}:{:02}Z"), c.date.y, c.date.m, c.date.d,
                     c.seconds_of_day / 3600, c.seconds_of_day / 60 % 60, c.seconds_of_day % 60);
}

std::string to_display(Timestamp t) {
  const Clock c = split(t);
  return fmt::format("{:04}-{:02}-{:02} {:02}:{:02} UTC", c.date.y, c.date.m, c.date.d,
                     c.seconds_of_day / 3600, c.seconds_of_day / 60 % 60);
}

double hours_between(Timestamp from, Timestamp to) noexcept {
  return static_cast<double>(to.seconds() - from.seconds()) / 3600.0;
}

}  // namespace revisor
