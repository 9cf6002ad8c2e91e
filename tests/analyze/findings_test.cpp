#include <catch2/catch.hpp>

#include <string>
#include <vector>

#include "revisor/analyze/audit.h"
#include "revisor/analyze/summary.h"
#include "revisor/base/timestamp.h"
#include "revisor/text/document.h"
#include "support/article_versions.h"

using namespace revisor;
using namespace revisor::analyze;

namespace {

std::vector<text::ArticleVersion> history(const std::vector<std::string>& texts) {
  return test::history_of(texts, "2024-03-11T10:00:00Z", 86400);
}

const std::string kHead = "Port plan approved\n\n";
const std::string kBody = "The council approved the harbour plan on Tuesday. The port will cost 48 million euros.\n";

}  // namespace

TEST_CASE("a silent change is a stealth edit, a notice in the next version accounts for it") {
  auto silent = audit("a", history({kHead + kBody, kHead + "The council approved the harbour plan on Tuesday. "
                                                          "The port will cost 84 million euros.\n"}));
  REQUIRE(silent.stealth_edits.size() == 1);
  CHECK(silent.stealth_edits[0].category == Category::number);
  CHECK(silent.stealth_edits[0].old_text == "48");
  CHECK(silent.notices.empty());

  const std::string fixed = "The council approved the harbour plan on Tuesday. The port will cost 84 million euros.\n";
  auto admitted = audit("a", history({kHead + kBody, kHead + fixed,
                                      kHead + fixed + "\nCorrection: An earlier version of this story misstated "
                                                      "the cost of the port. It is 84 million euros.\n"}));
  REQUIRE(admitted.notices.size() == 1);
  CHECK(admitted.notices[0].notice.version == 3);
  CHECK(admitted.notices[0].status == NoticeStatus::supported);
  REQUIRE(!admitted.notices[0].links.empty());
  CHECK(admitted.notices[0].links[0].from == 1);
  CHECK(admitted.notices[0].links[0].new_text == "84");
  CHECK(admitted.stealth_edits.empty());
}

TEST_CASE("a notice with no matching change is unsupported, and a dropped notice is removed") {
  const std::string notice = "\nCorrection: An earlier version of this story misspelled the name of the mayor.\n";
  auto a = audit("a", history({kHead + kBody, kHead + kBody + notice, kHead + kBody}));
  REQUIRE(a.notices.size() == 1);
  CHECK(a.notices[0].status == NoticeStatus::unsupported);
  CHECK(a.notices[0].links.empty());
  REQUIRE(a.removed_notices.size() == 1);
  CHECK(a.removed_notices[0].version == 3);
  CHECK(a.removed_notices[0].first_version == 2);
  // Where it stood in the last version carrying it, so a report can find the removed sentence.
  CHECK(a.removed_notices[0].last_version == 2);
  const auto carried = history({kHead + kBody, kHead + kBody + notice})[1].document;
  CHECK(carried.slice(a.removed_notices[0].span) == a.removed_notices[0].text);
  CHECK(a.stealth_edits.empty());  // the notice's own paragraph coming and going is no stealth edit
}

TEST_CASE("an update notice accounts for the sentences added with it") {
  auto a = audit("a", history({kHead + kBody, kHead + kBody + "\nThe mayor welcomed the vote.\n\n"
                                                             "This story has been updated with additional reporting.\n"}));
  REQUIRE(a.notices.size() == 1);
  CHECK(a.notices[0].notice.kind == NoticeKind::update);
  CHECK(a.notices[0].status == NoticeStatus::supported);
  CHECK(a.stealth_edits.empty());
}

TEST_CASE("summary counts notices, stealth edits apart from removals, new reporting, and change-to-notice delays") {
  const std::string fixed = "The council approved the harbour plan on Tuesday. The port will cost 84 million euros.\n";
  std::vector<ArticleAudit> audits;
  audits.push_back(audit("a", history({kHead + kBody, kHead + fixed,
                                       kHead + fixed + "\nCorrection: An earlier version of this story misstated "
                                                       "the cost of the port. It is 84 million euros.\n"})));
  audits.push_back(audit("b", history({kHead + kBody, kHead + kBody + "\nThe mayor welcomed the vote.\n"})));
  audits.push_back(audit("c", history({kHead + kBody + "\nThe mayor welcomed the vote.\n", kHead + kBody})));
  auto s = summarize(audits);
  CHECK(s.articles == 3);
  CHECK(s.versions == 7);
  CHECK(s.transitions == 4);
  CHECK(s.notices_by_kind[static_cast<std::size_t>(NoticeKind::correction)] == 1);
  CHECK(s.supported == 1);
  // A sentence added is new reporting; one removed withdraws a claim: a stealth edit, and a severe one.
  CHECK(s.stealth_additions == 0);
  CHECK(s.new_reporting == 1);
  CHECK(s.stealth_removals == 1);
  CHECK(s.stealth_by_severity[static_cast<std::size_t>(Severity::high)] == 1);
  REQUIRE(s.median_delay_hours);
  CHECK(*s.median_delay_hours == Approx(24.0));  // change seen on the 12th, notice on the 13th

  CHECK(parse_category("negation") == Category::negation);
  CHECK_FALSE(parse_category("nonsense"));
}

TEST_CASE("filters narrow stealth edits by category and to wording edits") {
  auto a = audit("a", history({kHead + kBody + "\nThe mayor welcomed it.\n",
                               kHead + "The council approved the harbour plan on Wednesday. "
                                       "The port will cost 48 million euros.\n"}));
  REQUIRE(a.stealth_edits.size() == 2);
  auto only_edits = a;
  apply_filter(only_edits, FindingFilter{std::nullopt, true});
  REQUIRE(only_edits.stealth_edits.size() == 1);
  CHECK(only_edits.stealth_edits[0].category == Category::date);
  auto above_date = a;
  apply_filter(above_date, FindingFilter{Category::quote, false});
  CHECK(above_date.stealth_edits.empty());
}
