#include "revisor/import/file_versions.h"

#include <catch2/catch.hpp>

#include <chrono>
#include <filesystem>
#include <functional>
#include <string>
#include <vector>

#include "revisor/base/error.h"
#include "revisor/store/article_store.h"
#include "revisor/store/version_source.h"
#include "support/temp_dir.h"

using revisor::ArticleId;
using revisor::Error;
using revisor::ErrorKind;
using revisor::parse_timestamp;
using revisor::import::FileVersions;
using revisor::import::ManifestVersions;
using revisor::store::ArticleStore;
using revisor::store::IngestRequest;
using revisor::store::IngestResult;
using revisor::test::snapshot;
using revisor::test::TempDir;

namespace {

std::string version(const std::string& figure) {
  return "Harbour plan approved\n\nThe harbour will cost " + figure + " million euros.\n";
}

// Files written in one test share a modification second; versions need distinct times.
std::string at_hour(const std::string& path, int hour) {
  using namespace std::chrono;
  const auto at = sys_seconds{seconds{1710201600}} + hours{hour};
  std::filesystem::last_write_time(path, std::filesystem::file_time_type::clock::from_sys(at));
  return path;
}

ErrorKind kind_of_failure(const std::function<void()>& f) {
  try {
    f();
  } catch (const Error& e) {
    return e.kind();
  }
  FAIL("no error");
  return ErrorKind::internal;
}

}  // namespace

TEST_CASE("FileVersions dates one file by --observed-at and several by their file times", "[import]") {
  TempDir tmp;
  const auto v1 = tmp.write("v1.txt", version("48")).string();
  const auto v2 = tmp.write("v2.txt", version("84")).string();
  FileVersions one(ArticleId("kelsby/harbour"), {v1}, "https://example.org/h", "",
                   parse_timestamp("2024-03-12T10:00:00Z"));
  REQUIRE(one.size() == 1);
  const IngestRequest r = one.read(0);
  CHECK(r.article.str() == "kelsby/harbour");
  CHECK(revisor::to_iso8601(r.observed_at) == "2024-03-12T10:00:00Z");
  CHECK(r.url == "https://example.org/h");
  CHECK(r.source_name == "v1.txt");
  CHECK(r.source_ext == "txt");
  CHECK(r.source_bytes == version("48"));

  at_hour(v1, 10);
  at_hour(v2, 12);
  FileVersions two(ArticleId("kelsby/harbour"), {v1, v2}, "", "", std::nullopt);
  REQUIRE(two.size() == 2);
  CHECK(two.read(1).observed_at == revisor::import::file_observed_time(v2));
  CHECK_THAT(two.note(), Catch::Contains("dated by file modification times"));
  CHECK(one.note().empty());

  // Tied file times: refused by time, ordered as given on request.
  at_hour(v2, 10);
  CHECK(kind_of_failure([&] { FileVersions(ArticleId("a"), {v2, v1}, "", "", std::nullopt); }) ==
        ErrorKind::usage);
  FileVersions given(ArticleId("a"), {v2, v1}, "", "", std::nullopt, revisor::import::FileOrder::as_given);
  CHECK(given.read(0).observed_at < given.read(1).observed_at);
  CHECK(given.read(0).source_name == "v2.txt");
}

TEST_CASE("FileVersions refuses one time for several files and standard input among files", "[import]") {
  TempDir tmp;
  const auto v1 = tmp.write("v1.txt", version("48")).string();
  const ArticleId id("a");
  CHECK(kind_of_failure([&] {
          FileVersions(id, {v1, v1}, "", "", parse_timestamp("2024-03-12T10:00:00Z"));
        }) == ErrorKind::usage);
  CHECK(kind_of_failure([&] { FileVersions(id, {v1, "-"}, "", "", std::nullopt); }) == ErrorKind::usage);
  CHECK(kind_of_failure([&] { FileVersions(id, {v1}, "", "two\nlines", std::nullopt); }) ==
        ErrorKind::bad_input);
  CHECK(kind_of_failure([&] { FileVersions(id, {v1}, "https://x y", "", std::nullopt); }) ==
        ErrorKind::bad_input);
}

TEST_CASE("ManifestVersions reads every line before any file and resolves files beside it", "[import]") {
  TempDir tmp;
  tmp.write("m/harbour/v1.txt", version("48"));
  const auto manifest = tmp.write("m/manifest.jsonl",
                                  "{\"article\": \"kelsby/harbour\", \"file\": \"harbour/v1.txt\", "
                                  "\"observed_at\": \"2024-03-12T10:00:00Z\", \"headline\": \"Plan\"}\n"
                                  "\n"
                                  "{\"article\": \"kelsby/other\", \"file\": \"not-yet-written.txt\", "
                                  "\"observed_at\": \"2024-03-12T11:00:00Z\"}\n")
                              .string();
  ManifestVersions m(manifest);  // the missing file is not read yet
  REQUIRE(m.size() == 2);
  const IngestRequest r = m.read(0);
  CHECK(r.headline == "Plan");
  CHECK(r.source_bytes == version("48"));
  try {
    m.read(1);
    FAIL("read a missing file");
  } catch (const Error& e) {
    CHECK_THAT(e.what(), Catch::Contains("not-yet-written.txt: cannot open"));
  }
}

TEST_CASE("ingest_all checks every version before storing any", "[import]") {
  TempDir tmp;
  auto store_dir = tmp / "store";
  ArticleStore::init(store_dir);
  const auto good = at_hour(tmp.write("v1.txt", version("48")).string(), 10);
  const auto later = at_hour(tmp.write("v2.txt", version("84")).string(), 12);
  const auto bad = at_hour(tmp.write("v3.txt", std::string("bin\0ary", 7)).string(), 14);
  const auto before = snapshot(store_dir);
  std::vector<std::string> checked;
  revisor::store::IngestObserver observe;
  observe.checked = [&](const IngestRequest& r) { checked.push_back(r.source_name); };
  observe.stored = [&](const IngestRequest&, const IngestResult&) { FAIL("stored a version"); };
  FileVersions refused(ArticleId("a"), {good, later, bad}, "", "", std::nullopt);
  CHECK_THROWS_AS(revisor::store::ingest_all(refused, [&] { return ArticleStore::open(store_dir); }, observe),
                  Error);
  CHECK(checked == std::vector<std::string>{"v1.txt", "v2.txt"});
  CHECK(snapshot(store_dir) == before);

  std::vector<int> stored;
  observe.stored = [&](const IngestRequest&, const IngestResult& r) { stored.push_back(r.version); };
  FileVersions accepted(ArticleId("a"), {good, later}, "", "", std::nullopt);
  revisor::store::ingest_all(accepted, [&] { return ArticleStore::open(store_dir); }, observe);
  CHECK(stored.size() == 2);
  CHECK(ArticleStore::open(store_dir).log(ArticleId("a")).size() == 2);
}
