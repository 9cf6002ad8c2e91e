// Word edits in the Markdown report: markers placed where CommonMark's flanking rules let them
// parse (the end-to-end check through cmark-gfm is tests/cli/markdown_render_test.cpp).
#include <sstream>
#include <string>
#include <vector>

#include <catch2/catch.hpp>

#include "revisor/report/render.h"

using namespace revisor;

namespace {

report::Segment plain(std::string text) {
  report::Segment s;
  s.text = std::move(text);
  return s;
}

report::Segment edit(std::string old_text, std::string new_text) {
  report::Segment s;
  s.edit = true;
  s.old_text = std::move(old_text);
  s.new_text = std::move(new_text);
  return s;
}

// The line of the timeline that reads one change with these segments inline.
std::string inline_line(std::vector<report::Segment> segments) {
  report::ArticleReport r;
  r.id = "test/emphasis";
  r.headline = "Head";
  for (int n : {1, 2}) {
    report::VersionView v;
    v.meta.number = n;
    v.headline = "Head";
    r.versions.push_back(v);
  }
  report::ChangeView c;
  c.segments = std::move(segments);
  report::TransitionView t;
  t.from = 1;
  t.to = 2;
  t.changes.push_back(c);
  r.transitions.push_back(t);
  std::ostringstream out;
  report::render(report::Format::markdown, r, out);
  const auto text = out.str();
  const auto b = text.find("  \n  ");
  REQUIRE(b != std::string::npos);
  return text.substr(b + 5, text.find('\n', b + 5) - (b + 5));
}

}  // namespace

TEST_CASE("markdown edits: plain words keep tight markers", "[report][markdown]") {
  CHECK(inline_line({plain("said "), edit("Wednesday", "Thursday"), plain(" that")}) ==
        "said ~~Wednesday~~ **Thursday** that");
  CHECK(inline_line({plain("on "), edit("Monday", "Tuesday"), plain(".")}) == "on ~~Monday~~ **Tuesday**.");
}

TEST_CASE("markdown edits: punctuation against a word widens the edit to that word", "[report][markdown]") {
  CHECK(inline_line({plain("met in spring"), edit("", ","), plain(" and")}) ==
        "met in ~~spring~~ **spring,** and");
  CHECK(inline_line({plain("the plan "), edit("", "\u201C"), plain("reckless"), edit("", "\u201D"),
                     plain(" in")}) == "the plan ~~reckless~~ **\u201Creckless\u201D** in");
  CHECK(inline_line({plain("Mayor "), edit("O'Neil", "O\u2019Neil"), plain("l resigned")}) ==
        "Mayor ~~O&#39;Neill~~ **O\u2019Neill** resigned");
}

TEST_CASE("markdown edits: edits with nothing between them become one", "[report][markdown]") {
  CHECK(inline_line({plain("was "), edit("", "the"), edit("arson", ""), plain(" on Monday.")}) ==
        "was ~~arson~~ **the** on Monday.");
}

TEST_CASE("markdown edits: article text inside markers is still escaped", "[report][markdown]") {
  CHECK(inline_line({plain("a "), edit("<b>x</b>", "*y*"), plain(" b")}) ==
        "a ~~&lt;b&gt;x&lt;/b&gt;~~ **\\*y\\*** b");
}
