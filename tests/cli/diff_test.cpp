// End to end: `revisor diff` through the real binary, in --files mode and against a real store.
#include <catch2/catch.hpp>
#include <nlohmann/json.hpp>

#include "revisor/base/article_id.h"
#include "revisor/store/article_store.h"
#include "support/run_revisor.h"
#include "support/samples.h"
#include "support/temp_dir.h"

using revisor::test::run_revisor;
using revisor::test::TempDir;

namespace {

const std::string kV1 = "Storm hits coast on Monday\n\nThe storm arrived on Monday night. Power failed in two towns.\n";
const std::string kV2 = "Storm hits coast on Tuesday\n\nThe storm arrived on Tuesday night. Power failed in two towns.\n";
const std::string kV3 =
    "Storm hits coast on Tuesday\n\nThe storm arrived on Tuesday night. Power failed in two towns.\n\n"
    "Schools will stay closed all week.\n";

void ingest(revisor::store::ArticleStore& store, const std::string& id, const std::string& bytes,
            const std::string& observed_at) {
  revisor::store::IngestRequest req{revisor::ArticleId(id), revisor::text::read_article(bytes, "v.txt"), bytes,
                                    "v.txt", "txt", "", "", revisor::parse_timestamp(observed_at), {}};
  req.headline = req.extracted.headline;
  store.ingest(req);
}

}  // namespace

TEST_CASE("diff --files shows word edits, plain when piped", "[cli][diff]") {
  TempDir dir;
  auto a = dir.write("a.txt", kV1);
  auto b = dir.write("b.txt", kV2);
  auto r = run_revisor({"diff", "--files", a.string(), b.string()});
  REQUIRE(r.exit_code == 0);
  CHECK(r.out.find("[-Monday-]{+Tuesday+}") != std::string::npos);
  CHECK(r.out.find('\x1b') == std::string::npos);
  auto colored = run_revisor({"diff", "--color", "always", "--files", a.string(), b.string()});
  CHECK(colored.out.find('\x1b') != std::string::npos);
}

TEST_CASE("diff --files --format json and unified", "[cli][diff]") {
  TempDir dir;
  auto a = dir.write("a.txt", kV2);
  auto b = dir.write("b.txt", kV3);
  auto r = run_revisor({"diff", "--files", a.string(), b.string(), "--format", "json"});
  REQUIRE(r.exit_code == 0);
  auto j = nlohmann::json::parse(r.out);
  CHECK(j["headline"]["op"] == "equal");
  REQUIRE(j["changes"].size() == 1);
  CHECK(j["changes"][0]["op"] == "insert");
  CHECK(j["changes"][0]["new"]["text"] == "Schools will stay closed all week.");
  auto u = run_revisor({"diff", "--files", a.string(), b.string(), "--format", "unified"});
  REQUIRE(u.exit_code == 0);
  CHECK(u.out.find("+Schools will stay closed all week.\n") != std::string::npos);
}

TEST_CASE("diff --files refuses bad files and bad usage with exit code 2", "[cli][diff]") {
  TempDir dir;
  auto good = dir.write("good.txt", kV1);
  auto binary = dir.write("bin.txt", std::string("Head\n\nbody\0with nul", 19));
  auto missing = run_revisor({"diff", "--files", (dir / "nope.txt").string(), good.string()});
  CHECK(missing.exit_code == 2);
  CHECK(missing.err.find("nope.txt") != std::string::npos);
  auto bin = run_revisor({"diff", "--files", good.string(), binary.string()});
  CHECK(bin.exit_code == 2);
  CHECK(bin.err.find("bin.txt") != std::string::npos);
  CHECK(run_revisor({"diff", "--files", good.string()}).exit_code == 2);
  CHECK(run_revisor({"diff", "--files", good.string(), good.string(), "--format", "xml"}).exit_code == 2);
}

TEST_CASE("diff against a store: default previous vs newest, explicit versions, errors", "[cli][diff]") {
  TempDir dir;
  const auto store_dir = dir / "store";
  {
    auto store = revisor::store::ArticleStore::init(store_dir);
    ingest(store, "news/storm", kV1, "2024-01-01T10:00:00Z");
    ingest(store, "news/storm", kV2, "2024-01-01T11:00:00Z");
    ingest(store, "news/storm", kV3, "2024-01-01T12:00:00Z");
  }
  auto latest = run_revisor({"--store", store_dir.string(), "diff", "news/storm", "--format", "json"});
  REQUIRE(latest.exit_code == 0);
  auto j = nlohmann::json::parse(latest.out);
  CHECK(j["article"] == "news/storm");
  CHECK(j["from"] == 2);
  CHECK(j["to"] == 3);
  CHECK(j["changes"].size() == 1);

  auto first = run_revisor({"diff", "news/storm", "1", "2"}, "", {"REVISOR_STORE=" + store_dir.string()});
  REQUIRE(first.exit_code == 0);
  CHECK(first.out.find("version 1 -> 2") != std::string::npos);
  CHECK(first.out.find("[-Monday-]{+Tuesday+}") != std::string::npos);

  CHECK(run_revisor({"--store", store_dir.string(), "diff", "news/storm", "1", "9"}).exit_code == 2);
  CHECK(run_revisor({"--store", store_dir.string(), "diff", "news/storm", "x"}).exit_code == 2);
  CHECK(run_revisor({"--store", store_dir.string(), "diff", "news/none"}).exit_code == 2);
  CHECK(run_revisor({"--store", (dir / "nostore").string(), "diff", "news/storm"}).exit_code == 2);
}

