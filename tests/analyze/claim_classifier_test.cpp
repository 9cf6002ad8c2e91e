#include <catch2/catch.hpp>

#include <string>

#include "revisor/align/aligner.h"
#include "revisor/analyze/claim_classifier.h"
#include "revisor/text/document.h"

using namespace revisor;
using namespace revisor::analyze;

namespace {

// One sentence changed by hand: the words `from` in `before` replaced by `to`, as one WordEdit.
Category classify(const std::string& before, const std::string& from, const std::string& to) {
  std::string after = before;
  auto at = after.find(from);
  REQUIRE(at != std::string::npos);
  after.replace(at, from.size(), to);
  auto b = text::Document::parse("Headline\n\n" + before + "\n");
  auto a = text::Document::parse("Headline\n\n" + after + "\n");
  const auto offset = static_cast<std::uint32_t>(std::string("Headline\n\n").size() + at);
  align::SentenceChange change;
  change.op = align::SentenceOp::modify;
  change.old_sentences = {1};
  change.new_sentences = {1};
  align::WordEdit e;
  e.op = align::EditOp::replace;
  e.old_span = {offset, offset + static_cast<std::uint32_t>(from.size())};
  e.new_span = {offset, offset + static_cast<std::uint32_t>(to.size())};
  change.edits = {e};
  return classify_edit(b, a, change, e);
}

}  // namespace

TEST_CASE("wording edits get the category of the claim they change") {
  const std::string s = "Mayor Ann Lee said on Wednesday that the city will spend 48 million euros on the port.";
  CHECK(classify(s, "Wednesday", "Thursday") == Category::date);
  CHECK(classify(s, "48", "84") == Category::number);
  CHECK(classify(s, "Ann Lee", "Anne Leigh") == Category::attribution);
  CHECK(classify(s, "Mayor", "Governor") == Category::title);
  CHECK(classify(s, "will spend", "will not spend") == Category::negation);
  CHECK(classify(s, "the port", "the harbour") == Category::fact);
  CHECK(classify("Officials in Kelsby approved the plan.", "Kelsby", "Kelsbury") == Category::name);
  CHECK(classify("He called it \"a fair deal\" on Monday.", "fair", "good") == Category::quote);
}

TEST_CASE("typos, typography and style are not substantive") {
  const std::string s = "The goverment approved the plan, the minister said.";
  CHECK(classify(s, "goverment", "government") == Category::typo);
  CHECK(classify(s, "the minister said", "the minister says") == Category::style);
  CHECK(classify(s, "The goverment", "the goverment") == Category::typographic);
  CHECK_FALSE(is_substantive(Category::typo));
  CHECK_FALSE(is_substantive(Category::style));
  CHECK_FALSE(is_substantive(Category::typographic));
  CHECK(is_substantive(Category::date));
}

TEST_CASE("a changed tense or a pronoun for its noun is style, a changed verb or person is not") {
  const std::string live = "The crew will capture images as the capsule passes the moon.";
  CHECK(classify(live, "will capture", "captured") == Category::style);
  CHECK(classify(live, "passes", "has passed") == Category::style);
  CHECK(classify("The blackout will occur near the moon.", "will occur", "occurred") == Category::style);
  CHECK(classify("Jurors awarded her $17.5 million.", "Jurors", "They") == Category::style);
  CHECK(classify("Fans crowded around their bus.", "their", "the team") == Category::style);
  // Another verb, another person, or a noun for another noun still changes the claim.
  CHECK(classify(live, "will capture", "will delete") == Category::fact);
  CHECK(classify("It wouldn't be an issue.", "wouldn't", "won't") == Category::style);
  CHECK(classify("It wouldn't be an issue.", "wouldn't", "would") == Category::negation);
  CHECK(classify("He was in the hospital with his son.", "his", "her") == Category::fact);
  CHECK(classify("He was in the hospital with his son.", "He", "She") == Category::fact);
  CHECK(classify("Fans crowded around their bus.", "their", "the police") == Category::style);
  CHECK(classify("Fans crowded around the team bus.", "team", "police") == Category::fact);
}

TEST_CASE("classify_transition categorises the aligner's changes, added sentences by content") {
  auto b = text::Document::parse("Port plan\n\nThe port will cost 48 million euros.\n");
  auto a = text::Document::parse("Port plan\n\nThe port will cost 84 million euros.\n\n\"It is a good plan,\" Lee said.\n");
  auto t = classify_transition(1, align::align(b, a), b, a);
  CHECK(t.from == 1);
  CHECK(t.to == 2);
  REQUIRE(t.changes.changes.size() == 2);
  CHECK(t.sentence_categories[0] == Category::number);
  CHECK(t.sentence_categories[1] == Category::quote);
  CHECK(more_substantive(Category::typo, Category::date) == Category::date);
  CHECK(category_rank(Category::typographic) < category_rank(Category::fact));
}

TEST_CASE("the headline's category is its most substantive edit, by the rule of body sentences") {
  // "Monday" -> "Tuesday" (a date) comes after "Mayor" -> "Governor" (a title) in reading order: the
  // date ranks higher, so it names the change whichever edit comes first.
  const auto text = [](const std::string& head) { return head + "\n\nThe council met.\n"; };
  auto b = text::Document::parse(text("Mayor says vote is on Monday"));
  auto a = text::Document::parse(text("Governor says vote is on Tuesday"));
  auto t = classify_transition(1, align::align(b, a), b, a);
  REQUIRE(t.headline_categories.size() >= 2);
  CHECK(t.headline_categories[0] != Category::date);
  CHECK(t.headline_category == Category::date);
  CHECK(t.headline_category == change_category(t.changes.headline, t.headline_categories, b, a));
  Category most = Category::typographic;
  for (auto c : t.headline_categories) most = more_substantive(most, c);
  CHECK(t.headline_category == most);

  // A body sentence with the same two edits gets the same category.
  auto bb = text::Document::parse("Port plan\n\nMayor says vote is on Monday.\n");
  auto ba = text::Document::parse("Port plan\n\nGovernor says vote is on Tuesday.\n");
  auto body = classify_transition(1, align::align(bb, ba), bb, ba);
  REQUIRE(body.sentence_categories.size() == 1);
  CHECK(body.sentence_categories[0] == t.headline_category);
}
