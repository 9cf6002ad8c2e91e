// End to end: one number for one thing. The audit's summary, the report's counts and the index of
// `report --all` give the same count of stealth edits; the index ranks articles by severity; and
// `audit --substantive-only` drops what its help says it drops.
#include <algorithm>
#include <array>
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

const std::string kHead = "Harbor fire closes Ashford port\n\n";
const std::string kFire = "The fire broke out at the Ashford harbor warehouse on Tuesday night, officials said.";
const std::string kInjured =
    "At least 12 dock workers were taken to Ashford General with burns and smoke inhalation.";
const std::string kPort =
    "The port authority said the harbor would stay closed while inspectors examined the damaged piers.";
const std::string kShops = "Local businesses said the closure would cost them heavily during the busy season.";

std::string article(const std::vector<std::string>& paragraphs) {
  std::string out = kHead;
  for (const auto& p : paragraphs) out += p + "\n\n";
  return out;
}

void ingest(const std::string& store, const std::string& id, const std::string& file, const std::string& at) {
  auto r = run_revisor({"--store", store, "ingest", "--article", id, "--observed-at", at, file});
  INFO(r.err);
  REQUIRE(r.exit_code == 0);
}

// A store of three articles: one silent figure change, a live story that only grows (new reporting
// in every version), and the samples' update notice with its added sentences; plus a removal.
std::string build_store(const TempDir& dir) {
  const auto store = (dir / "store").string();
  REQUIRE(run_revisor({"init", store}).exit_code == 0);
  std::string changed = kInjured;
  changed.replace(changed.find("12"), 2, "21");
  ingest(store, "figure", dir.write("f1.txt", article({kFire, kInjured, kPort, kShops})).string(),
         "2024-03-01T10:00:00Z");
  ingest(store, "figure", dir.write("f2.txt", article({kFire, changed, kShops})).string(), "2024-03-01T12:00:00Z");
  const std::vector<std::string> updates{
      "Investigators are now examining security footage from a nearby shipyard.",
      "Two ferries scheduled for Wednesday have been diverted to Kelsby.",
      "The harbor master asked boat owners to keep clear of the northern basin.",
      "Power was restored to the fish market late on Tuesday evening.",
      "A second crane was brought in from Dunmore to move the charred containers.",
      "The insurance adjusters arrived in Ashford on the first morning train."};
  std::vector<std::string> live{"This is a developing story and will be updated.", kFire};
  for (std::size_t k = 0; k < updates.size(); ++k) {
    live.push_back(updates[k]);
    const auto file = dir.write("l" + std::to_string(k) + ".txt", article(live));
    ingest(store, "live", file.string(), "2024-03-02T1" + std::to_string(k) + ":00:00Z");
  }
  const std::string plant = REVISOR_SOURCE_DIR "/samples/update-plant-ruling/";
  ingest(store, "plant", plant + "v1.txt", "2024-03-03T10:00:00Z");
  ingest(store, "plant", plant + "v2.txt", "2024-03-03T12:00:00Z");
  return store;
}

json audit_json(const std::string& store, std::vector<std::string> extra = {}) {
  std::vector<std::string> args{"--store", store, "audit", "--format", "json"};
  args.insert(args.end(), extra.begin(), extra.end());
  auto r = run_revisor(args);
  INFO(r.err);
  REQUIRE(r.exit_code == 0);
  return json::parse(r.out);
}

json summary_line(const std::string& store, std::vector<std::string> extra = {}) {
  std::vector<std::string> args{"--store", store, "audit", "--format", "jsonl"};
  args.insert(args.end(), extra.begin(), extra.end());
  auto r = run_revisor(args);
  INFO(r.err);
  REQUIRE(r.exit_code == 0);
  const auto last = r.out.rfind("{\"summary\"");
  REQUIRE(last != std::string::npos);
  return json::parse(r.out.substr(last))["summary"];
}

// The numbers that follow each occurrence of `marker` in `html`.
std::vector<std::size_t> number_after(const std::string& html, const std::string& marker) {
  std::vector<std::size_t> out;
  for (auto at = html.find(marker); at != std::string::npos; at = html.find(marker, at + 1))
    out.push_back(std::stoul(html.substr(at + marker.size())));
  return out;
}

std::size_t stealth_sum(const json& audit) {
  std::size_t n = 0;
  for (const auto& a : audit["articles"]) n += a["stealth_edits"].size();
  return n;
}

}  // namespace

