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