namespace {

using revisor::test::read_file;
using revisor::test::run_command;

// What `revisor show ID@N` prints: article.txt, the text a unified diff of stored versions patches.
std::string stored_text(const std::string& store, const std::string& id, std::size_t n) {
  const auto r = run_revisor({"--store", store, "show", id + "@" + std::to_string(n)});
  INFO(r.err);
  REQUIRE(r.exit_code == 0);
  return r.out;
}

std::string unified(const std::vector<std::string>& args) {
  std::vector<std::string> all = args;
  all.insert(all.end(), {"--format", "unified"});
  const auto r = run_revisor(all);
  INFO(r.err);
  REQUIRE(r.exit_code == 0);
  return r.out;
}

// GNU patch, told which file to patch, must accept the diff as it stands and turn `old_text` into
// `new_text` exactly.
void check_patch_applies(const std::string& diff, const std::string& old_text, const std::string& new_text) {
  TempDir dir;
  const auto target = dir.write("old.txt", old_text);
  const auto patch_file = dir.write("change.diff", diff);
  const auto dry = run_command({"patch", "--dry-run", "--force", target.string(), patch_file.string()});
  INFO(diff << dry.out << dry.err);
  REQUIRE(dry.exit_code == 0);
  CHECK(dry.out.find("offset") == std::string::npos);
  CHECK(dry.out.find("fuzz") == std::string::npos);
  const auto real = run_command({"patch", "--force", "--silent", target.string(), patch_file.string()});
  REQUIRE(real.exit_code == 0);
  CHECK(read_file(target) == new_text);
}

// git apply, outside any repository, on a tree holding the old text where the headers point: for a
// patch without "diff --git" lines git takes the file name from the "+++ b/" header.
void check_git_applies(const std::string& diff, const std::string& file, const std::string& old_text,
                       const std::string& new_text) {
  TempDir dir;
  const auto target = dir.write("tree/" + file, old_text);
  const auto patch_file = dir.write("change.diff", diff);
  const auto tree = (dir / "tree").string();
  const auto check = run_command({"git", "-C", tree, "apply", "--check", "--verbose", patch_file.string()});
  INFO(diff << check.out << check.err);
  REQUIRE(check.exit_code == 0);
  REQUIRE(run_command({"git", "-C", tree, "apply", patch_file.string()}).exit_code == 0);
  CHECK(read_file(target) == new_text);
}

}  // namespace

TEST_CASE("diff --format unified of stored versions is a patch that patch and git apply accept",
          "[cli][diff]") {
  const auto all = revisor::test::samples();
  TempDir dir;
  const auto store = revisor::test::ingest_samples(dir, all);
  std::size_t checked = 0;
  for (const auto& s : all) {
    const auto n = s.versions.size();
    std::vector<std::pair<std::size_t, std::size_t>> pairs;
    for (std::size_t to = 2; to <= n; ++to) pairs.emplace_back(to - 1, to);
    if (n > 2) pairs.emplace_back(1, n);  // several versions apart: more hunks, none misordered
    for (const auto& [from, to] : pairs) {
      INFO(s.id << " " << from << " -> " << to);
      const auto diff = unified({"--store", store, "diff", s.id, std::to_string(from), std::to_string(to)});
      const auto old_name = s.id + "@" + std::to_string(from);
      const auto new_name = s.id + "@" + std::to_string(to);
      REQUIRE(diff.rfind("--- a/" + old_name + "\n+++ b/" + new_name + "\n@@ -", 0) == 0);
      const auto old_text = stored_text(store, s.id, from);
      const auto new_text = stored_text(store, s.id, to);
      check_patch_applies(diff, old_text, new_text);
      check_git_applies(diff, new_name, old_text, new_text);
      ++checked;
    }
  }
  CHECK(checked >= 6);
}

TEST_CASE("diff --files --format unified names the files as given and patches the stored text",
          "[cli][diff]") {
  const auto all = revisor::test::samples();
  TempDir dir;
  const auto store = revisor::test::ingest_samples(dir, all);
  for (const auto& s : all) {
    for (std::size_t to = 2; to <= s.versions.size(); ++to) {
      const auto old_file = s.versions[to - 2].first.string();
      const auto new_file = s.versions[to - 1].first.string();
      INFO(old_file << " -> " << new_file);
      const auto diff = unified({"diff", "--files", old_file, new_file});
      REQUIRE(diff.rfind("--- " + old_file + "\n+++ " + new_file + "\n@@ -", 0) == 0);
      // Files go through the same normalization as ingest: the diff patches that text.
      check_patch_applies(diff, stored_text(store, s.id, to - 1), stored_text(store, s.id, to));
    }
  }
}
