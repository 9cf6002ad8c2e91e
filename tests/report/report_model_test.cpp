#include <catch2/catch.hpp>

#include "report/report_fixture.h"

using namespace revisor;
using revisor::test::hostile_fixture;
using revisor::test::seed_fixture;

namespace {

const report::Segment* find_edit(const report::ArticleReport& r, const std::string& old_text) {
  for (const auto& t : r.transitions)
    for (const auto& c : t.changes)
      for (const auto& s : c.segments)
        if (s.edit && s.old_text == old_text) return &s;
  return nullptr;
}

const report::ChangeView* find_change(const report::ArticleReport& r, align::SentenceOp op) {
  for (const auto& t : r.transitions)
    for (const auto& c : t.changes)
      if (c.op == op) return &c;
  return nullptr;
}

}  // namespace

TEST_CASE("report model: the seed's correction resolves to the Wednesday -> Thursday edit") {
  const auto r = seed_fixture().report();
  REQUIRE(r.versions.size() == 2);
  REQUIRE(r.transitions.size() == 1);
  const auto* edit = find_edit(r, "Wednesday");
  REQUIRE(edit);
  CHECK(edit->new_text == "Thursday");
  CHECK(edit->category == analyze::Category::date);
  CHECK(edit->linked);
  CHECK_FALSE(edit->stealth);
  REQUIRE(r.notices.size() == 1);
  REQUIRE(r.notices[0].links.size() == 1);
  CHECK(r.notices[0].links[0].anchor == edit->anchor);
  CHECK(r.versions[1].notices == std::vector<std::size_t>{0});
  CHECK(to_iso8601(r.first_observed()) == "2021-06-17T10:00:00Z");
  CHECK(to_iso8601(r.last_observed()) == "2021-06-18T09:30:00Z");
  REQUIRE(r.notice_counts().size() == 1);
  CHECK(r.notice_counts()[0].first == analyze::NoticeKind::correction);
}

TEST_CASE("report model: the inline reading of a reworded sentence is the new sentence plus deletions") {
  const auto r = seed_fixture().report();
  const report::ChangeView* change = nullptr;
  for (const auto& c : r.transitions[0].changes)
    if (c.new_text.find("Erdogan said Thursday") != std::string::npos) change = &c;
  REQUIRE(change);
  CHECK(change->old_text.find("Erdogan said Wednesday that") != std::string::npos);
  std::string new_side, old_side;
  for (const auto& s : change->segments) {
    new_side += s.edit ? s.new_text : s.text;
    old_side += s.edit ? s.old_text : s.text;
  }
  CHECK(new_side == change->new_text);
  CHECK(old_side == change->old_text);
  CHECK(change->notices == std::vector<std::size_t>{0});
}

TEST_CASE("report model: an added sentence is one insertion") {
  const auto r = seed_fixture().report();
  const auto* added = find_change(r, align::SentenceOp::insert);
  REQUIRE(added);
  CHECK(added->old_text.empty());
  REQUIRE(added->segments.size() == 1);
  CHECK(added->segments[0].edit);
  CHECK(added->segments[0].new_text.rfind("Correction:", 0) == 0);
  CHECK(added->notice_text == std::vector<std::size_t>{0});  // read as the notice, not as news
}

TEST_CASE("report model: stealth edits, removed notices and changed headlines are placed") {
  const auto r = hostile_fixture().report();
  REQUIRE(r.stealth_edits.size() == 1);
  CHECK_FALSE(r.stealth_edits[0].anchor.empty());
  const auto* edit = find_edit(r, "7");
  REQUIRE(edit);
  CHECK(edit->stealth);
  CHECK(r.versions[2].removed_notices == std::vector<std::size_t>{0});
  const auto* removed = find_change(r, align::SentenceOp::remove);
  REQUIRE(removed);
  CHECK(removed->removed_notice_text == std::vector<std::size_t>{0});
  CHECK(r.headlines.size() == 2);
  CHECK(r.headline == r.versions.back().headline);
}

TEST_CASE("report model: a removed notice's sentences are found by its span, not its words") {
  auto f = hostile_fixture();
  f.audit.removed_notices[0].text = "Wording the removed sentence does not share";
  const auto by_span = f.report();
  const auto* removed = find_change(by_span, align::SentenceOp::remove);
  REQUIRE(removed);
  CHECK(removed->removed_notice_text == std::vector<std::size_t>{0});

  f.audit.removed_notices[0].span = {0, 5};  // the headline of the last version carrying it
  const auto elsewhere_report = f.report();
  const auto* elsewhere = find_change(elsewhere_report, align::SentenceOp::remove);
  REQUIRE(elsewhere);
  CHECK(elsewhere->removed_notice_text.empty());
}

TEST_CASE("report model: indices that do not fit the transition leave the link unresolved") {
  auto f = seed_fixture();
  auto ref = f.audit.notices[0].links[0];
  ref.change_index = 9999;
  f.audit.notices[0].links.push_back(ref);
  ref.from = 7;
  ref.to = 8;
  f.audit.stealth_edits.push_back(ref);
  const auto r = f.report();
  CHECK(r.notices[0].links[1].anchor.empty());
  CHECK(r.stealth_edits[0].anchor.empty());
  for (const auto& c : r.transitions[0].changes) CHECK_FALSE(c.stealth);
}

TEST_CASE("report model: a version without its text still yields a report") {
  auto f = seed_fixture();
  f.history.pop_back();
  const auto r = f.report();
  REQUIRE(r.transitions.size() == 1);
  for (const auto& c : r.transitions[0].changes) CHECK(c.new_text.empty());
  CHECK(r.notices[0].links[0].anchor.find("-c") != std::string::npos);
}

TEST_CASE("report model: a removed word reads apart from its neighbours") {
  test::Fixture f;
  f.history.push_back(
      test::make_version(1, "T\n\nHe said on Thursday that it rained.\n", "2024-01-01T00:00:00Z"));
  f.history.push_back(
      test::make_version(2, "T\n\nHe said Thursday that it rained.\n", "2024-01-02T00:00:00Z"));
  f.audit.versions = {f.history[0].meta, f.history[1].meta};
  f.audit.transitions.push_back(test::make_transition(f.history[0], f.history[1]));
  const auto r = f.report();
  REQUIRE(r.transitions[0].changes.size() == 1);
  std::string shown;
  for (const auto& s : r.transitions[0].changes[0].segments)
    shown += s.edit ? std::string(s.space_before ? " " : "") + "[" + s.old_text + "]" : s.text;
  CHECK(shown == "He said [on] Thursday that it rained.");
}

TEST_CASE("report model: a link to the headline resolves to the headline's edit") {
  auto f = hostile_fixture();
  const auto& t = f.audit.transitions[1];
  REQUIRE(t.changes.headline.op == align::SentenceOp::modify);
  REQUIRE_FALSE(t.changes.headline.edits.empty());
  analyze::ChangeRef ref;
  ref.from = 2;
  ref.to = 3;
  ref.edit_index = 0;
  f.audit.stealth_edits = {ref};
  const auto r = f.report();
  CHECK(r.stealth_edits[0].anchor == "v2-v3-headline-e0");
  REQUIRE(r.transitions[1].changes.front().headline);
  CHECK(r.transitions[1].changes.front().stealth);
}