TEST_CASE("audit summary, report counts and the index give one count of stealth edits", "[cli][stealth]") {
  TempDir dir;
  const auto store = build_store(dir);
  const json audit = audit_json(store);
  const std::size_t total = stealth_sum(audit);
  REQUIRE(total > 0);

  const json summary = summary_line(store);
  CHECK(summary["stealth_edits"] == total);
  std::size_t by_severity = 0;
  for (const auto& [name, n] : summary["stealth_edits_by_severity"].items()) by_severity += n.get<std::size_t>();
  CHECK(by_severity == total);

  auto text = run_revisor({"--store", store, "audit"});
  REQUIRE(text.exit_code == 0);
  // The summary's line: its label padded to 25 columns, then the count.
  CHECK(text.out.find("  stealth edits" + std::string(13, ' ') + std::to_string(total) + " (") != std::string::npos);

  std::size_t from_reports = 0;
  for (const auto& a : audit["articles"]) {
    auto r = run_revisor({"--store", store, "report", a["id"], "--format", "json"});
    REQUIRE(r.exit_code == 0);
    const auto j = json::parse(r.out);
    CHECK(j["counts"]["stealth_edits"] == a["stealth_edits"].size());
    CHECK(j["stealth_edits"].size() == a["stealth_edits"].size());
    CHECK(j["counts"]["new_reporting"] == a["new_reporting"].size());
    from_reports += j["counts"]["stealth_edits"].get<std::size_t>();
  }
  CHECK(from_reports == total);

  const auto out = dir / "reports";
  auto all = run_revisor({"--store", store, "report", "--all", "--output", out.string()});
  INFO(all.err);
  REQUIRE(all.exit_code == 0);
  const std::string index = revisor::test::read_file((out / "index.html").string());
  CHECK(number_after(index, "Stealth edits</dt><dd>") == std::vector<std::size_t>{total});
  std::size_t rows = 0;
  for (auto n : number_after(index, "class=\"num stealth\" data-v=\"")) rows += n;
  CHECK(rows == total);
}

TEST_CASE("the index ranks one silent figure change above a live story's new reporting", "[cli][stealth]") {
  TempDir dir;
  const auto store = build_store(dir);
  const json audit = audit_json(store);
  for (const auto& a : audit["articles"]) {
    if (a["id"] == "live") {
      // The live story grew in every version: new reporting, no stealth edit, and it says it is live.
      CHECK(a["stealth_edits"].empty());
      CHECK(a["new_reporting"].size() == 5);
      CHECK_FALSE(a["developing_signs"].empty());
    }
    if (a["id"] == "figure") {
      REQUIRE_FALSE(a["stealth_edits"].empty());
      bool high_number = false;
      for (const auto& e : a["stealth_edits"])
        high_number = high_number || (e["category"] == "number" && e["severity"] == "high");
      CHECK(high_number);
    }
  }
  const auto out = dir / "reports";
  REQUIRE(run_revisor({"--store", store, "report", "--all", "--output", out.string()}).exit_code == 0);
  const std::string index = revisor::test::read_file((out / "index.html").string());
  const auto figure = index.find("<code class=\"vmeta\">figure</code>");
  const auto live = index.find("<code class=\"vmeta\">live</code>");
  REQUIRE(figure != std::string::npos);
  REQUIRE(live != std::string::npos);
  CHECK(figure < live);
  CHECK(index.find("developing story</span>") != std::string::npos);
}

TEST_CASE("audit --substantive-only drops what its help says it drops", "[cli][stealth]") {
  TempDir dir;
  const auto store = build_store(dir);
  auto help = run_revisor({"audit", "--help"});
  REQUIRE(help.exit_code == 0);
  CHECK(help.out.find("no sentence added or removed, no new") != std::string::npos);
  CHECK(help.out.find("no update, no editor's note") != std::string::npos);

  const json everything = audit_json(store);
  // What the filter must drop is there to drop.
  bool removal = false, update = false, added = false;
  for (const auto& a : everything["articles"]) {
    for (const auto& e : a["stealth_edits"]) removal = removal || e["change"] != "edit";
    for (const auto& n : a["notices"]) update = update || n["kind"] == "update";
    added = added || !a["new_reporting"].empty();
  }
  REQUIRE(removal);
  REQUIRE(update);
  REQUIRE(added);

  const json filtered = audit_json(store, {"--substantive-only"});
  std::size_t kept = 0;
  for (const auto& a : filtered["articles"]) {
    for (const auto& e : a["stealth_edits"]) {
      CHECK(e["change"] == "edit");
      CHECK(e["category"] != "style");
      CHECK(e["category"] != "typo");
      CHECK(e["category"] != "typographic");
      ++kept;
    }
    for (const auto& n : a["notices"]) {
      CHECK(n["kind"] != "update");
      CHECK(n["kind"] != "editors_note");
    }
    CHECK(a["new_reporting"].empty());
  }
  CHECK(kept > 0);
  CHECK(kept < stealth_sum(everything));
  // The summary counts what is listed.
  CHECK(summary_line(store, {"--substantive-only"})["stealth_edits"] == kept);
  CHECK(summary_line(store, {"--substantive-only"})["new_reporting"] == 0);
}
