// End to end: `revisor diff` through the real binary, in --files mode and against a real store.
#include <catch2/catch.hpp>
#include <nlohmann/json.hpp>

#include "revisor/base/article_id.h"
#include "revisor/store/article_store.h"
#include "support/run_revisor.h"
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
                                    "v.txt", "txt", "", "", revisor::parse_timestamp(observed_at)};
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
