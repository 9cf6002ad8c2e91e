#include "revisor/align/aligner.h"

#include <catch2/catch.hpp>

#include <string>

#include "revisor/text/document.h"

using namespace revisor;
using align::SentenceOp;
using text::Document;

namespace {

// The text of every sentence listed on one side of a change.
std::string side_text(const Document& d, const std::vector<std::uint32_t>& sentences) {
  std::string out;
  for (auto s : sentences) {
    if (!out.empty()) out += " | ";
    out += d.slice(d.sentences()[s].span);
  }
  return out;
}

const align::SentenceChange* find_op(const align::ChangeSet& cs, SentenceOp op) {
  for (const auto& c : cs.changes) {
    if (c.op == op) return &c;
  }
  return nullptr;
}

}  // namespace

TEST_CASE("identical versions give an empty change set", "[align]") {
  auto a = Document::parse("Head line\n\nOne sentence here. Two sentences here.\n\nA third one.");
  auto b = Document::parse("Head line\n\nOne sentence here. Two sentences here.\n\nA third one.");
  auto cs = align::align(a, b);
  CHECK(cs.empty());
  CHECK_FALSE(cs.degraded);
}

TEST_CASE("a reworded sentence is a modify with a wording replace edit", "[align]") {
  auto a = Document::parse("H\n\nThe minister spoke on Thursday in Ankara. Nothing else changed here.");
  auto b = Document::parse("H\n\nThe minister spoke on Friday in Ankara. Nothing else changed here.");
  auto cs = align::align(a, b);
  REQUIRE(cs.changes.size() == 1);
  const auto& c = cs.changes[0];
  CHECK(c.op == SentenceOp::modify);
  CHECK(side_text(a, c.old_sentences) == "The minister spoke on Thursday in Ankara.");
  CHECK(side_text(b, c.new_sentences) == "The minister spoke on Friday in Ankara.");
  REQUIRE(c.edits.size() == 1);
  CHECK(c.edits[0].op == align::EditOp::replace);
  CHECK(a.slice(c.edits[0].old_span) == "Thursday");
  CHECK(b.slice(c.edits[0].new_span) == "Friday");
  CHECK_FALSE(c.edits[0].typographic);
  CHECK_FALSE(c.typographic_only());
}

TEST_CASE("added and removed sentences are insert and delete in reading order", "[align]") {
  auto a = Document::parse("H\n\nAlpha opens the story. Bravo was in the first draft only. Charlie closes it.");
  auto b = Document::parse(
      "H\n\nAlpha opens the story. Charlie closes it. Zulu reports completely unrelated weather news.");
  auto cs = align::align(a, b);
  REQUIRE(cs.changes.size() == 2);
  CHECK(cs.changes[0].op == SentenceOp::remove);
  CHECK(side_text(a, cs.changes[0].old_sentences) == "Bravo was in the first draft only.");
  CHECK(cs.changes[0].new_sentences.empty());
  CHECK(cs.changes[1].op == SentenceOp::insert);
  CHECK(side_text(b, cs.changes[1].new_sentences) == "Zulu reports completely unrelated weather news.");
  CHECK(cs.changes[1].edits.empty());
}

TEST_CASE("a paragraph moved elsewhere is a move of each of its sentences", "[align]") {
  const std::string p1 = "First paragraph opens the report today.";
  const std::string p2 = "Second paragraph gives background. It has two sentences.";
  const std::string p3 = "Third paragraph quotes the mayor at length.";
  const std::string p4 = "Fourth paragraph ends with the outlook for next year.";
  auto a = Document::parse("H\n\n" + p1 + "\n\n" + p2 + "\n\n" + p3 + "\n\n" + p4);
  auto b = Document::parse("H\n\n" + p1 + "\n\n" + p3 + "\n\n" + p4 + "\n\n" + p2);
  auto cs = align::align(a, b);
  REQUIRE(cs.changes.size() == 2);
  for (const auto& c : cs.changes) {
    CHECK(c.op == SentenceOp::move);
    CHECK(c.edits.empty());
    REQUIRE(c.old_sentences.size() == 1);
    CHECK(side_text(a, c.old_sentences) == side_text(b, c.new_sentences));
  }
  CHECK(side_text(b, cs.changes[0].new_sentences) == "Second paragraph gives background.");
}

TEST_CASE("a moved and reworded sentence is a move with word edits", "[align]") {
  auto a = Document::parse(
      "H\n\nThe council met on Monday to vote on the budget. Members argued for hours. "
      "The vote was delayed. Residents were not pleased.");
  auto b = Document::parse(
      "H\n\nMembers argued for hours. The vote was delayed. Residents were not pleased. "
      "The council met on Tuesday to vote on the budget.");
  auto cs = align::align(a, b);
  const auto* m = find_op(cs, SentenceOp::move);
  REQUIRE(m != nullptr);
  CHECK(side_text(a, m->old_sentences) == "The council met on Monday to vote on the budget.");
  REQUIRE(m->edits.size() == 1);
  CHECK(b.slice(m->edits[0].new_span) == "Tuesday");
  CHECK(cs.changes.size() == 1);
}

