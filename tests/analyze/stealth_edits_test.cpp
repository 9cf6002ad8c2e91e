#include <catch2/catch.hpp>

#include <algorithm>
#include <string>
#include <vector>

#include "revisor/analyze/audit.h"
#include "revisor/analyze/stealth_edits.h"
#include "revisor/analyze/summary.h"
#include "revisor/text/article_text.h"
#include "support/article_versions.h"

using namespace revisor;
using namespace revisor::analyze;

namespace {

// Versions seen an hour apart.
text::ArticleVersion version_of(const std::string& raw, int number) {
  return test::version_of(raw, number, "2021-06-17T11:00:00Z", 3600);
}

const std::string kHeadline = "Harbor fire closes Ashford port\n\n";
const std::string kFire = "The fire broke out at the Ashford harbor warehouse on Tuesday night, officials said.";
const std::string kCrews = "Firefighters from three counties fought the blaze for hours before it was contained.";
const std::string kInjured =
    "At least 12 dock workers were taken to Ashford General with burns and smoke inhalation.";
const std::string kPort =
    "The port authority said the harbor would stay closed while inspectors examined the damaged piers.";
const std::string kShops = "Local businesses said the closure would cost them heavily during the busy season.";

std::string article(const std::vector<std::string>& paragraphs) {
  std::string out = kHeadline;
  for (const auto& p : paragraphs) out += p + "\n\n";
  return out;
}

ArticleAudit audit_of(const std::vector<std::vector<std::string>>& versions) {
  std::vector<text::ArticleVersion> history;
  for (std::size_t k = 0; k < versions.size(); ++k)
    history.push_back(version_of(article(versions[k]), static_cast<int>(k) + 1));
  return audit("harbor", history);
}

bool has_sentence(const std::vector<ChangeRef>& refs, ChangeKind kind, const std::string& starts) {
  return std::any_of(refs.begin(), refs.end(), [&](const ChangeRef& r) {
    const auto& s = kind == ChangeKind::removal ? r.old_sentence : r.new_sentence;
    return r.kind == kind && s.rfind(starts, 0) == 0;
  });
}

}  // namespace

TEST_CASE("sentences added to a story are new reporting, not stealth edits", "[analyze][stealth]") {
  const std::string added = "Investigators are now examining security footage from a nearby shipyard.";
  auto a = audit_of({{kFire, kCrews, kPort, kShops}, {kFire, kCrews, kPort, kShops, added}});
  CHECK(a.stealth_edits.empty());
  REQUIRE(a.new_reporting.size() == 1);
  CHECK(a.new_reporting[0].kind == ChangeKind::addition);
  CHECK(a.new_reporting[0].new_sentence == added);
  const auto counts = count_findings(a);
  CHECK(counts.stealth_edits == 0);
  CHECK(counts.new_reporting == 1);
}

TEST_CASE("a sentence added where a claim was removed replaces it: both are stealth edits", "[analyze][stealth]") {
  const std::string grants = "The mayor promised emergency grants for fishing crews who lost equipment.";
  auto a = audit_of({{kFire, kCrews, kPort, kShops}, {kFire, kCrews, kPort, grants}});
  CHECK(a.new_reporting.empty());
  REQUIRE(a.stealth_edits.size() == 2);
  CHECK(has_sentence(a.stealth_edits, ChangeKind::removal, "Local businesses"));
  CHECK(has_sentence(a.stealth_edits, ChangeKind::addition, "The mayor promised"));
  for (const auto& e : a.stealth_edits)
    CHECK(e.severity == (e.kind == ChangeKind::removal ? Severity::high : Severity::medium));
}

TEST_CASE("a sentence added elsewhere that restates a removed claim with another figure is a high stealth edit",
          "[analyze][stealth]") {
  const std::string restated =
      "Ashford General now says 21 dock workers needed treatment overnight, several in serious condition.";
  const std::string unrelated = "Investigators are now examining security footage from a nearby shipyard.";
  auto a = audit_of({{kFire, kInjured, kCrews, kPort, kShops}, {kFire, kCrews, kPort, kShops, unrelated, restated}});
  REQUIRE(has_sentence(a.stealth_edits, ChangeKind::removal, "At least 12"));
  REQUIRE(has_sentence(a.stealth_edits, ChangeKind::addition, "Ashford General now says 21"));
  for (const auto& e : a.stealth_edits) CHECK(e.severity == Severity::high);
  // The other addition is about something else: new reporting.
  REQUIRE(a.new_reporting.size() == 1);
  CHECK(a.new_reporting[0].new_sentence == unrelated);
}

