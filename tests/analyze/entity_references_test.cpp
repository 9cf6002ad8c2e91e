#include <catch2/catch.hpp>

#include <string>

#include "analyze/entity_references.h"
#include "analyze/token_facts.h"
#include "revisor/text/document.h"

using namespace revisor;
using namespace revisor::analyze;

namespace {

// The article `body` and the same with `from` (its first occurrence after the headline) replaced by
// `to`, and the edit between them with its content tokens on each side.
struct Edited {
  text::Document before;
  text::Document after;
  align::WordEdit edit;
  std::vector<const text::Token*> gone;
  std::vector<const text::Token*> added;
  std::vector<const text::Token*> new_sentence;
};

Edited edited(const std::string& body, const std::string& from, const std::string& to, std::size_t after_pos = 0) {
  const std::string whole = "Headline\n\n" + body + "\n";
  const auto at = whole.find(from, std::string("Headline\n\n").size() + after_pos);
  REQUIRE(at != std::string::npos);
  std::string changed = whole;
  changed.replace(at, from.size(), to);
  Edited e{text::Document::parse(whole), text::Document::parse(changed), {}, {}, {}, {}};
  const auto begin = static_cast<std::uint32_t>(at);
  e.edit.op = from.empty() ? align::EditOp::insert : to.empty() ? align::EditOp::remove : align::EditOp::replace;
  e.edit.old_span = {begin, begin + static_cast<std::uint32_t>(from.size())};
  e.edit.new_span = {begin, begin + static_cast<std::uint32_t>(to.size())};
  e.gone = content_tokens(tokens_in(e.before, e.edit.old_span));
  e.added = content_tokens(tokens_in(e.after, e.edit.new_span));
  for (const auto& s : e.after.sentences()) {
    if (s.span.begin <= begin && begin <= s.span.end) e.new_sentence = content_tokens(tokens_in(e.after, s.span));
  }
  return e;
}

}  // namespace

TEST_CASE("a description of an entity named earlier is another reference to it") {
  const std::string body =
      "The carmaker's owner, billionaire Ada Quist, wrote to staff on Monday. Quist has used the tactic before.";
  auto e = edited(body, "Quist has", "The billionaire has", 40);
  CHECK(same_entity(e.before, e.after, e.edit, e.gone, e.added));
  // Nothing ties "the senator" to Quist: another person.
  auto other = edited(body, "Quist has", "The senator has", 40);
  CHECK_FALSE(same_entity(other.before, other.after, other.edit, other.gone, other.added));
}

TEST_CASE("initials written out are the same name, other words are not") {
  auto e = edited("Talks between the US and Ostland resumed.", "US", "United States");
  CHECK(spelled_out(e.before, e.after, e.gone, e.added));
  auto no = edited("Talks between the US and Ostland resumed.", "US", "European Union");
  CHECK_FALSE(spelled_out(no.before, no.after, no.gone, no.added));
}

TEST_CASE("a name put for another name WordNet gives the same place is the same name, another place is not") {
  auto e = edited("The district lies in Bucks County, PA, north of the city.", "PA", "Pennsylvania");
  CHECK(spelled_out(e.before, e.after, e.gone, e.added));
  auto back = edited("The junta renamed Burma in 1989, diplomats recalled.", "Burma", "Myanmar");
  CHECK(spelled_out(back.before, back.after, back.gone, back.added));
  auto no = edited("The district lies in Bucks County, PA, north of the city.", "PA", "Ohio");
  CHECK_FALSE(spelled_out(no.before, no.after, no.gone, no.added));
  // A common word WordNet relates is not a name: "town" -> "township" is judged elsewhere.
  auto common = edited("The district lies in Bucks County, PA, north of the town.", "town", "township");
  CHECK_FALSE(spelled_out(common.before, common.after, common.gone, common.added));
}

TEST_CASE("a title dropped before a name that stays shortens the reference") {
  auto e = edited("The deal is terrible, his attorney, Patrick Kolasinski, said.", "his attorney, Patrick ", "");
  CHECK(name_shortened(e.before, e.edit, e.gone, e.added, e.new_sentence));
  // The name after the edit changes too: a different person.
  auto other = edited("The deal is terrible, his attorney, Patrick Kolasinski, said.", "Patrick Kolasinski", "Lee");
  CHECK_FALSE(name_shortened(other.before, other.edit, other.gone, other.added, other.new_sentence));
}
