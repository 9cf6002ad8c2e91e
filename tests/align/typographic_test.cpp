#include <catch2/catch.hpp>

#include "revisor/align/aligner.h"
#include "revisor/text/document.h"

using namespace revisor;
using text::Document;

TEST_CASE("a name with its accents restored or dropped is a typographic edit, another letter is not", "[align]") {
  auto a = Document::parse("H\n\nOn Sunday Orban met Vucic. Later Erdogan spoke. Then Muller resigned.");
  auto b = Document::parse("H\n\nOn Sunday Orbán met Vučić. Later Erdoğan spoke. Then Miller resigned.");
  auto cs = align::align(a, b);
  REQUIRE(cs.changes.size() == 3);
  CHECK(cs.changes[0].typographic_only());
  CHECK(cs.changes[0].edits.size() == 2);
  CHECK(cs.changes[1].typographic_only());
  CHECK_FALSE(cs.changes[2].typographic_only());
}

TEST_CASE("an accent that makes another word is no typographic edit", "[align]") {
  auto a = Document::parse("H\n\nDer Vertrag wurde unterschrieben. Esta es la casa. La Mutter kam.");
  auto b = Document::parse("H\n\nDer Vertrag würde unterschrieben. Está es la casa. La Mütter kam.");
  auto cs = align::align(a, b);
  REQUIRE(cs.changes.size() == 3);
  for (const auto& c : cs.changes) CHECK_FALSE(c.typographic_only());
}

TEST_CASE("a capital of any script starts a name whose accents may fold", "[align]") {
  auto a = Document::parse("H\n\nOn Monday Ngo Bao Chau spoke.");
  auto b = Document::parse("H\n\nOn Monday Ngô Bảo Châu spoke.");
  auto cs = align::align(a, b);
  REQUIRE(cs.changes.size() == 1);
  CHECK(cs.changes[0].typographic_only());
}
