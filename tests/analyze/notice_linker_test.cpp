#include <catch2/catch.hpp>

#include <string>
#include <vector>

#include "revisor/analyze/audit.h"
#include "revisor/base/timestamp.h"
#include "revisor/text/document.h"

using namespace revisor;
using namespace revisor::analyze;

namespace {

std::vector<text::ArticleVersion> history(const std::vector<std::string>& texts) {
  std::vector<text::ArticleVersion> out;
  int n = 0;
  for (const auto& t : texts) {
    text::ArticleVersion v;
    v.meta.number = ++n;
    v.meta.observed_at = parse_timestamp("2024-05-1" + std::to_string(n) + "T08:00:00Z");
    v.document = text::Document::parse(t);
    out.push_back(std::move(v));
  }
  return out;
}

const std::string kHead = "Harbour plan approved\n\n";

}  // namespace

TEST_CASE("a notice that names no error type takes the category of the change it links to") {
  auto a = audit("h", history({kHead + "The council approved the harbour plan on Tuesday after a long debate.\n",
                               kHead + "The council approved the harbour plan on Wednesday after a long debate.\n\n"
                                       "Correction: This story has been corrected: the council approved the "
                                       "harbour plan after a long debate.\n"}));
  REQUIRE(a.notices.size() == 1);
  const auto& n = a.notices[0];
  REQUIRE(n.status == NoticeStatus::supported);
  CHECK(n.links[0].category == Category::date);
  REQUIRE(!n.notice.error_types.empty());
  CHECK(n.notice.error_types[0] == Category::date);
  CHECK(n.notice.error_type_sources[0] == TypeSource::change);
}

TEST_CASE("a notice whose words name its error type keeps it whatever it links to") {
  auto a = audit("h", history({kHead + "The harbour master, Jory Tremayne, approved the plan on Tuesday.\n",
                               kHead + "The harbour master, Jory Tremaine, approved the plan on Tuesday.\n\n"
                                       "Correction: An earlier version of this story misspelled the surname of "
                                       "the harbour master, Jory Tremaine.\n"}));
  REQUIRE(a.notices.size() == 1);
  const auto& n = a.notices[0].notice;
  REQUIRE(!n.error_types.empty());
  CHECK(n.error_types[0] == Category::name);
  CHECK(n.error_type_sources[0] == TypeSource::wording);
}
