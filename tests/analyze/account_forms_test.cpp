#include "analyze/account_forms.h"

#include <string>

#include <catch2/catch.hpp>

using namespace revisor::analyze::patterns;

TEST_CASE("abbreviations' full stops are masked, sentence ends are kept, and the length holds") {
  const std::string text =
      "Gov. Alan R. Pike spoke at 2 p.m. ET on Nov. 30 in the U.S. capital. It was sold to Fox. Fox said so.";
  const std::string masked = mask_abbreviation_points(text);
  REQUIRE(masked.size() == text.size());
  CHECK(masked.find("Gov.") == std::string::npos);
  CHECK(masked.find("R.") == std::string::npos);
  CHECK(masked.find("p.m. ") == std::string::npos);
  CHECK(masked.find("Nov.") == std::string::npos);
  CHECK(masked.find("capital. It") != std::string::npos);
  CHECK(masked.find("Fox. Fox") != std::string::npos);  // a three-letter name ends its sentence
}

TEST_CASE("a denial holds more negations than the claim it answers, in any supported language") {
  CHECK(denies("the mayor had resigned", "In fact, the mayor has not resigned"));
  CHECK(denies("he was sorry", "he isn't sorry"));
  CHECK(denies("", "o presidente não recebe salário"));
  CHECK(denies("", "le ministre n'a jamais dit cela"));
  CHECK(denies("", "der Minister hat das nicht gesagt"));
  CHECK_FALSE(denies("the mayor had not resigned", "the mayor has not resigned either"));
  CHECK_FALSE(denies("the bridge opened in May", "The bridge opened in June"));
  CHECK_FALSE(denies("", "Notably, the nothingness of Nordic noir"));  // words that start with "no"
}

TEST_CASE("speech is someone's, not the article's") {
  CHECK(reports_speech("Ms. Okafor called the proposal reckless"));
  CHECK(reports_speech("os moradores não se referiram à obra"));
  CHECK(reports_speech("le ministre a déclaré hier"));
  CHECK_FALSE(reports_speech("An earlier version of this story said the ferry was a gift"));
  CHECK_FALSE(reports_speech("We wrongly said the ferry was a gift"));
  CHECK_FALSE(reports_speech("The ferry was a gift"));
}

TEST_CASE("a cleft gives the value it puts in focus") {
  CHECK(cleft_focus("it was Denmark that made the offer") == std::optional<std::string_view>("Denmark"));
  CHECK(cleft_focus("It was the deputy mayor who resigned") ==
        std::optional<std::string_view>("the deputy mayor"));
  CHECK(cleft_focus("c'est Paul qui a signé") == std::optional<std::string_view>("Paul"));
  CHECK(cleft_focus("foi Maria quem assinou") == std::optional<std::string_view>("Maria"));
  CHECK_FALSE(cleft_focus("it was raining when the offer was made"));
  CHECK_FALSE(cleft_focus("The offer was made by Denmark"));
}

TEST_CASE("the maker of a work and the claimant of an account are named") {
  CHECK(names_maker_or_claimant("It was in fact jointly researched and authored by two charities"));
  CHECK(names_maker_or_claimant("La photo a été réalisée par un amateur"));
  CHECK(names_maker_or_claimant("Opposition councillors contend that the donor lobbied"));
  CHECK_FALSE(names_maker_or_claimant("The council voted for the grant"));
  CHECK_FALSE(names_maker_or_claimant("The grant was approved by the council"));
}
