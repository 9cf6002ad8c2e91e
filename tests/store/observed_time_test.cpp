#include "revisor/store/observed_time.h"

#include <catch2/catch.hpp>

#include "revisor/base/error.h"

using revisor::Error;
using revisor::store::format_observed_time;
using revisor::store::parse_observed_time;

TEST_CASE("parse_observed_time reads ISO 8601 with a zone and normalizes to UTC", "[store]") {
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

TEST_CASE("parse_observed_time refuses malformed, zoneless and impossible times", "[store]") {
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
