#include <catch2/catch.hpp>

#include "analyze/synonyms.h"

using namespace revisor::analyze;

// These read Debian's WordNet (wordnet-base), which scripts/deps installs.

TEST_CASE("synonyms share a WordNet synset, in any of their forms") {
  CHECK(same_sense("strait", "sound"));
  CHECK(same_sense("purchased", "bought"));
  CHECK_FALSE(same_sense("bought", "sold"));
  CHECK_FALSE(same_sense("ship", "ship"));
}

TEST_CASE("irregular forms of one word share a base form") {
  CHECK(same_base_form("rose", "risen"));
  CHECK(same_base_form("were", "be"));
  CHECK_FALSE(same_base_form("rose", "fell"));
}

TEST_CASE("a more general word for the same thing is broader, a word beside it is not") {
  CHECK(broader_or_narrower("plane", "aircraft"));
  CHECK(broader_or_narrower("aircraft", "plane"));
  CHECK(broader_or_narrower("flowing", "moving"));
  CHECK(broader_or_narrower("travelers", "passengers"));
  // Under one general term, or opposites: other claims.
  CHECK_FALSE(broader_or_narrower("town", "city"));
  CHECK_FALSE(broader_or_narrower("increased", "decreased"));
  CHECK_FALSE(broader_or_narrower("bought", "sold"));
  CHECK_FALSE(broader_or_narrower("killed", "injured"));
  CHECK_FALSE(broader_or_narrower("plane", "plane"));
}

TEST_CASE("a word WordNet knows only as an adjective or adverb is a modifier") {
  CHECK(only_modifier("fierce"));
  CHECK(only_modifier("quickly"));
  CHECK_FALSE(only_modifier("ship"));
  CHECK_FALSE(only_modifier("zzqx"));
}
