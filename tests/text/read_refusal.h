// read_refusal: what read_article says when it refuses an input, for the text tests.
#pragma once

#include <catch2/catch.hpp>

#include <string>
#include <string_view>

#include "revisor/base/error.h"
#include "revisor/text/article_text.h"

namespace revisor::test {

// The message of the bad_input error read_article throws, or "" when it accepts the input.
inline std::string read_refusal(std::string_view bytes, std::string_view name) {
  try {
    text::read_article(bytes, name);
  } catch (const Error& e) {
    CHECK(e.kind() == ErrorKind::bad_input);
    return e.what();
  }
  return "";
}

}  // namespace revisor::test
