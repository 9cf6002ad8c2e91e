#include <catch2/catch.hpp>

#include "analyze/relative_dates.h"

using namespace revisor;
using namespace revisor::analyze;

namespace {

// 2026-04-01 was a Wednesday.
Timestamp at(const char* when) { return parse_timestamp(when); }

}  // namespace

TEST_CASE("a day written as a weekday, relative to publication or as a date is one day") {
  const auto wednesday_noon = at("2026-04-01T12:00:00Z");
  const auto thursday = at("2026-04-02T15:00:00Z");
  CHECK(same_day("Wednesday", wednesday_noon, "April 1", thursday));
  CHECK(same_day("on Wednesday", wednesday_noon, "on April 1st", thursday));
  CHECK(same_day("today", wednesday_noon, "Wednesday", thursday));
  CHECK(same_day("Wednesday", wednesday_noon, "yesterday", thursday));
  CHECK(same_day("Wednesday", wednesday_noon, "Wednesday, April 1", thursday));
  CHECK(same_day("1 April", wednesday_noon, "Wednesday", wednesday_noon));
  // Late on Tuesday evening in New York it is already Wednesday in UTC.
  CHECK(same_day("tonight", at("2026-04-01T02:00:00Z"), "Tuesday", thursday));
  // A part of the day dropped: the same day, told less precisely.
  CHECK(same_day("Wednesday evening", wednesday_noon, "April 1", thursday));
  CHECK(same_day("on Wednesday morning", wednesday_noon, "on Wednesday", thursday));
}

TEST_CASE("another day, or more than a day, is not the same day") {
  const auto wednesday_noon = at("2026-04-01T12:00:00Z");
  const auto thursday = at("2026-04-02T15:00:00Z");
  CHECK_FALSE(same_day("Wednesday", wednesday_noon, "Thursday", thursday));
  CHECK_FALSE(same_day("Wednesday", wednesday_noon, "April 2", thursday));
  CHECK_FALSE(same_day("today", wednesday_noon, "today", thursday));
  CHECK_FALSE(same_day("Wednesday", wednesday_noon, "Wednesday morning", thursday));
  CHECK_FALSE(same_day("Wednesday evening", wednesday_noon, "April 2", thursday));
  CHECK_FALSE(same_day("Wednesday", wednesday_noon, "12", thursday));
  CHECK_FALSE(same_day("April", wednesday_noon, "Wednesday", thursday));
  // A weekday names a day within a week of the version, not one a month away.
  CHECK_FALSE(same_day("Wednesday", wednesday_noon, "April 29", at("2026-04-29T12:00:00Z")));
}
