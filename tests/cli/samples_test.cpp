// samples/ingest.jsonl (what scripts/demo and the golden test ingest) and
// samples/expected-findings.jsonl (what the audit must find) list the same versions: ingested through
// the real binary, the store holds exactly the articles, versions, times and urls the findings assume.
#include <fstream>
#include <set>
#include <sstream>
#include <string>
#include <vector>

#include <catch2/catch.hpp>
#include <nlohmann/json.hpp>

#include "support/run_revisor.h"
#include "support/temp_dir.h"

using nlohmann::json;
using revisor::test::run_revisor;
using revisor::test::TempDir;

namespace {

const std::string kSamples = REVISOR_SOURCE_DIR "/samples/";

std::vector<json> json_lines(const std::string& path) {
  std::ifstream in(path);
  REQUIRE(in);
  std::vector<json> out;
  for (std::string line; std::getline(in, line);)
    if (!line.empty()) out.push_back(json::parse(line));
  return out;
}

}  // namespace

TEST_CASE("samples: ingest.jsonl and expected-findings.jsonl list the same articles and versions",
          "[cli][samples]") {
  const auto findings = json_lines(kSamples + "expected-findings.jsonl");
  const auto manifest = json_lines(kSamples + "ingest.jsonl");
  REQUIRE(findings.size() >= 4);

  // Line by line: the manifest lists each article's versions in the findings' order.
  std::vector<json> expected;
  for (const auto& a : findings)
    for (const auto& v : a["versions"]) {
      json line = {{"article", a["article"]},
                   {"file", a["dir"].get<std::string>() + "/" + v["file"].get<std::string>()},
                   {"observed_at", v["observed_at"]}};
      if (a.contains("url")) line["url"] = a["url"];
      expected.push_back(line);
    }
  CHECK(manifest == expected);

  // Through the binary: what `ingest --manifest` stores is what the findings describe.
  TempDir dir;
  const auto store = (dir / "store").string();
  REQUIRE(run_revisor({"init", store}).exit_code == 0);
  const auto ingest = run_revisor({"--store", store, "ingest", "--manifest", kSamples + "ingest.jsonl"});
  INFO(ingest.err);
  REQUIRE(ingest.exit_code == 0);

  const auto list = run_revisor({"--store", store, "list"});
  REQUIRE(list.exit_code == 0);
  std::set<std::string> listed;
  std::istringstream rows(list.out);
  std::string row;
  std::getline(rows, row);  // the header
  while (std::getline(rows, row)) listed.insert(row.substr(0, row.find(' ')));
  std::set<std::string> named;
  for (const auto& a : findings) named.insert(a["article"].get<std::string>());
  CHECK(listed == named);

  for (const auto& a : findings) {
    const std::string id = a["article"];
    INFO(id);
    const auto report = run_revisor({"--store", store, "report", id, "--format", "json"});
    REQUIRE(report.exit_code == 0);
    const auto versions = json::parse(report.out)["versions"];
    REQUIRE(versions.size() == a["versions"].size());
    for (std::size_t i = 0; i < versions.size(); ++i) {
      CHECK(versions[i]["number"] == i + 1);
      CHECK(versions[i]["observed_at"] == a["versions"][i]["observed_at"]);
      CHECK(versions[i].value("url", "") == a.value("url", ""));
    }
  }
}
