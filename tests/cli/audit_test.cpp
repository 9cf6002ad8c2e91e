// End to end: `revisor audit` through the real binary on a temp store: the founding seed example,
// every sample article's expected findings (samples/expected-findings.jsonl), formats, filters, exit codes.
#include <fstream>
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

std::string store_in(const TempDir& dir) {
  auto store = (dir / "store").string();
  auto r = run_revisor({"init", store});
  REQUIRE(r.exit_code == 0);
  return store;
}

void ingest(const std::string& store, const std::string& id, const std::string& file,
            const std::string& observed_at) {
  auto r = run_revisor({"--store", store, "ingest", "--article", id, "--observed-at", observed_at, file});
  INFO(r.err);
  REQUIRE(r.exit_code == 0);
}

json audit_json(const std::string& store, const std::string& id) {
  auto r = run_revisor({"--store", store, "audit", "--article", id, "--format", "json"});
  INFO(r.err);
  REQUIRE(r.exit_code == 0);
  auto j = json::parse(r.out);
  REQUIRE(j["articles"].size() == 1);
  return j["articles"][0];
}

// The seed pair exactly as the before-stop check builds it: v1 says Wednesday and has no notice.
std::string seed_store(const TempDir& dir) {
  std::string v2 = revisor::test::read_file(REVISOR_SOURCE_DIR "/samples/seed-erdogan-s400/v2.txt");
  REQUIRE(!v2.empty());
  std::string v1;
  std::istringstream lines(v2);
  for (std::string line; std::getline(lines, line);) {
    if (line.rfind("Correction:", 0) == 0) continue;
    auto at = line.find("Erdogan said Thursday that");
    if (at != std::string::npos) line.replace(at, 26, "Erdogan said Wednesday that");
    v1 += line + "\n";
  }
  auto store = store_in(dir);
  ingest(store, "seed", dir.write("v1.txt", v1).string(), "2021-06-17T10:00:00Z");
  ingest(store, "seed", dir.write("v2.txt", v2).string(), "2021-06-17T16:00:00Z");
  return store;
}

bool has_link(const json& notice, const json& expected) {
  for (const auto& l : notice["links"]) {
    if (l["old"] == expected["old"] && l["new"] == expected["new"]) return true;
  }
  return false;
}

}  // namespace

TEST_CASE("audit: the seed correction is a supported date correction linked to Wednesday -> Thursday",
          "[cli][audit]") {
  TempDir dir;
  auto a = audit_json(seed_store(dir), "seed");
  CHECK(a["id"] == "seed");
  CHECK(a["versions"] == 2);
  REQUIRE(a["notices"].size() == 1);
  const auto& n = a["notices"][0];
  CHECK(n["kind"] == "correction");
  CHECK(n["version"] == 2);
  CHECK(n["language"] == "en");
  CHECK(n["error_types"] == json::array({"date"}));
  CHECK(n["status"] == "supported");
  REQUIRE(!n["links"].empty());
  const auto& l = n["links"][0];
  CHECK(l["from"] == 1);
  CHECK(l["to"] == 2);
  CHECK(l["category"] == "date");
  CHECK(l["old"] == "Wednesday");
  CHECK(l["new"] == "Thursday");
  CHECK(l["new_sentence"].get<std::string>().rfind("According to a report by Turkish state media", 0) == 0);
  CHECK(a["stealth_edits"].empty());
  CHECK(a["removed_notices"].empty());
}

