#include "revisor/base/terminal_text.h"

#include <string>

#include <catch2/catch.hpp>

using revisor::terminal_cell;
using revisor::terminal_sanitize;

TEST_CASE("terminal text: escape sequences cannot reach the terminal") {
  const auto out = terminal_sanitize("red \x1b[31mX\x1b]0;title\x07 done\x7f");
  CHECK(out.find('\x1b') == std::string::npos);
  CHECK(out.find('\x07') == std::string::npos);
  CHECK(out.find('\x7f') == std::string::npos);
  CHECK(out.find("\xE2\x90\x9B[31mX") != std::string::npos);  // U+241B shows where ESC was
  CHECK(terminal_sanitize("a\nb") ==
        "a\xE2\x90\x8A"
        "b");
  CHECK(terminal_sanitize("a\nb", true) == "a\nb");
  CHECK(terminal_sanitize("x\xE2\x80\xAEy") == "x\xEF\xBF\xBDy");  // RIGHT-TO-LEFT OVERRIDE
  CHECK(terminal_sanitize("\xC2\x9B"
                          "2J") ==
        "\xEF\xBF\xBD"
        "2J");  // C1 CSI
}

TEST_CASE("terminal text: a table cell stays on one line and is sanitized like the rest") {
  CHECK(terminal_cell("Mayor\nresigns\tnow\r") == "Mayor resigns now ");
  CHECK(terminal_cell("a\x1b[31m\xE2\x81\xA6"
                      "b\xC2\x9B") ==
        "a\xE2\x90\x9B[31m\xEF\xBF\xBD"
        "b\xEF\xBF\xBD");
  CHECK(terminal_cell("Bj\xC3\xB6rk \xE2\x80\x9Cq\xE2\x80\x9D") == "Bj\xC3\xB6rk \xE2\x80\x9Cq\xE2\x80\x9D");
}

TEST_CASE("terminal text: invalid bytes between plain runs are replaced one by one, the runs kept") {
  CHECK(terminal_sanitize("ab\xFF"
                          "cd") ==
        "ab\xEF\xBF\xBD"
        "cd");
  // A sequence cut short at the end: each of its bytes is replaced.
  CHECK(terminal_sanitize("ab\xE2\x80") == "ab\xEF\xBF\xBD\xEF\xBF\xBD");
  CHECK(terminal_sanitize("") == "");
  CHECK(terminal_sanitize(std::string(1000, 'a') + "\x1b") == std::string(1000, 'a') + "\xE2\x90\x9B");
  CHECK(terminal_sanitize("caf\xC3\xA9\tok") == "caf\xC3\xA9\tok");
}
