#include "revisor/text/document.h"

#include <catch2/catch.hpp>

#include "revisor/base/error.h"

using revisor::text::Document;

TEST_CASE("Document splits headline, paragraphs, sentences and tokens", "[text]") {
  Document d = Document::parse("Big news\n\nErdogan said Thursday. Biden agreed.\n\nSecond paragraph here.");
  REQUIRE(d.paragraphs().size() == 3);
  CHECK(d.headline_text() == "Big news");
  REQUIRE(d.sentences().size() == 4);
  CHECK(d.slice(d.sentences()[1].span) == "Erdogan said Thursday.");
  CHECK(d.slice(d.sentences()[2].span) == "Biden agreed.");
  CHECK(d.sentences()[3].paragraph == 2);
  const auto& s = d.sentences()[1];
  REQUIRE(s.token_count == 4);
  CHECK(d.tokens()[s.first_token].key == "erdogan");
  CHECK(s.key == "erdogan said thursday .");
}

TEST_CASE("Document comparison keys fold case, quotes and dashes", "[text]") {
  Document a = Document::parse("H\n\n\u201cIt\u2019s done\u201d \u2014 he said.");
  Document b = Document::parse("H\n\n\"it's done\" - he said.");
  CHECK(a.sentences()[1].key == b.sentences()[1].key);
}

TEST_CASE("Document refuses invalid UTF-8", "[text]") {
  CHECK_THROWS_AS(Document::parse(std::string("H\n\nbad \xff byte")), revisor::Error);
}