TEST_CASE("audit: every sample gives its expected findings", "[cli][audit]") {
  std::ifstream manifest(REVISOR_SOURCE_DIR "/samples/expected-findings.jsonl");
  REQUIRE(manifest);
  TempDir dir;
  auto store = store_in(dir);
  int samples = 0;
  for (std::string line; std::getline(manifest, line);) {
    if (line.empty()) continue;
    auto m = json::parse(line);
    std::string id = m["article"];
    INFO("sample " << id);
    for (const auto& v : m["versions"]) {
      ingest(store, id, std::string(REVISOR_SOURCE_DIR "/samples/") + m["dir"].get<std::string>() + "/" +
                            v["file"].get<std::string>(),
             v["observed_at"]);
    }
    auto a = audit_json(store, id);
    const auto& expect = m["expect"];
    REQUIRE(a["notices"].size() == expect["notices"].size());
    for (std::size_t i = 0; i < expect["notices"].size(); ++i) {
      const auto& want = expect["notices"][i];
      const auto& got = a["notices"][i];
      CHECK(got["kind"] == want["kind"]);
      CHECK(got["version"] == want["version"]);
      CHECK(got["error_types"] == want["error_types"]);
      CHECK(got["status"] == want["status"]);
      CHECK(has_link(got, want));
    }
    REQUIRE(a["stealth_edits"].size() == expect["stealth_edits"].size());
    for (std::size_t i = 0; i < expect["stealth_edits"].size(); ++i) {
      const auto& want = expect["stealth_edits"][i];
      const auto& got = a["stealth_edits"][i];
      CHECK(got["category"] == want["category"]);
      CHECK(got["from"] == want["from"]);
      CHECK(got["to"] == want["to"]);
      CHECK(got["old"] == want["old"]);
      CHECK(got["new"] == want["new"]);
    }
    ++samples;
  }
  CHECK(samples >= 4);
}

TEST_CASE("audit: a whole-store text audit ends with the archive summary, markdown too", "[cli][audit]") {
  TempDir dir;
  auto store = seed_store(dir);
  auto text = run_revisor({"--store", store, "audit"});
  REQUIRE(text.exit_code == 0);
  CHECK(text.out.find("v2 correction [en] date (wording): supported") != std::string::npos);
  CHECK(text.out.find("Summary") != std::string::npos);
  CHECK(text.out.find("1 correction") != std::string::npos);
  auto md = run_revisor({"--store", store, "audit", "--format", "markdown"});
  REQUIRE(md.exit_code == 0);
  CHECK(md.out.find("## Summary") != std::string::npos);
  // One article asked for by name: no archive-wide figures.
  auto one = run_revisor({"--store", store, "audit", "--article", "seed"});
  REQUIRE(one.exit_code == 0);
  CHECK(one.out.find("Summary") == std::string::npos);
}

TEST_CASE("audit: a silent number change is a stealth edit, filters narrow it", "[cli][audit]") {
  TempDir dir;
  auto store = store_in(dir);
  ingest(store, "budget", dir.write("a.txt", "Port plan approved\n\nThe port will cost 48 million euros, the council said.\n").string(),
         "2024-01-01T10:00:00Z");
  ingest(store, "budget", dir.write("b.txt", "Port plan approved\n\nThe port will cost 84 million euros, the council said.\n").string(),
         "2024-01-02T10:00:00Z");
  auto a = audit_json(store, "budget");
  REQUIRE(a["stealth_edits"].size() == 1);
  CHECK(a["stealth_edits"][0]["category"] == "number");
  CHECK(a["stealth_edits"][0]["old"] == "48");
  CHECK(a["stealth_edits"][0]["new"] == "84");
  auto above = run_revisor({"--store", store, "audit", "--article", "budget", "--format", "json", "--min-category", "date"});
  REQUIRE(above.exit_code == 0);
  CHECK(json::parse(above.out)["articles"][0]["stealth_edits"].empty());
  auto bad = run_revisor({"--store", store, "audit", "--min-category", "nonsense"});
  CHECK(bad.exit_code == 2);
  CHECK(bad.err.find("nonsense") != std::string::npos);
}

TEST_CASE("audit: terminal text shows control characters from article text harmlessly", "[cli][audit]") {
  TempDir dir;
  auto store = store_in(dir);
  ingest(store, "esc", dir.write("a.txt", "Title\n\nThe fund holds 5 million dollars.\n").string(), "2024-01-01T10:00:00Z");
  ingest(store, "esc", dir.write("b.txt", "Title\n\nThe fund holds 7 million dollars.\x1b[2J\n").string(),
         "2024-01-02T10:00:00Z");
  auto r = run_revisor({"--store", store, "audit", "--article", "esc"});
  REQUIRE(r.exit_code == 0);
  CHECK(r.out.find('\x1b') == std::string::npos);
}