TEST_CASE("additions an update notice announces are linked to it or new reporting", "[analyze][stealth]") {
  const std::string footage = "Investigators are now examining security footage from a nearby shipyard.";
  const std::string ferries = "Two ferries scheduled for Wednesday have been diverted to Kelsby.";
  const std::string note = "Update: This story has been updated with additional information.";
  auto a = audit_of({{kFire, kCrews, kPort, kShops}, {kFire, kCrews, kPort, kShops, footage, ferries, note}});
  REQUIRE(a.notices.size() == 1);
  REQUIRE(a.notices[0].notice.kind == NoticeKind::update);
  CHECK(a.stealth_edits.empty());
  for (const auto& s : {footage, ferries}) {
    INFO(s);
    const bool linked = has_sentence(a.notices[0].links, ChangeKind::addition, s.substr(0, 12));
    CHECK(linked != has_sentence(a.new_reporting, ChangeKind::addition, s.substr(0, 12)));
  }
}

TEST_CASE("a note that the story is developing, added or dropped, is neither a stealth edit nor new reporting",
          "[analyze][stealth]") {
  const std::string note = "This is a developing story and will be updated.";
  auto dropped = audit_of({{kFire, kCrews, note}, {kFire, kCrews, kPort}});
  CHECK(dropped.stealth_edits.empty());
  REQUIRE(dropped.new_reporting.size() == 1);
  CHECK(dropped.new_reporting[0].new_sentence == kPort);
  auto added = audit_of({{kFire, kCrews}, {kFire, kCrews, note}});
  CHECK(added.stealth_edits.empty());
  CHECK(added.new_reporting.empty());
  // A sentence with a claim of its own stays what it is, whatever it also says.
  const std::string claim =
      "This is a developing story: police said on Tuesday that 12 people were hurt in the fire at the harbor "
      "warehouse and that two of them remain in a serious condition at Ashford General.";
  auto withdrawn = audit_of({{kFire, kCrews, claim}, {kFire, kCrews}});
  REQUIRE(withdrawn.stealth_edits.size() == 1);
  CHECK(withdrawn.stealth_edits[0].kind == ChangeKind::removal);
}

TEST_CASE("severity: figures, dates, negations, names, hedges and withdrawn claims are high", "[analyze][stealth]") {
  ChangeRef r;
  r.kind = ChangeKind::edit;
  r.old_text = "12";
  r.new_text = "21";
  for (auto c : {Category::number, Category::date, Category::negation, Category::name}) {
    r.category = c;
    CHECK(stealth_severity(r) == Severity::high);
  }
  r.category = Category::fact;
  r.old_text = "what police are treating as";
  r.new_text = "the";
  CHECK(stealth_severity(r) == Severity::high);
  r.old_text = "the ferry";
  r.new_text = "the freighter";
  CHECK(stealth_severity(r) == Severity::medium);
  // Only a modifier changed (WordNet knows both words as adjectives or adverbs alone): ranked below.
  r.old_text = "fierce";
  r.new_text = "intense";
  CHECK(stealth_severity(r) == Severity::low);
  r.old_text = "rose marginally";
  r.new_text = "rose sharply";
  CHECK(stealth_severity(r) == Severity::low);
  r.category = Category::quote;
  CHECK(stealth_severity(r) == Severity::medium);
  r.category = Category::other;
  CHECK(stealth_severity(r) == Severity::low);
  r.category = Category::style;
  CHECK(stealth_severity(r) == Severity::low);
  r.kind = ChangeKind::removal;
  r.category = Category::fact;
  CHECK(stealth_severity(r) == Severity::high);
}

TEST_CASE("a figure changed inside a sentence is a high stealth edit, counted by severity", "[analyze][stealth]") {
  std::string changed = kInjured;
  changed.replace(changed.find("12"), 2, "21");
  auto a = audit_of({{kFire, kInjured, kPort}, {kFire, changed, kPort}});
  REQUIRE(a.stealth_edits.size() == 1);
  CHECK(a.stealth_edits[0].category == Category::number);
  CHECK(a.stealth_edits[0].severity == Severity::high);
  const auto counts = count_findings(a);
  CHECK(counts.stealth_by_severity[static_cast<std::size_t>(Severity::high)] == 1);
  CHECK(top_severity(counts) == Severity::high);
}

