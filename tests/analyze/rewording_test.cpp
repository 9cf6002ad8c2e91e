#include <catch2/catch.hpp>

#include <string>
#include <string_view>
#include <vector>

#include "analyze/rewording.h"

using namespace revisor::analyze;

namespace {

bool reworded(std::vector<std::string> gone, std::vector<std::string> added,
              StemLanguage language = StemLanguage::english) {
  return same_words_reworded(gone, added, language);
}

}  // namespace

TEST_CASE("words in other forms or put for their synonyms pair off one to one") {
  CHECK(reworded({"purchased", "plant"}, {"bought", "plants"}));
  CHECK(reworded({"rose"}, {"risen"}));
  CHECK(reworded({"capture"}, {"captured"}));
  CHECK(reworded({"big", "ship"}, {"ship", "large"}));
  CHECK(reworded({"blessés"}, {"blessé"}, StemLanguage::french));
  // Another word, another count of words, or nothing at all is not a rewording.
  CHECK_FALSE(reworded({"purchased"}, {"sold"}));
  CHECK_FALSE(reworded({"big", "plant"}, {"large"}));
  CHECK_FALSE(reworded({}, {}));
  // Synonyms come from WordNet, which is English.
  CHECK_FALSE(reworded({"grand"}, {"large"}, StemLanguage::french));
}

TEST_CASE("a name is spelled out from its initials") {
  const std::vector<std::string_view> us = {"United", "States"};
  const std::vector<std::string_view> fema = {"Federal", "Emergency", "Management", "Agency"};
  const std::vector<std::string_view> cdc = {"Centers", "for", "Disease", "Control"};
  CHECK(is_acronym_of("US", us));
  CHECK(is_acronym_of("U.S.", us));
  CHECK(is_acronym_of("FEMA", fema));
  CHECK(is_acronym_of("CDC", cdc));
  CHECK_FALSE(is_acronym_of("UN", us));
  CHECK_FALSE(is_acronym_of("us", us));
  CHECK_FALSE(is_acronym_of("U", {us.data(), 1}));
}

TEST_CASE("what was expected told as done came to pass, what is still to come did not") {
  CHECK(came_to_pass(std::vector<std::string>{"expected", "make"}, std::vector<std::string>{"made"}));
  CHECK(came_to_pass(std::vector<std::string>{"scheduled", "launch"}, std::vector<std::string>{"launched"}));
  CHECK_FALSE(came_to_pass(std::vector<std::string>{"expected", "rise"}, std::vector<std::string>{"rises"}));
  CHECK_FALSE(came_to_pass(std::vector<std::string>{"expected", "make"}, std::vector<std::string>{"cancelled"}));
  CHECK_FALSE(came_to_pass(std::vector<std::string>{"make"}, std::vector<std::string>{"made"}));
  CHECK(came_to_pass(std::vector<std::string>{"expected"}, std::vector<std::string>{"scheduled"}));
  CHECK_FALSE(came_to_pass(std::vector<std::string>{"expected"}, std::vector<std::string>{"cancelled"}));
}
