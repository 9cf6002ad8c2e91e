// link_notice through audit(): clarifications and updates that add a clause rather than replace words
// are linked to the words they inserted, which are then no stealth edits.
#include <catch2/catch.hpp>

#include <algorithm>
#include <string>
#include <vector>

#include "revisor/analyze/audit.h"
#include "revisor/text/article_text.h"

using namespace revisor;
using namespace revisor::analyze;

namespace {

text::ArticleVersion version_of(const std::string& raw, int number) {
  text::ArticleVersion v;
  v.meta.number = number;
  v.meta.observed_at = parse_timestamp("2022-03-0" + std::to_string(number) + "T09:00:00Z");
  v.document = text::Document::parse(text::article_text(text::read_article(raw, "v.txt")));
  return v;
}

const std::string kHead = "City council bans diesel vans from the old town\n\n";
const std::string kVote = "The council voted 7-2 on Monday to ban diesel vans from the old town.";
const std::string kBan = "The ban applies to delivery vans registered in the region.";
const std::string kShops = "Shop owners said deliveries would cost more under the new rules.";
const std::string kNarrowed = "The ban applies to delivery vans registered in the region after 2015.";

ArticleAudit audit_pair(const std::string& second_ban, const std::string& notice) {
  const std::string v1 = kHead + kVote + "\n\n" + kBan + "\n\n" + kShops + "\n";
  const std::string v2 = kHead + kVote + "\n\n" + second_ban + "\n\n" + kShops + "\n\n" + notice + "\n";
  const std::vector<text::ArticleVersion> history{version_of(v1, 1), version_of(v2, 2)};
  return audit("vans", history);
}

bool links_insertion(const NoticeFinding& f, const std::string& words) {
  return std::any_of(f.links.begin(), f.links.end(), [&](const ChangeRef& l) {
    return l.kind == ChangeKind::edit && l.old_text.empty() && l.new_text.find(words) != std::string::npos;
  });
}

bool flags_insertion(const ArticleAudit& a, const std::string& words) {
  return std::any_of(a.stealth_edits.begin(), a.stealth_edits.end(),
                     [&](const ChangeRef& r) { return r.new_text.find(words) != std::string::npos; });
}

}  // namespace

TEST_CASE("without a notice, a condition added to a claim is a stealth edit", "[analyze]") {
  const std::string v1 = kHead + kVote + "\n\n" + kBan + "\n\n" + kShops + "\n";
  const std::string v2 = kHead + kVote + "\n\n" + kNarrowed + "\n\n" + kShops + "\n";
  const std::vector<text::ArticleVersion> history{version_of(v1, 1), version_of(v2, 2)};
  auto a = audit("vans", history);
  CHECK(flags_insertion(a, "2015"));
}

TEST_CASE("a clarification that names nothing is linked to the clause its version inserted", "[analyze]") {
  auto a = audit_pair(kNarrowed, "Clarification: This story has been clarified.");
  REQUIRE(a.notices.size() == 1);
  CHECK(a.notices[0].notice.kind == NoticeKind::clarification);
  CHECK(links_insertion(a.notices[0], "2015"));
  CHECK(a.notices[0].status == NoticeStatus::supported);
  CHECK_FALSE(flags_insertion(a, "2015"));
}

TEST_CASE("an update notice is linked to a clause added inside a sentence, as to sentences added", "[analyze]") {
  auto a = audit_pair(kNarrowed, "This story has been updated with additional information.");
  REQUIRE(a.notices.size() == 1);
  CHECK(a.notices[0].notice.kind == NoticeKind::update);
  CHECK(links_insertion(a.notices[0], "2015"));
  CHECK_FALSE(flags_insertion(a, "2015"));
}
