#include "revisor/base/timestamp.h"

#include <catch2/catch.hpp>

#include "revisor/base/error.h"

using revisor::Error;
using revisor::Timestamp;

namespace {
std::int64_t parse_observed_time(std::string_view text, std::string_view what = "time") {
  return revisor::parse_timestamp(text, what).seconds();
}
std::string format_observed_time(std::int64_t seconds) {
  return revisor::to_iso8601(Timestamp::from_seconds(seconds));
}
}  // namespace

TEST_CASE("parse_timestamp reads ISO 8601 with a zone and normalizes to UTC", "[base]") {
  CHECK(parse_observed_time("1970-01-01T00:00:00Z") == 0);
  CHECK(parse_observed_time("2021-06-17T10:00:00Z") == 1623924000);
  CHECK(parse_observed_time("2021-06-17T12:00:00+02:00") == 1623924000);
  CHECK(parse_observed_time("2021-06-17T05:30-0430") == 1623924000);
  CHECK(parse_observed_time("2021-06-17 10:00:00.987Z") == 1623924000);
  CHECK(parse_observed_time("2021-06-17") == 1623888000);
  CHECK(parse_observed_time("2024-02-29T23:59:59Z") == 1709251199);
  CHECK(format_observed_time(1623924000) == "2021-06-17T10:00:00Z");
  CHECK(format_observed_time(parse_observed_time("2021-06-17T12:34:56+02:00")) ==
        "2021-06-17T10:34:56Z");
  CHECK(format_observed_time(1709251199) == "2024-02-29T23:59:59Z");
}

TEST_CASE("parse_timestamp refuses malformed, zoneless and impossible times", "[base]") {
  for (const char* bad :
       {"", "yesterday", "2021-06-17T10:00:00", "2021-13-01", "2021-02-29", "2021-06-17T24:00Z",
        "2021-06-17T10:00:00Zjunk", "1969-12-31T23:59:59Z", "21-06-17", "2021-06-17T10Z",
        "2021-06-17T10:00:00+25:00"}) {
    INFO(bad);
    try {
      parse_observed_time(bad, "--observed-at");
      FAIL("accepted");
    } catch (const Error& e) {
      CHECK(e.exit_code() == 2);
      CHECK_THAT(e.what(), Catch::Contains("--observed-at") && Catch::Contains("ISO 8601"));
    }
  }
}

TEST_CASE("try_parse_timestamp gives nothing where parse_timestamp would refuse", "[base]") {
  CHECK_FALSE(revisor::try_parse_timestamp("2021-06-17T10:00:00").has_value());
  CHECK_FALSE(revisor::try_parse_timestamp("").has_value());
  REQUIRE(revisor::try_parse_timestamp("2026-03-03T07:13:06.592185+00:00").has_value());
  CHECK(revisor::try_parse_timestamp("2026-03-03T07:13:06.592185+00:00")->seconds() ==
        parse_observed_time("2026-03-03T07:13:06Z"));
}

TEST_CASE("try_parse_timestamp reads offsets and drops fractions of a second", "[base]") {
  // What the audit summary's own lenient parser accepted before there was one time type.
  CHECK(revisor::try_parse_timestamp("1970-01-02T00:00:00Z")->seconds() == 86400);
  CHECK(*revisor::try_parse_timestamp("2021-06-17T10:00:00.5+02:00") ==
        *revisor::try_parse_timestamp("2021-06-17T08:00:00Z"));
  CHECK_FALSE(revisor::try_parse_timestamp("yesterday"));
}

TEST_CASE("to_display shows a timestamp to the minute in UTC", "[base]") {
  CHECK(revisor::to_display(Timestamp::from_seconds(1623924059)) == "2021-06-17 10:00 UTC");
  CHECK(revisor::to_display(Timestamp()) == "1970-01-01 00:00 UTC");
}

TEST_CASE("Timestamps order by time and hours_between measures the gap", "[base]") {
  const Timestamp a = revisor::parse_timestamp("2021-06-17T10:00:00Z");
  const Timestamp b = revisor::parse_timestamp("2021-06-17T13:30:00+01:00");
  CHECK(a < b);
  CHECK(revisor::hours_between(a, b) == Approx(2.5));
  CHECK(revisor::hours_between(b, a) == Approx(-2.5));
}
