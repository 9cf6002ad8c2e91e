// `revisor audit --format jsonl`, `--shard K/N` and `revisor summary` through the real binary: a store
// audited in 3 shards merges into exactly the figures of one audit of the whole store.
#include <filesystem>
#include <fstream>
#include <set>
#include <sstream>
#include <string>
#include <vector>

#include <catch2/catch.hpp>
#include <nlohmann/json.hpp>

#include "support/run_revisor.h"
#include "support/samples.h"
#include "support/temp_dir.h"

using nlohmann::json;
using revisor::test::run_revisor;
using revisor::test::TempDir;

namespace {

std::vector<std::string> lines_of(const std::string& text) {
  std::vector<std::string> out;
  std::istringstream in(text);
  for (std::string line; std::getline(in, line);) out.push_back(line);
  return out;
}

// The samples ingested `copies` times under distinct ids, through one --manifest run.
std::string copied_samples_store(const TempDir& tmp, int copies) {
  const std::string store = (tmp / "store").string();
  REQUIRE(run_revisor({"init", store}).exit_code == 0);
  // A manifest names files inside its own folder: the samples are linked in beside it.
  std::filesystem::create_directory_symlink(revisor::test::kSamplesDir, tmp / "samples");
  std::ifstream in(revisor::test::kSamplesDir / "ingest.jsonl");
  std::string manifest;
  std::vector<json> rows;
  for (std::string line; std::getline(in, line);)
    if (!line.empty()) rows.push_back(json::parse(line));
  for (int c = 0; c < copies; ++c) {
    for (json row : rows) {
      row["article"] = row["article"].get<std::string>() + "-" + std::to_string(c);
      row["file"] = "samples/" + row["file"].get<std::string>();
      manifest += row.dump() + "\n";
    }
  }
  const auto file = tmp.write("manifest.jsonl", manifest);
  auto r = run_revisor({"--store", store, "ingest", "--manifest", file.string()});
  INFO(r.err);
  REQUIRE(r.exit_code == 0);
  return store;
}

// The "Summary" block of a text audit, up to the labels.
std::string summary_block(const std::string& text) {
  const auto start = text.find("Summary\n");
  const auto end = text.find("\nLabels\n", start);
  REQUIRE(start != std::string::npos);
  return text.substr(start, end - start);
}

}  // namespace

TEST_CASE("revisor audit --shard K/N outputs merge with revisor summary into the whole store's figures", "[cli]") {
  TempDir tmp;
  const std::string store = copied_samples_store(tmp, 4);
  const auto listed = lines_of(run_revisor({"--store", store, "list"}).out);
  const std::size_t articles = listed.size() - 1;  // less the header
  REQUIRE(articles >= 12);

  auto whole = run_revisor({"--store", store, "audit", "--format", "jsonl"});
  INFO(whole.err);
  REQUIRE(whole.exit_code == 0);
  const auto whole_lines = lines_of(whole.out);
  REQUIRE(whole_lines.size() == articles + 1);
  // Each article line holds the article exactly as the JSON document does, in the same order.
  const json document = json::parse(run_revisor({"--store", store, "audit", "--format", "json"}).out);
  for (std::size_t i = 0; i < articles; ++i) CHECK(json::parse(whole_lines[i])["article"] == document["articles"][i]);
  const json whole_summary = json::parse(whole_lines.back())["summary"];
  CHECK(whole_summary["articles"] == articles);
  CHECK(whole_summary["notices"].get<int>() > 0);

  std::set<std::string> seen;
  std::vector<std::string> files;
  for (int k = 1; k <= 3; ++k) {
    auto shard = run_revisor({"--store", store, "audit", "--format", "jsonl", "--shard", std::to_string(k) + "/3"});
    INFO(shard.err);
    REQUIRE(shard.exit_code == 0);
    const auto shard_lines = lines_of(shard.out);
    REQUIRE(!shard_lines.empty());
    CHECK(shard_lines.size() < articles + 1);  // a part, not the whole
    for (std::size_t i = 0; i + 1 < shard_lines.size(); ++i)
      CHECK(seen.insert(json::parse(shard_lines[i])["article"]["id"].get<std::string>()).second);
    files.push_back(tmp.write("shard-" + std::to_string(k) + ".jsonl", shard.out).string());
  }
  CHECK(seen.size() == articles);  // every article in exactly one shard

  std::vector<std::string> merge = {"summary", "--format", "jsonl"};
  merge.insert(merge.end(), files.begin(), files.end());
  auto merged = run_revisor(merge);
  INFO(merged.err);
  REQUIRE(merged.exit_code == 0);
  CHECK(merged.out == whole_lines.back() + "\n");

  merge = {"summary"};
  merge.insert(merge.end(), files.begin(), files.end());
  CHECK(summary_block(run_revisor(merge).out) == summary_block(run_revisor({"--store", store, "audit"}).out));
}

TEST_CASE("revisor audit --shard and revisor summary refuse bad input with exit 2", "[cli]") {
  TempDir tmp;
  const std::string store = copied_samples_store(tmp, 1);
  for (const char* bad : {"0/3", "4/3", "3", "a/b", "1/0"}) {
    auto r = run_revisor({"--store", store, "audit", "--shard", bad});
    CHECK(r.exit_code == 2);
    CHECK_THAT(r.err, Catch::Contains(bad));
  }
  const auto truncated = tmp.write("cut.jsonl", "{\"article\": {\"id\": \"a\"}}\n");
  auto r = run_revisor({"summary", truncated.string()});
  CHECK(r.exit_code == 2);
  CHECK_THAT(r.err, Catch::Contains("cut.jsonl") && Catch::Contains("no summary line"));
  const auto garbage = tmp.write("garbage.jsonl", "{\"summary\": {\"articles\": 1}}\n");
  r = run_revisor({"summary", garbage.string()});
  CHECK(r.exit_code == 2);
  CHECK_THAT(r.err, Catch::Contains("garbage.jsonl line 1"));
  r = run_revisor({"summary", (tmp / "missing.jsonl").string()});
  CHECK(r.exit_code == 2);
  CHECK_THAT(r.err, Catch::Contains("missing.jsonl"));

  // An article in two files would be counted twice: one shard given twice, or shards of two runs.
  auto whole = run_revisor({"--store", store, "audit", "--format", "jsonl"});
  REQUIRE(whole.exit_code == 0);
  const auto once = tmp.write("whole.jsonl", whole.out);
  REQUIRE(run_revisor({"summary", once.string()}).exit_code == 0);
  r = run_revisor({"summary", once.string(), once.string()});
  CHECK(r.exit_code == 2);
  CHECK(r.out.empty());
  CHECK_THAT(r.err, Catch::Contains("whole.jsonl line 1: the article") &&
                        Catch::Contains("each article must be in exactly one file"));
  auto shard = run_revisor({"--store", store, "audit", "--format", "jsonl", "--shard", "1/2"});
  REQUIRE(shard.exit_code == 0);
  const auto part = tmp.write("part.jsonl", shard.out);
  r = run_revisor({"summary", part.string(), once.string()});
  CHECK(r.exit_code == 2);
  CHECK_THAT(r.err, Catch::Contains("whole.jsonl line") && Catch::Contains("part.jsonl too"));
}