TEST_CASE("developing and live stories are recognised, and say why", "[analyze][stealth]") {
  SECTION("a version that says so") {
    auto a = audit_of({{kFire, kCrews}, {kFire, kCrews, "This is a developing story and will be updated."}});
    REQUIRE(a.developing_signs.size() == 1);
    CHECK(a.developing_signs[0] == "says \"This is a developing story\" (v2)");
  }
  SECTION("many versions") {
    std::vector<std::vector<std::string>> versions;
    std::vector<std::string> paragraphs{kFire};
    const std::vector<std::string> more{kCrews, kPort, kShops, kInjured, "Investigators are at the scene."};
    for (std::size_t k = 0; k < kDevelopingVersions; ++k) {
      paragraphs.push_back(more[k]);
      versions.push_back(paragraphs);
    }
    auto a = audit_of(versions);
    REQUIRE_FALSE(a.developing_signs.empty());
    CHECK(a.developing_signs[0] == std::to_string(kDevelopingVersions) + " versions");
  }
  SECTION("live-blog entries that open with a time") {
    auto a = audit_of({{"10:05 a.m. " + kFire, "10:42 a.m. " + kCrews, "11:15 a.m. " + kPort}, {kFire}});
    REQUIRE(a.developing_signs.size() == 1);
    CHECK(a.developing_signs[0] == "live-blog entries marked with times (v1)");
  }
  SECTION("a story that grew by many sentences") {
    std::vector<std::string> grown{kFire};
    for (std::size_t k = 0; k < kDevelopingAdditions; ++k)
      grown.push_back("Crew " + std::to_string(k + 1) + " of the harbor brigade reached pier " +
                      std::string(1, static_cast<char>('A' + k)) + " with hoses and foam.");
    auto a = audit_of({{kFire}, grown});
    REQUIRE(a.new_reporting.size() == kDevelopingAdditions);
    REQUIRE(a.developing_signs.size() == 1);
    CHECK(a.developing_signs[0] == std::to_string(kDevelopingAdditions) + " sentences of new reporting");
  }
  SECTION("an ordinary story") {
    auto a = audit_of({{kFire, kCrews}, {kFire, kCrews, kPort}});
    CHECK(a.developing_signs.empty());
    CHECK_FALSE(count_findings(a).developing);
  }
}

TEST_CASE("the substantive-only filter drops sentences added or removed, new reporting, updates and editor notes",
          "[analyze][stealth]") {
  std::string changed = kInjured;
  changed.replace(changed.find("12"), 2, "21");
  const std::string added = "Investigators are now examining security footage from a nearby shipyard.";
  // kPort removed, `added` put at the end, away from where kPort stood: new reporting.
  auto a = audit_of({{kFire, kInjured, kPort, kShops}, {kFire, changed, kShops, added}});
  REQUIRE_FALSE(a.new_reporting.empty());
  REQUIRE(std::any_of(a.stealth_edits.begin(), a.stealth_edits.end(),
                      [](const ChangeRef& r) { return r.kind != ChangeKind::edit; }));
  FindingFilter filter;
  filter.substantive_only = true;
  apply_filter(a, filter);
  CHECK(a.new_reporting.empty());
  REQUIRE(a.stealth_edits.size() == 1);
  CHECK(a.stealth_edits[0].kind == ChangeKind::edit);
  CHECK(is_substantive(a.stealth_edits[0].category));
  CHECK(count_findings(a).stealth_edits == 1);
}

TEST_CASE("a notice saying the article was substantially revised accounts for every change of its version",
          "[analyze][stealth]") {
  const std::string changed =
      "At least 21 dock workers were taken to Ashford General with burns and smoke inhalation.";
  const std::string rewrite = "Editor's note: This article has been substantially revised since it was first published.";
  const std::string update = "Update: This story has been updated with additional information.";
  // Without a notice, the changed figure and the withdrawn sentence are stealth edits.
  auto silent = audit_of({{kFire, kInjured, kCrews, kPort, kShops}, {kFire, changed, kCrews, kPort}});
  CHECK(silent.stealth_edits.size() >= 2);
  // A rewrite notice owns up to all of them.
  auto owned = audit_of({{kFire, kInjured, kCrews, kPort, kShops}, {kFire, changed, kCrews, kPort, rewrite}});
  REQUIRE(owned.notices.size() == 1);
  INFO(owned.notices[0].notice.text << " v" << owned.notices[0].notice.version);
  CHECK(owned.stealth_edits.empty());
  // An update notice does not: it announces additions, not a changed figure or a withdrawn claim.
  auto updated = audit_of({{kFire, kInjured, kCrews, kPort, kShops}, {kFire, changed, kCrews, kPort, update}});
  CHECK(updated.stealth_edits.size() == silent.stealth_edits.size());
}
