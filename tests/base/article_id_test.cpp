#include "revisor/base/article_id.h"

#include <catch2/catch.hpp>
#include <string>

#include "revisor/base/error.h"

using revisor::ArticleId;
using revisor::Error;
using revisor::ErrorKind;

namespace {

// The message of the error ArticleId(id) throws, or "" when it accepts the id.
std::string refusal(const std::string& id) {
  try {
    ArticleId a(id);
    return "";
  } catch (const Error& e) {
    CHECK(e.kind() == ErrorKind::bad_input);
    CHECK(e.exit_code() == 2);
    return e.what();
  }
}

}  // namespace

TEST_CASE("ArticleId accepts letters, digits, '-', '_', '.' in segments", "[base]") {
  for (std::string id : {"a", "cnbc/2021/06/erdogan-s400", "x_1.v2", "A-B/c.d/E_F", "9"}) {
    INFO(id);
    CHECK(refusal(id).empty());
    CHECK(ArticleId(id).str() == id);
  }
  CHECK(refusal(std::string(ArticleId::kMaxBytes, 'a')).empty());
}

TEST_CASE("ArticleId refuses bad ids and says why", "[base]") {
  struct Case {
    std::string id;
    std::string why;
  };
  for (const Case& c : {Case{"", "empty"}, Case{"a b", "contains ' '"}, Case{"a//b", "empty segment"},
                        Case{"/a", "empty segment"}, Case{"a/", "empty segment"},
                        Case{"a/../b", "\"..\""}, Case{"a..b", "\"..\""}, Case{".", "starts with '.'"},
                        Case{"a/.hidden", "starts with '.'"}, Case{"a.", "ends with '.'"},
                        Case{"x.lock", "ends with \".lock\""}, Case{"caf\xc3\xa9", "byte 0xc3"},
                        Case{"a\nb", "byte 0x0a"}, Case{"a:b", "contains ':'"},
                        Case{"a~1", "contains '~'"}, Case{std::string(201, 'a'), "201 bytes"}}) {
    INFO(c.id);
    auto msg = refusal(c.id);
    CHECK_THAT(msg, Catch::Contains(c.why));
    CHECK_THAT(msg, Catch::Contains("an article id is"));
  }
}

TEST_CASE("ArticleId compares by value", "[base]") {
  CHECK(ArticleId("a/b") == ArticleId("a/b"));
  CHECK(ArticleId("a/b") < ArticleId("a/c"));
}
