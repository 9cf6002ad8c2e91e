// git_delta: which pairs it encodes and how small; that a reader rebuilds the exact target is
// checked through real packs read by libgit2 and git (pack_writer_test.cpp).
#include "store/git_delta.h"

#include <catch2/catch.hpp>
#include <string>

using revisor::store::git_delta;

namespace {

std::string article(int paragraphs, const std::string& changed_word) {
  std::string s;
  for (int i = 0; i < paragraphs; ++i)
    s += "Paragraph " + std::to_string(i) + " reports that the ministry said on " +
         (i == paragraphs / 2 ? changed_word : std::string("Wednesday")) + " it would publish the figures.\n\n";
  return s;
}

}  // namespace

TEST_CASE("git_delta: one word changed in a long text costs a few bytes", "[store][delta]") {
  const std::string before = article(60, "Wednesday");
  const std::string after = article(60, "Thursday");
  const std::string delta = git_delta(before, after);
  REQUIRE(!delta.empty());
  CHECK(delta.size() < 64);
  // Sizes first, seven bits a byte: the base's, then the result's.
  CHECK(static_cast<unsigned char>(delta[0]) == (0x80 | (before.size() & 0x7f)));
}

TEST_CASE("git_delta: texts with little in common, or too short to share a key, are stored whole",
          "[store][delta]") {
  std::string numbers;
  for (int i = 0; numbers.size() < 4000; ++i) numbers += std::to_string(i * 7919) + "; ";
  CHECK(git_delta(article(40, "Friday"), numbers).empty());
  CHECK(git_delta("short", "short").empty());
  CHECK(git_delta(article(40, "Friday"), "").empty());
  CHECK(git_delta("", article(40, "Friday")).empty());
  // Half of it new: not worth a delta.
  CHECK(git_delta(article(40, "Friday"), article(40, "Friday").substr(0, 2000) + numbers).empty());
}
