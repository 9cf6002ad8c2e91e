#include "revisor/base/utf8.h"

#include <string>
#include <string_view>
#include <vector>

#include <catch2/catch.hpp>

using revisor::CodePoint;
using revisor::Utf8Scanner;

namespace {

std::vector<CodePoint> scan(std::string_view s) {
  std::vector<CodePoint> out;
  for (Utf8Scanner sc(s); !sc.done();) out.push_back(sc.next());
  return out;
}

}  // namespace

TEST_CASE("utf8 scanner: reads one to four byte sequences with their bytes") {
  const auto cps = scan("a\xC3\xA9\xE2\x80\xAE\xF0\x9F\x98\x80");
  REQUIRE(cps.size() == 4);
  CHECK(cps[0].value == U'a');
  CHECK(cps[1].value == U'\u00E9');
  CHECK(cps[2].value == U'\u202E');
  CHECK(cps[2].bytes == "\xE2\x80\xAE");
  CHECK(cps[3].value == U'\U0001F600');
  for (const auto& cp : cps) CHECK(cp.valid);
}

TEST_CASE("utf8 scanner: each bad byte is one U+FFFD and scanning resumes after it") {
  // a lone continuation byte, an overlong '/', an encoded surrogate, a truncated sequence
  for (std::string_view bad : {"\x80", "\xC0\xAF", "\xED\xA0\x80", "\xE2\x80"}) {
    INFO(std::string(bad));
    const auto cps = scan(std::string(bad) + "z");
    REQUIRE(cps.size() == bad.size() + 1);
    CHECK_FALSE(cps.front().valid);
    CHECK(cps.front().value == 0xFFFD);
    CHECK(cps.front().bytes.size() == 1);
    CHECK(cps.back().value == U'z');
  }
}
