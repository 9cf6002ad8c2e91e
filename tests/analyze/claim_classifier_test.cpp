#include <catch2/catch.hpp>

#include <optional>
#include <string>
#include <string_view>

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

// The edit `from` -> `to` in the body sentence `sentence` (1 = the first after the headline) of an
// article whose body is `body`; an empty `from` inserts `to` where `anchor` starts. `headline`
// replaces the headline, and an edit inside it is the one classified when `sentence` is 0.
Category classify_at(const std::string& body, const std::string& from, const std::string& to,
                     std::uint32_t sentence, const std::string& anchor = "",
                     const std::string& headline = "Headline") {
  const std::string whole = headline + "\n\n" + body + "\n";
  const auto at = whole.find(from.empty() ? anchor : from, sentence == 0 ? 0 : headline.size());
  REQUIRE(at != std::string::npos);
  std::string changed = whole;
  changed.replace(at, from.size(), to);
  auto b = text::Document::parse(whole);
  auto a = text::Document::parse(changed);
  align::SentenceChange change;
  change.op = align::SentenceOp::modify;
  change.old_sentences = {sentence};
  change.new_sentences = {sentence};
  align::WordEdit e;
  e.op = from.empty() ? align::EditOp::insert : align::EditOp::replace;
  const auto begin = static_cast<std::uint32_t>(at);
  e.old_span = {begin, begin + static_cast<std::uint32_t>(from.size())};
  e.new_span = {begin, begin + static_cast<std::uint32_t>(to.size())};
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
  CHECK(classify(s, "the port", "the school") == Category::fact);
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

namespace {

// One edit of a sentence rewritten by hand: `before` -> `after`, where the edit replaces the first
// `from` of `before` by the first `to` of `after` (an empty side is an insertion or a removal at
// the position of the text that follows it).
Category classify_in(const std::string& before, const std::string& after, const std::string& from,
                     const std::string& to, const std::string& old_anchor = "", const std::string& new_anchor = "") {
  const std::string head = "Headline\n\n";
  auto b = text::Document::parse(head + before + "\n");
  auto a = text::Document::parse(head + after + "\n");
  auto at = [&](const std::string& s, const std::string& needle, const std::string& anchor) {
    auto p = s.find(needle.empty() ? anchor : needle);
    REQUIRE(p != std::string::npos);
    return static_cast<std::uint32_t>(head.size() + p);
  };
  const auto ob = at(before, from, old_anchor);
  const auto nb = at(after, to, new_anchor);
  align::SentenceChange change;
  change.op = align::SentenceOp::modify;
  change.old_sentences = {1};
  change.new_sentences = {1};
  align::WordEdit e;
  e.op = align::EditOp::replace;
  e.old_span = {ob, ob + static_cast<std::uint32_t>(from.size())};
  e.new_span = {nb, nb + static_cast<std::uint32_t>(to.size())};
  change.edits = {e};
  return classify_edit(b, a, change, e);
}

}  // namespace

TEST_CASE("words moved within their sentence, and a number spelled out, are style") {
  const std::string before = "Officials in Kelsby approved the plan on Monday, the mayor said.";
  const std::string after = "On Monday, officials in Kelsby approved the plan, the mayor said.";
  CHECK(classify_in(before, after, " on Monday", "", "", ", the mayor") == Category::style);
  CHECK(classify_in(before, after, "", "On Monday, ", "Officials", "") == Category::style);
  // The same words with one of them changed is not a reordering.
  const std::string changed = "On Tuesday, officials in Kelsby approved the plan, the mayor said.";
  CHECK(classify_in(before, changed, " on Monday", "", "", ", the mayor") == Category::date);
  CHECK(classify("Police said twelve people were hurt.", "twelve", "12") == Category::style);
  CHECK(classify("Police said 12 people were hurt.", "12", "eleven") == Category::number);
}

TEST_CASE("detail added to a sentence that keeps its claims is style, not a stealth edit") {
  CHECK(classify("Republican Rep. Morgan Meyer asked the question.", "Rep.", "state Rep.") == Category::style);
  CHECK_FALSE(is_substantive(Category::style));
  // Added figures, dates and hedges carry claims of their own.
  CHECK(classify("The storm hit Hawaii.", "hit", "hit on Friday") == Category::date);
  CHECK(is_substantive(classify("The storm hit Hawaii.", "storm", "storm reportedly")));
  CHECK(classify("The storm hit Hawaii.", "Hawaii", "Hawaii and Guam") == Category::style);
  // Words replaced, not only added, still change the claim.
  CHECK(is_substantive(classify("The storm hit Hawaii.", "Hawaii", "Guam")));
}

TEST_CASE("one modifier dropped is style, a hedge or a clause dropped still changes the claim") {
  CHECK(classify("The fierce fighting erupted last month.", "fierce ", "") == Category::style);
  CHECK(is_substantive(classify("Police arrested the alleged attacker.", "alleged ", "")));
  CHECK(is_substantive(classify("Hogan won the Masters without ever winning the Open.", " without ever winning the Open", "")));
  CHECK(is_substantive(classify("About 40 people were hurt in the attack.", "About 40 ", "")));
}

TEST_CASE("a second reference shortened to the surname and a credit line changed are style") {
  CHECK(classify("The deal is terrible, President Donald Trump said.", "President Donald ", "") == Category::style);
  CHECK(classify("The deal is terrible, his attorney, Patrick Kolasinski, said.", "his attorney, Patrick ", "") ==
        Category::style);
  // A different person named is not a shortened reference.
  CHECK(classify("The deal is terrible, Ann Lee said.", "Ann Lee", "Bo Chen") == Category::attribution);
  CHECK(classify("Reporting by Ann Lee; Editing by Bo Chen.", "Ann Lee", "Ann Leigh") == Category::style);
  CHECK(classify("Ann Lee and Bo Chen contributed reporting.", "Bo Chen", "Cy Dee") == Category::style);
}

TEST_CASE("a word put for its WordNet synonym is style, a word of another meaning is not") {
  const std::string s = "The company purchased a big plant near the river.";
  CHECK(classify(s, "purchased", "bought") == Category::style);
  CHECK(classify(s, "big", "large") == Category::style);
  CHECK(classify(s, "purchased", "sold") == Category::fact);
  CHECK(classify(s, "big", "small") == Category::fact);
}

TEST_CASE("the same claim words only function words or hyphens apart are style") {
  CHECK(classify("Police said an 18-year-old man was hurt.", "an 18-year-old", "18-year old") == Category::style);
  CHECK(is_substantive(classify("Police said an 18-year-old man was hurt.", "an 18-year-old", "a 19-year-old")));
}

TEST_CASE("another reference to an entity the article named is style, another entity is not") {
  const std::string body =
      "The carmaker's owner, billionaire Ada Quist, wrote to staff on Monday. Quist has used the tactic before.";
  CHECK(classify_at(body, "Quist has", "The billionaire has", 2) == Category::style);
  // Nothing in the article ties "regulator" to Quist: someone else is meant.
  CHECK(is_substantive(classify_at(body, "Quist has", "The regulator has", 2)));
  const std::string port = "Ships crossed the Strait of Kelm at dawn. Tankers waited outside Kelm for hours.";
  CHECK(classify_at(port, "outside Kelm", "outside the strait", 2) == Category::style);
  CHECK(classify_at("The Ostland Port Authority (OPA) said work would stop. The authority set no date.", "authority",
                    "OPA", 2) == Category::style);
  CHECK(classify_at("Talks between the US and Ostland resumed.", "US", "United States", 1) == Category::style);
  CHECK(is_substantive(classify_at("Talks between the US and Ostland resumed.", "US", "United Kingdom", 1)));
}

TEST_CASE("detail inserted into a body sentence is style unless it changes what the sentence said") {
  const std::string s = "The ferry hit a rock near the island, officials said.";
  CHECK(classify_at(s, "", "small ", 1, "island") == Category::style);
  CHECK(classify_at("The storm hit the coast, officials said.", "", " on Friday", 1, ", officials") == Category::style);
  // A hedge, a figure, an alternative, a contrast or another date in a dated sentence are claims.
  CHECK(is_substantive(classify_at(s, "", "probably ", 1, "hit")));
  CHECK(is_substantive(classify_at(s, "", " 40 metres", 1, " near")));
  CHECK(is_substantive(classify_at("Two people were killed in the crash.", "", " or injured", 1, " in the crash")));
  CHECK(is_substantive(classify_at("The minister will travel to Kelm.", "", ", but she postponed the trip", 1, ".")));
  CHECK(is_substantive(classify_at("The storm hit the coast on Friday.", "", " and Saturday", 1, ".")));
  // In the headline, inserted words change the news.
  CHECK(is_substantive(classify_at("The boy was last seen on Monday.", "", " found", 0, " in Kelm", "Missing boy in Kelm")));
}

TEST_CASE("a source added where the sentence was attributed, or a date where it gave none, is detail") {
  const std::string said = "The ferry hit a rock, officials said.";
  CHECK(classify_at(said, "", " in a statement", 1, ".") == Category::style);
  CHECK(classify_at("Officials said the ferry hit a rock.", "", ", according to the coast guard", 1, ".") ==
        Category::style);
  // Unattributed before: someone now says it, which readers were not told.
  CHECK(is_substantive(classify_at("The ferry hit a rock.", "", ", officials said", 1, ".")));
  // A day of the month is a date, not a figure: "As of March 6" dates an undated sentence.
  CHECK(classify_at("Nearly 400 flights were cancelled.", "", "As of March 6, ", 1, "Nearly") == Category::style);
  // In a dated sentence another date is a claim.
  CHECK(is_substantive(classify_at("Flights stopped on Friday.", "", " and on March 6", 1, ".")));
  // "Earlier" orders events without dating them: the day it gained is detail; the order turned is not.
  CHECK(classify_at("Earlier, officials closed the airport.", "", " on Saturday", 1, ",") == Category::style);
  CHECK(is_substantive(classify_at("Earlier, officials closed the airport.", "Earlier", "Later", 1)));
}

TEST_CASE("a name moved within its sentence is style, a name dropped from it is not") {
  // "Iranian" is still in the new sentence: said of the players now instead of the anthem.
  CHECK(classify_at("The players stood for the Iranian anthem, the Iranian team said.", "Iranian ", "", 1) ==
        Category::style);
  CHECK(is_substantive(classify_at("The players stood for the Iranian anthem, the team said.", "Iranian ", "", 1)));
}

TEST_CASE("two modifiers trimmed are style, a conjunct dropped withdraws a claim") {
  CHECK(classify_at("The bitter, costly dispute ended on Monday.", "bitter, costly ", "", 1) == Category::style);
  CHECK(is_substantive(
      classify_at("Rivers have hit or are forecast to reach record levels.", " or are forecast to reach", "", 1)));
  CHECK(is_substantive(classify_at("Travel bans and advisories remain in force.", " bans and", "", 1)));
}

TEST_CASE("words put for synonyms or other forms of themselves are style") {
  const std::string s = "The company purchased a big plant near the river.";
  CHECK(classify_at(s, "purchased a big", "bought a large", 1) == Category::style);
  CHECK(classify_at("Prices rose sharply in March.", "rose", "had risen", 1) == Category::style);
  CHECK(classify_at("The agency will use the funds for repairs.", "will use", "used", 1) == Category::style);
  CHECK(is_substantive(classify_at(s, "purchased a big", "sold a large", 1)));
}

TEST_CASE("a dateline restamped is style, the story under it is not") {
  const std::string s = "OSTLAND, March 3 (Reuters) - Police arrested 12 people on Monday.";
  CHECK(classify_at(s, "March 3", "March 4", 1) == Category::style);
  CHECK(classify_at("KELM (AP) - Police arrested 12 people.", "KELM", "NEW KELM", 1) == Category::style);
  CHECK(classify_at(s, "12", "21", 1) == Category::number);
}

TEST_CASE("an expected event told as done is style, a plan changed is not") {
  const std::string s = "The crew is expected to make a call to the station on Friday.";
  CHECK(classify_at(s, "is expected to make", "made", 1) == Category::style);
  // "set" is no hedge, so the words are first compared as a rewording, which they are not.
  CHECK(classify_at("Parents are set to travel to the capital.", "are set to travel", "traveled", 1) == Category::style);
  CHECK(is_substantive(classify_at(s, "is expected to make", "cancelled", 1)));
  CHECK(is_substantive(classify_at(s, "is expected to make", "makes", 1)));
}

TEST_CASE("a part of the day dropped after its day is style, one added or another day is not") {
  const std::string s = "On Tuesday morning, the embassy advised travellers to leave the city.";
  CHECK(classify(s, " morning", "") == Category::style);
  CHECK(classify(s, "Tuesday morning", "Tuesday") == Category::style);
  CHECK(classify(s, "Tuesday morning", "Wednesday") == Category::date);
  CHECK(classify("On Tuesday, the embassy advised travellers to leave.", "Tuesday", "Tuesday morning") ==
        Category::date);
}

TEST_CASE("a modifier dropped is trimming even where the sentence is reworded elsewhere, not beside it") {
  const std::string body = "They were at a hospital maternity ward visiting the soldier's wife, who had given birth to "
                           "a son just days prior.";
  const std::string whole = "Headline\n\n" + body + "\n";
  std::string changed = whole;
  changed.replace(changed.find("a hospital maternity"), std::string("a hospital maternity").size(), "the maternity");
  changed.replace(changed.find("prior"), 5, "earlier");
  auto b = text::Document::parse(whole);
  auto a = text::Document::parse(changed);
  auto cs = align::align(b, a);
  REQUIRE(cs.changes.size() == 1);
  const auto& c = cs.changes[0];
  bool trimmed = false;
  for (const auto& e : c.edits) {
    if (b.slice(e.old_span).find("hospital") != std::string_view::npos) {
      trimmed = true;
      CHECK(classify_edit(b, a, c, e) == Category::style);
    }
  }
  CHECK(trimmed);
  // A word gained right beside the dropped one, by an edit of its own, may stand for it: "a hospital
  // maternity ward" -> "a maternity ward unit" is not trimming.
  std::string beside = whole;
  beside.replace(beside.find("hospital "), 9, "");
  beside.replace(beside.find("ward visiting"), 13, "ward unit visiting");
  auto c2 = text::Document::parse(beside);
  auto cs2 = align::align(b, c2);
  REQUIRE(cs2.changes.size() == 1);
  bool removal = false;
  for (const auto& e : cs2.changes[0].edits) {
    if (e.op == align::EditOp::remove && b.slice(e.old_span).find("hospital") != std::string_view::npos) {
      removal = true;
      CHECK(classify_edit(b, c2, cs2.changes[0], e) != Category::style);
    }
  }
  CHECK(removal);
}

namespace {

// The category of the insertion among the edits aligning `body` with `changed` (one sentence after
// the headline), or `none` when no edit inserted exactly `inserted`.
std::optional<Category> inserted_category(const std::string& body, const std::string& changed, std::string_view inserted) {
  auto b = text::Document::parse("Headline\n\n" + body + "\n");
  auto a = text::Document::parse("Headline\n\n" + changed + "\n");
  auto cs = align::align(b, a);
  for (const auto& c : cs.changes)
    for (const auto& e : c.edits)
      if (e.op == align::EditOp::insert && a.slice(e.new_span) == inserted) return classify_edit(b, a, c, e);
  return std::nullopt;
}

}  // namespace

TEST_CASE("a source's medium inserted beside a compound joined is detail, a word replaced beside it is not") {
  const std::string s = "A spokesman said the air strike hit a clinic in the capital on Monday.";
  const auto joined = inserted_category(s, "A spokesman said in a post on X the airstrike hit a clinic in the capital on Monday.",
                                        "in a post on X");
  REQUIRE(joined.has_value());
  CHECK(*joined == Category::style);
  // Extraction that glued two words keeps them too.
  const auto glued = inserted_category(s, "A spokesman said in a post on X the air strikehit a clinic in the capital on Monday.",
                                       "in a post on X");
  REQUIRE(glued.has_value());
  CHECK(*glued == Category::style);
  // The strike turned into a raid right beside the insertion: a replacement in two pieces.
  const auto raid = inserted_category(s, "A spokesman said in a post on X the air raid hit a clinic in the capital on Monday.",
                                      "in a post on X");
  REQUIRE(raid.has_value());
  CHECK(*raid != Category::style);
}

TEST_CASE("a word beside an insertion put in another form of itself is not a word lost beside it") {
  const std::string s = "Temporarily lifting the sanctions on oil comes despite earlier pressure on exporters.";
  const auto form = inserted_category(
      s, "The US decision to temporarily lift the sanctions on oil comes despite earlier pressure on exporters.",
      "The US decision to");
  REQUIRE(form.has_value());
  CHECK(*form == Category::style);
  // Another verb beside it: the sanctions are now ended, not lifted for a while.
  const auto other = inserted_category(
      s, "The US decision to temporarily end the sanctions on oil comes despite earlier pressure on exporters.",
      "The US decision to");
  REQUIRE(other.has_value());
  CHECK(*other != Category::style);
}

TEST_CASE("a modifier inserted after an article that changes its form to agree is detail, a hedge is not") {
  const std::string s = "It is a congenital heart defect that the clinic treats, doctors said.";
  CHECK(classify(s, "a", "an underlying") == Category::style);
  CHECK(is_substantive(classify(s, "a", "an alleged")));
  CHECK(is_substantive(classify(s, "a", "an incurable or")));
}

TEST_CASE("a reporting verb put for another is style, one that doubts or denies is not") {
  const std::string s = "The minister then said that the border would stay closed until March.";
  CHECK(classify_at(s, "then said", "announced", 1) == Category::style);
  CHECK(classify_at("Ostland and Kelm have said the truce does not cover the port.", "have said", "insist", 1) ==
        Category::style);
  CHECK(is_substantive(classify_at(s, "then said", "denied", 1)));
  CHECK(is_substantive(classify_at(s, "then said", "claimed", 1)));
}

TEST_CASE("a role's word in another verb form is style, a role changed is a title") {
  const std::string s = "Even without the burn, the capsule will swing around the moon and head back to Earth.";
  CHECK(classify_at(s, "head", "headed", 1) == Category::style);
  CHECK(classify_at("The deputy minister of Ostland resigned on Monday.", "deputy minister", "minister", 1) ==
        Category::title);
}

TEST_CASE("one word that introduces examples put for another is style, the examples changed are not") {
  const std::string s = "People are infected through contact with rodents like rats and mice.";
  CHECK(classify_at(s, "like", "such as", 1) == Category::style);
  CHECK(classify_at(s, "like", "including", 1) == Category::style);
  CHECK(is_substantive(classify_at(s, "like rats", "such as squirrels", 1)));
}

TEST_CASE("a sentence that begins inside a quotation does not read its own words as quoted") {
  // The segmenter splits the quoted title at its full stop: the second sentence opens with the
  // title's closing quote.
  const std::string body = "Winners of \"Best Design. Taiwan Award\", \"Young Designers\" and \"YODEX Interior\" "
                           "will also be announced on Saturday.";
  CHECK(classify_at(body, "will also be", "were", 2) == Category::style);
  CHECK(classify_at("He said \"the winners will also be announced on Saturday\" at noon.", "will also be", "were", 1) ==
        Category::quote);
  CHECK(classify_at("He said \"the winners\" will be named and \"the prizes will also be announced\" soon.", "will also be",
                    "were", 1) == Category::quote);
}