TEST_CASE("audit: an unknown article or store fails with a message", "[cli][audit]") {
  TempDir dir;
  auto store = seed_store(dir);
  auto r = run_revisor({"--store", store, "audit", "--article", "nope"});
  CHECK(r.exit_code == 2);
  CHECK(r.err.find("nope") != std::string::npos);
  auto s = run_revisor({"--store", (dir / "missing").string(), "audit"});
  CHECK(s.exit_code == 2);
}

namespace {

std::string sample_store(const TempDir& dir, const std::string& id, const std::string& folder,
                         const std::vector<std::string>& files) {
  auto store = store_in(dir);
  int day = 10;
  for (const auto& f : files) {
    ingest(store, id, std::string(REVISOR_SOURCE_DIR "/samples/") + folder + "/" + f,
           "2024-05-" + std::to_string(day++) + "T10:00:00Z");
  }
  return store;
}

}  // namespace

TEST_CASE("audit: one correction of a name fixed in two places links both places", "[cli][audit]") {
  TempDir dir;
  auto store = sample_store(dir, "mayor", "correction-mayor-name", {"v1.txt", "v2.txt"});
  auto a = audit_json(store, "mayor");
  REQUIRE(a["notices"].size() == 1);
  const auto& links = a["notices"][0]["links"];
  REQUIRE(links.size() == 2);
  for (const auto& l : links) {
    CHECK(l["old"] == "Whitacker");
    CHECK(l["new"] == "Whittaker");
    // The place where the surname opens a sentence reads as a typo alone, but it is the same name.
    CHECK(l["category"] == "name");
  }
  CHECK(links[0]["new_sentence"] != links[1]["new_sentence"]);
  CHECK(a["stealth_edits"].empty());

  auto report = run_revisor({"--store", store, "report", "mayor"});
  REQUIRE(report.exit_code == 0);
  CHECK(report.out.find("matches 2 changes") != std::string::npos);
  CHECK(report.out.find("[typo]") == std::string::npos);
  auto j = json::parse(run_revisor({"--store", store, "report", "mayor", "--format", "json"}).out);
  int named = 0;
  for (const auto& c : j["transitions"][0]["changes"]) named += c["notices"].empty() ? 0 : 1;
  CHECK(named == 2);
}

TEST_CASE("audit: a correction of one substitution leaves a different one unlinked", "[cli][audit]") {
  TempDir dir;
  auto store = store_in(dir);
  const std::string v1 =
      "Harbour board names new chair\n\nThe board chose Maria Kowalsky on Tuesday.\n\n"
      "Kowalsky said the port would hire 40 workers.\n\nShe thanked Peter Lindgren for his work.\n";
  const std::string v2 =
      "Harbour board names new chair\n\nThe board chose Maria Kowalski on Tuesday.\n\n"
      "Kowalski said the port would hire 70 workers.\n\nShe thanked Peter Lindgrun for his work.\n\n"
      "Correction: An earlier version misspelled the name of Maria Kowalski.\n";
  ingest(store, "chair", dir.write("v1.txt", v1).string(), "2024-02-01T10:00:00Z");
  ingest(store, "chair", dir.write("v2.txt", v2).string(), "2024-02-01T12:00:00Z");
  auto a = audit_json(store, "chair");
  REQUIRE(a["notices"].size() == 1);
  const auto& links = a["notices"][0]["links"];
  REQUIRE(links.size() == 2);
  for (const auto& l : links) CHECK(l["new"] == "Kowalski");
  bool number = false, other_name = false;
  for (const auto& e : a["stealth_edits"]) {
    number = number || (e["old"] == "40" && e["new"] == "70");
    other_name = other_name || (e["old"] == "Lindgren" && e["new"] == "Lindgrun");
  }
  CHECK(number);
  CHECK(other_name);
}