TEST_CASE("one sentence becoming two is a split", "[align]") {
  auto a = Document::parse(
      "H\n\nIntro stays the same here. The governor signed the bill on Friday, and the new law takes "
      "effect in January next year. Outro stays too.");
  auto b = Document::parse(
      "H\n\nIntro stays the same here. The governor signed the bill on Friday. The new law takes effect "
      "in January next year. Outro stays too.");
  auto cs = align::align(a, b);
  REQUIRE(cs.changes.size() == 1);
  const auto& c = cs.changes[0];
  CHECK(c.op == SentenceOp::split);
  CHECK(c.old_sentences.size() == 1);
  CHECK(c.new_sentences.size() == 2);
  CHECK_FALSE(c.edits.empty());
}

TEST_CASE("two sentences becoming one is a merge", "[align]") {
  auto a = Document::parse(
      "H\n\nIntro stays the same here. Police arrested two men near the station. Both were later "
      "released without charge. Outro stays too.");
  auto b = Document::parse(
      "H\n\nIntro stays the same here. Police arrested two men near the station, and both were later "
      "released without charge. Outro stays too.");
  auto cs = align::align(a, b);
  REQUIRE(cs.changes.size() == 1);
  CHECK(cs.changes[0].op == SentenceOp::merge);
  CHECK(cs.changes[0].old_sentences.size() == 2);
  CHECK(cs.changes[0].new_sentences.size() == 1);
}

TEST_CASE("quote style, case and dash changes are typographic, a new word is not", "[align]") {
  auto a = Document::parse(
      "H\n\n\"We are ready,\" she said - and left. The Mayor spoke. Prices rose by 5 percent.");
  auto b = Document::parse(
      "H\n\n\u201cWe are ready,\u201d she said \u2014 and left. The mayor spoke. Prices rose by 7 percent.");
  auto cs = align::align(a, b);
  REQUIRE(cs.changes.size() == 3);
  CHECK(cs.changes[0].op == SentenceOp::modify);
  CHECK(cs.changes[0].typographic_only());
  CHECK(cs.changes[0].edits.size() == 3);
  CHECK(cs.changes[1].typographic_only());
  REQUIRE(cs.changes[1].edits.size() == 1);
  CHECK(a.slice(cs.changes[1].edits[0].old_span) == "Mayor");
  CHECK_FALSE(cs.changes[2].typographic_only());
}

TEST_CASE("an added comma is a typographic insert, an added word is a wording insert", "[align]") {
  auto a = Document::parse("H\n\nYesterday the talks ended without a deal in Brussels.");
  auto b = Document::parse("H\n\nYesterday, the talks ended without a final deal in Brussels.");
  auto cs = align::align(a, b);
  REQUIRE(cs.changes.size() == 1);
  const auto& e = cs.changes[0].edits;
  REQUIRE(e.size() == 2);
  CHECK(e[0].op == align::EditOp::insert);
  CHECK(b.slice(e[0].new_span) == ",");
  CHECK(e[0].old_span.empty());
  CHECK(e[0].typographic);
  CHECK(e[1].op == align::EditOp::insert);
  CHECK(b.slice(e[1].new_span) == "final");
  CHECK_FALSE(e[1].typographic);
}

TEST_CASE("the headline is compared as a sentence of its own", "[align]") {
  auto a = Document::parse("Storm hits coast on Monday\n\nBody text stays the same.");
  auto b = Document::parse("Storm hits coast on Tuesday\n\nBody text stays the same.");
  auto cs = align::align(a, b);
  CHECK(cs.changes.empty());
  CHECK(cs.headline.op == SentenceOp::modify);
  REQUIRE(cs.headline.edits.size() == 1);
  CHECK(a.slice(cs.headline.edits[0].old_span) == "Monday");
  CHECK(b.slice(cs.headline.edits[0].new_span) == "Tuesday");
  auto same = align::align(a, a);
  CHECK(same.headline.op == SentenceOp::equal);
  CHECK(same.headline.edits.empty());
}

TEST_CASE("an unrelated replacement is not paired", "[align]") {
  auto a = Document::parse("H\n\nKeep this line. The river flooded three villages overnight. Keep that line.");
  auto b = Document::parse("H\n\nKeep this line. Stock markets closed higher on strong earnings. Keep that line.");
  auto cs = align::align(a, b);
  REQUIRE(cs.changes.size() == 2);
  CHECK(cs.changes[0].op == SentenceOp::remove);
  CHECK(cs.changes[1].op == SentenceOp::insert);
}

TEST_CASE("a lost space or a dropped hyphen is typographic, a changed letter is not", "[align]") {
  auto a = Document::parse("H\n\nCasey Wasserman was born to lead. The mid-day update came late. He said 9 cases.");
  auto b = Document::parse("H\n\nCasey Wassermanwas born to lead. The midday update came late. He said 8 cases.");
  auto cs = align::align(a, b);
  REQUIRE(cs.changes.size() == 3);
  CHECK(cs.changes[0].typographic_only());
  CHECK(cs.changes[1].typographic_only());
  CHECK_FALSE(cs.changes[2].typographic_only());
}

TEST_CASE("empty documents align against anything", "[align]") {
  auto empty = Document::parse("");
  auto full = Document::parse("Head\n\nOne body sentence. Another one.");
  auto grow = align::align(empty, full);
  CHECK(grow.headline.op == SentenceOp::modify);
  REQUIRE(grow.changes.size() == 2);
  CHECK(grow.changes[0].op == SentenceOp::insert);
  auto shrink = align::align(full, empty);
  REQUIRE(shrink.changes.size() == 2);
  CHECK(shrink.changes[1].op == SentenceOp::remove);
  CHECK(align::align(empty, empty).empty());
}
