#include "revisor/align/line_diff.h"

#include <string>
#include <vector>

#include <catch2/catch.hpp>

using revisor::align::line_hunks;
using revisor::align::LineHunk;
using revisor::align::LineOp;

namespace {

// Applies the hunks to `old_text` the way patch does (checking every kept and removed line), so a
// diff that patch would reject fails here too.
std::string patched(const std::string& old_text, const std::vector<LineHunk>& hunks) {
  std::vector<std::string> lines;
  for (std::size_t b = 0; b < old_text.size();) {
    const auto nl = old_text.find('\n', b);
    const auto e = nl == std::string::npos ? old_text.size() : nl + 1;
    lines.push_back(old_text.substr(b, e - b));
    b = e;
  }
  std::string out;
  std::size_t next = 0;  // 0-based old line not yet copied
  for (const auto& h : hunks) {
    const std::size_t first = h.old_count == 0 ? h.old_start : h.old_start - 1;
    REQUIRE(first >= next);
    for (; next < first; ++next) out += lines[next];
    for (const auto& l : h.lines) {
      const std::string text = std::string(l.text) + (l.ends_text ? "" : "\n");
      if (l.op != LineOp::insert) {
        REQUIRE(next < lines.size());
        REQUIRE(lines[next] == text);
        ++next;
      }
      if (l.op != LineOp::remove) out += text;
    }
  }
  for (; next < lines.size(); ++next) out += lines[next];
  return out;
}

}  // namespace

TEST_CASE("line_hunks: equal texts give no hunks, an empty side starts at line 0", "[align][lines]") {
  CHECK(line_hunks("a\nb\n", "a\nb\n").empty());
  const auto added = line_hunks("", "a\nb\n");
  REQUIRE(added.size() == 1);
  CHECK(added[0].old_start == 0);
  CHECK(added[0].old_count == 0);
  CHECK(added[0].new_start == 1);
  CHECK(added[0].new_count == 2);
  const auto removed = line_hunks("a\nb\nc\n", "a\n");
  REQUIRE(removed.size() == 1);
  CHECK(removed[0].old_start == 1);
  CHECK(removed[0].old_count == 3);
  CHECK(removed[0].new_start == 1);
  CHECK(removed[0].new_count == 1);
}

TEST_CASE("line_hunks: patching the old text with the hunks gives the new text", "[align][lines]") {
  const std::vector<std::pair<std::string, std::string>> cases = {
      {"H\n\nA\n\nB\n\nC\n", "H\n\nA\n\nB2\n\nC\n\nD\n"},
      {"H\n\nA\n\nB\n", "H2\n\nB\n\nA\n"},
      {"one\ntwo", "one\ntwo\n"},
      {"x\n", "y"},
      {"", "only\n"},
      {"gone\n", ""},
  };
  for (const auto& [a, b] : cases) {
    INFO(a << "-->" << b);
    CHECK(patched(a, line_hunks(a, b)) == b);
    CHECK(patched(a, line_hunks(a, b, 0)) == b);
  }
  // Far apart changes get their own hunks; a long rewrite past the size bound still patches right.
  std::string old_text;
  std::string new_text;
  for (int i = 0; i < 8000; ++i) {
    old_text += "line " + std::to_string(i) + "\n";
    new_text += "line " + std::to_string(i % 3 == 0 ? i : 20000 + i) + "\n";
  }
  CHECK(patched(old_text, line_hunks(old_text, new_text)) == new_text);
  std::string far = old_text;
  far.replace(far.find("line 10\n"), 8, "line ten\n");
  far.replace(far.find("line 7000\n"), 10, "line seven thousand\n");
  const auto hunks = line_hunks(old_text, far);
  CHECK(hunks.size() == 2);
  CHECK(patched(old_text, hunks) == far);
}
