#include <catch2/catch.hpp>
#include <nlohmann/json.hpp>

#include "revisor/watch/finding.h"

using namespace revisor;

TEST_CASE("a stealth edit's finding names its severity in the line and the JSON", "[watch]") {
  watch::Finding f{watch::FindingKind::stealth_edit, "example.com/news/harbor", "https://example.com/news/harbor",
                   3, parse_timestamp("2026-11-26T09:00:00Z"), "number", "\"12 million\" -> \"21 million\"", "high"};
  CHECK(watch::finding_text(f) ==
        "2026-11-26T09:00:00Z stealth_edit example.com/news/harbor v3 number (high): \"12 million\" -> \"21 million\"");
  const auto j = nlohmann::json::parse(watch::finding_json(f));
  CHECK(j["severity"] == "high");
  CHECK(j["label"] == "number");

  f.kind = watch::FindingKind::notice;
  f.label = "correction";
  f.severity.clear();
  CHECK(watch::finding_text(f).find("(") == std::string::npos);
  CHECK_FALSE(nlohmann::json::parse(watch::finding_json(f)).contains("severity"));
}
