// Cost bounds: inputs that make naive alignment quadratic or worse must finish with a result of the
// right shape (no timing asserts: the time itself is measured in bench/).
#include "revisor/align/aligner.h"

#include <catch2/catch.hpp>

#include <string>

#include "revisor/text/document.h"

using namespace revisor;
using align::SentenceOp;
using text::Document;

namespace {

// Deterministic pseudo-words, so two calls with different seeds share almost no vocabulary.
std::string article(std::size_t words, unsigned seed) {
  std::string text = "Headline number " + std::to_string(seed) + "\n\n";
  unsigned x = seed * 2654435761u + 1;
  for (std::size_t w = 0; w < words; ++w) {
    x = x * 1103515245u + 12345u;
    text += "W" + std::to_string(seed) + "x" + std::to_string((x >> 8) % 5000);
    if (w % 20 == 19) text += w % 100 == 99 ? ".\n\n" : ". ";
    else text += ' ';
  }
  text += "end.";
  return text;
}

std::size_t count_sides(const align::ChangeSet& cs, bool old_side) {
  std::size_t n = 0;
  for (const auto& c : cs.changes) n += old_side ? c.old_sentences.size() : c.new_sentences.size();
  return n;
}

}  // namespace

TEST_CASE("a complete rewrite of a 20,000-word article finishes with every sentence accounted for", "[align][bounds]") {
  auto a = Document::parse(article(20000, 1));
  auto b = Document::parse(article(20000, 2));
  REQUIRE(a.sentences().size() > 900);
  auto cs = align::align(a, b);
  CHECK(cs.headline.op == SentenceOp::modify);
  // Nothing is shared except the final "end." sentence: everything else is removed or inserted.
  CHECK(count_sides(cs, true) == a.sentences().size() - 2);
  CHECK(count_sides(cs, false) == b.sentences().size() - 2);
  for (const auto& c : cs.changes) CHECK((c.op == SentenceOp::remove || c.op == SentenceOp::insert));
}

TEST_CASE("2,000 repeated identical sentences align without blowing up", "[align][bounds]") {
  std::string body;
  for (int i = 0; i < 2000; ++i) body += "The same sentence again. ";
  auto a = Document::parse("H\n\n" + body);
  auto b = Document::parse("H\n\nA new opening line arrives. " + body + "A new closing line too.");
  auto cs = align::align(a, b);
  REQUIRE(cs.changes.size() == 2);
  CHECK(cs.changes[0].op == SentenceOp::insert);
  CHECK(cs.changes[1].op == SentenceOp::insert);

  // Half the copies removed from the middle: removals only, and exactly 1,000 of them.
  std::string half;
  for (int i = 0; i < 1000; ++i) half += "The same sentence again. ";
  auto c = Document::parse("H\n\nA new opening line arrives. " + half + "A new closing line too.");
  auto cs2 = align::align(a, c);
  CHECK(count_sides(cs2, true) == 1000);
  CHECK(count_sides(cs2, false) == 2);
}

TEST_CASE("past max_dtl_elements the fallback still matches unique sentences and says so", "[align][bounds]") {
  auto a = Document::parse("H\n\nUnique one is here. Shared alpha stays. Unique two is here. Shared beta stays.");
  auto b = Document::parse("H\n\nOther one appears. Shared alpha stays. Other two appears. Shared beta stays.");
  align::AlignOptions tight;
  tight.max_dtl_elements = 2;
  auto cs = align::align(a, b, tight);
  CHECK(cs.degraded);
  for (const auto& c : cs.changes) CHECK((c.op == SentenceOp::remove || c.op == SentenceOp::insert));
  CHECK(count_sides(cs, true) == 2);
  auto normal = align::align(a, b);
  CHECK_FALSE(normal.degraded);
  CHECK(count_sides(normal, true) == 2);
}

TEST_CASE("past max_pair_candidates pairing is windowed and still pairs nearby rewordings", "[align][bounds]") {
  std::string old_body, new_body;
  for (int i = 0; i < 30; ++i) {
    auto n = std::to_string(i);
    old_body += "Item " + n + " reports growth in region " + n + " on Monday. Filler " + n + " stays. ";
    new_body += "Item " + n + " reports growth in region " + n + " on Tuesday. Filler " + n + " stays. ";
  }
  auto a = Document::parse("H\n\n" + old_body);
  auto b = Document::parse("H\n\n" + new_body);
  align::AlignOptions tight;
  tight.max_pair_candidates = 1;  // every gap holds one pair: windowing must keep it
  auto cs = align::align(a, b, tight);
  REQUIRE(cs.changes.size() == 30);
  for (const auto& c : cs.changes) CHECK(c.op == SentenceOp::modify);
}

TEST_CASE("past max_word_diff_tokens a pair gets one replace edit", "[align][bounds]") {
  auto a = Document::parse("H\n\nThe committee approved the plan on Monday after a long debate.");
  auto b = Document::parse("H\n\nThe committee approved the plan on Tuesday after a long debate.");
  align::AlignOptions tight;
  tight.max_word_diff_tokens = 4;
  auto cs = align::align(a, b, tight);
  REQUIRE(cs.changes.size() == 1);
  REQUIRE(cs.changes[0].edits.size() == 1);
  CHECK(cs.changes[0].edits[0].op == align::EditOp::replace);
  CHECK(cs.degraded);
}
