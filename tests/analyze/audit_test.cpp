#include <catch2/catch.hpp>

#include <algorithm>
#include <fstream>
#include <sstream>
#include <string>
#include <vector>

#include "revisor/analyze/audit.h"
#include "revisor/text/article_text.h"
#include "support/article_versions.h"
#include "support/temp_dir.h"

using namespace revisor;
using namespace revisor::analyze;

namespace {

// Versions seen an hour apart.
text::ArticleVersion version_of(const std::string& raw, int number) {
  return test::version_of(raw, number, "2021-06-17T11:00:00Z", 3600);
}

std::string replace_once(std::string s, const std::string& from, const std::string& to) {
  auto at = s.find(from);
  REQUIRE(at != std::string::npos);
  return s.replace(at, from.size(), to);
}

std::string drop_paragraph_starting(const std::string& s, const std::string& start) {
  auto at = s.find("\n" + start);
  REQUIRE(at != std::string::npos);
  auto end = s.find("\n\n", at + 1);
  return s.substr(0, at) + (end == std::string::npos ? "\n" : s.substr(end));
}

}  // namespace

TEST_CASE("the seed correction is one supported date correction linked to Wednesday -> Thursday") {
  std::string v2 = revisor::test::read_file(REVISOR_SOURCE_DIR "/samples/seed-erdogan-s400/v2.txt");
  REQUIRE(!v2.empty());
  std::string v1 = replace_once(v2, "Erdogan said Thursday that", "Erdogan said Wednesday that");
  v1 = drop_paragraph_starting(v1, "Correction:");
  std::vector<text::ArticleVersion> history{version_of(v1, 1), version_of(v2, 2)};

  ArticleAudit a = audit("seed", history);
  REQUIRE(a.notices.size() == 1);
  const auto& f = a.notices[0];
  CHECK(f.notice.kind == NoticeKind::correction);
  CHECK(f.notice.version == 2);
  CHECK(f.notice.language == "en");
  CHECK(std::find(f.notice.error_types.begin(), f.notice.error_types.end(), Category::date) !=
        f.notice.error_types.end());
  CHECK(f.status == NoticeStatus::supported);
  REQUIRE(!f.links.empty());
  CHECK(f.links[0].old_text == "Wednesday");
  CHECK(f.links[0].new_text == "Thursday");
  CHECK(f.links[0].category == Category::date);
  CHECK(f.links[0].new_sentence.rfind("According to a report by Turkish state media", 0) == 0);
  CHECK(a.stealth_edits.empty());
  CHECK(a.removed_notices.empty());
}
