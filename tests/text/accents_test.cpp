#include "revisor/text/accents.h"

#include <catch2/catch.hpp>

using namespace revisor::text;

TEST_CASE("accents come off letters that decompose, other letters stay") {
  CHECK(without_accents("Vučić") == "Vucic");
  CHECK(without_accents("Orbán’s") == "Orban’s");
  CHECK(without_accents("Erdoğan") == "Erdogan");
  CHECK(without_accents("garçon à l'été") == "garcon a l'ete");
  CHECK(without_accents("Łódź") == "Łodz");  // the stroke of Ł is no accent
  CHECK(without_accents("Straße") == "Straße");
  CHECK(without_accents("plain ASCII") == "plain ASCII");
  CHECK(without_accents("") == "");
}

TEST_CASE("a name keeps its diaeresis, which German inflects with") {
  CHECK(name_without_accents("Mütter") == "Mütter");
  CHECK(name_without_accents("Vučić") == "Vucic");
  CHECK(name_without_accents("Zoë Núñez") == "Zoë Nunez");
  CHECK(name_without_accents("\u0308x") == "\u0308x");  // a lone mark stays where it was
}

TEST_CASE("two words are the same but for accents only when their letters agree") {
  CHECK(same_but_accents("vucic", "vučić"));
  CHECK_FALSE(same_but_accents("vucic", "vucic"));
  CHECK_FALSE(same_but_accents("muller", "miller"));
  CHECK_FALSE(same_but_accents("müller", "miller"));
}

TEST_CASE("a capital of any script starts a word") {
  CHECK(starts_with_capital("Orbán"));
  CHECK(starts_with_capital("Ấn"));
  CHECK(starts_with_capital("İmamoğlu"));
  CHECK_FALSE(starts_with_capital("ấn"));
  CHECK_FALSE(starts_with_capital("orbán"));
  CHECK_FALSE(starts_with_capital(""));
}
