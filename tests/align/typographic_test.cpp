#include <catch2/catch.hpp>

#include "revisor/align/aligner.h"
#include "revisor/text/document.h"

using namespace revisor;
using text::Document;

TEST_CASE("a name with its accents restored or dropped is a typographic edit, another letter is not", "[align]") {
  auto a = Document::parse("H\n\nOrban met Vucic on Sunday. Erdogan spoke later. Muller resigned.");
  auto b = Document::parse("H\n\nOrbán met Vučić on Sunday. Erdoğan spoke later. Miller resigned.");
  auto cs = align::align(a, b);
  REQUIRE(cs.changes.size() == 3);
  CHECK(cs.changes[0].typographic_only());
  CHECK(cs.changes[0].edits.size() == 2);
  CHECK(cs.changes[1].typographic_only());
  CHECK_FALSE(cs.changes[2].typographic_only());
}
