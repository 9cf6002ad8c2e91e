#include <catch2/catch.hpp>

#include "report/html_escape.h"

using revisor::report::html_escape;
using revisor::report::safe_href;

TEST_CASE("html_escape: markup characters become references") {
  CHECK(html_escape("<script>alert('x')</script> & \"q\"") ==
        "&lt;script&gt;alert(&#39;x&#39;)&lt;/script&gt; &amp; &quot;q&quot;");
}

TEST_CASE("html_escape: characters XML forbids become U+FFFD, text is kept") {
  CHECK(html_escape(std::string("a\x1b"
                                "b\0c",
                                5)) ==
        "a\xEF\xBF\xBD"
        "b\xEF\xBF\xBD"
        "c");
  CHECK(html_escape("tab\tnl\n") == "tab\tnl\n");
  CHECK(html_escape("\xC2\x85") == "\xEF\xBF\xBD");  // C1 NEL
  CHECK(html_escape("\xFF"
                    "ok") ==
        "\xEF\xBF\xBD"
        "ok");  // invalid UTF-8
  CHECK(html_escape("Bj\xC3\xB6rk \xE2\x80\x9Cq\xE2\x80\x9D") == "Bj\xC3\xB6rk \xE2\x80\x9Cq\xE2\x80\x9D");
}

TEST_CASE("safe_href: only http(s) URLs become links") {
  CHECK(safe_href("https://a.example/x?a=1&b=2") == "https://a.example/x?a=1&amp;b=2");
  CHECK(safe_href("HTTP://a.example/") == "HTTP://a.example/");
  CHECK(safe_href("javascript:alert(1)").empty());
  CHECK(safe_href(" https://a.example").empty());
  CHECK(safe_href("https://a.example/\"onmouseover=x").find('"') == std::string::npos);
}
