// The sample articles (samples/expected-findings.jsonl) and a store holding them, ingested through the real
// binary with each version's observed_at and url, for the end-to-end tests that run on them.
#pragma once

#include <filesystem>
#include <fstream>
#include <string>
#include <utility>
#include <vector>

#include <catch2/catch.hpp>
#include <nlohmann/json.hpp>

#include "support/run_revisor.h"
#include "support/temp_dir.h"

namespace revisor::test {

inline const std::filesystem::path kSamplesDir = std::filesystem::path(REVISOR_SOURCE_DIR) / "samples";

struct Sample {
  std::string id;
  std::string url;
  std::vector<std::pair<std::filesystem::path, std::string>> versions;  // file, observed_at
};

inline std::vector<Sample> samples() {
  std::ifstream manifest(kSamplesDir / "expected-findings.jsonl");
  REQUIRE(manifest);
  std::vector<Sample> out;
  for (std::string line; std::getline(manifest, line);) {
    if (line.empty()) continue;
    const auto m = nlohmann::json::parse(line);
    Sample s{m["article"], m.value("url", ""), {}};
    for (const auto& v : m["versions"])
      s.versions.emplace_back(kSamplesDir / m["dir"].get<std::string>() / v["file"].get<std::string>(),
                              v["observed_at"].get<std::string>());
    out.push_back(s);
  }
  REQUIRE(out.size() >= 4);
  return out;
}

// Creates `dir`/store, ingests every version of `all` and returns the store's path.
inline std::string ingest_samples(const TempDir& dir, const std::vector<Sample>& all) {
  const auto store = (dir / "store").string();
  REQUIRE(run_revisor({"init", store}).exit_code == 0);
  for (const auto& s : all) {
    for (const auto& [file, observed_at] : s.versions) {
      std::vector<std::string> args = {"--store", store,           "ingest",   "--article",
                                       s.id,      "--observed-at", observed_at};
      if (!s.url.empty()) args.insert(args.end(), {"--url", s.url});
      args.push_back(file.string());
      const auto r = run_revisor(args);
      INFO(r.err);
      REQUIRE(r.exit_code == 0);
    }
  }
  return store;
}

// Creates `dir`/store and ingests every sample in one run through the real ingest manifest
// (samples/ingest.jsonl, what scripts/demo uses); returns the store's path.
inline std::string ingest_samples(const TempDir& dir) {
  const auto store = (dir / "store").string();
  REQUIRE(run_revisor({"init", store}).exit_code == 0);
  const auto r = run_revisor({"--store", store, "ingest", "--manifest", (kSamplesDir / "ingest.jsonl").string()});
  INFO(r.err);
  REQUIRE(r.exit_code == 0);
  return store;
}

}  // namespace revisor::test
