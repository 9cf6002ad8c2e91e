// revisor gc through the real binary: the summary line, the store afterwards (show and verify read
// the same), a store named by a relative path, and a directory that is no store.
#include <catch2/catch.hpp>
#include <fmt/core.h>

#include <chrono>
#include <filesystem>
#include <string>
#include <vector>

#include "support/run_revisor.h"
#include "support/temp_dir.h"

using revisor::test::run_revisor;
using revisor::test::TempDir;

TEST_CASE("revisor gc packs a store that then shows and verifies the same", "[cli]") {
  TempDir tmp;
  const std::string dir = (tmp / "store").string();
  REQUIRE(run_revisor({"init", dir}).exit_code == 0);
  const std::vector<std::string> bodies = {"The bridge opened on Monday.", "The bridge opened on Tuesday.",
                                           "The bridge opened on Tuesday, the mayor said."};
  for (std::size_t i = 0; i < bodies.size(); ++i) {
    auto file = tmp.write("in/v.txt", "Bridge opens\n\n" + bodies[i] + "\n");
    REQUIRE(run_revisor({"--store", dir, "ingest", "--article", "news/a", "--observed-at",
                         "2021-06-0" + std::to_string(i + 1) + "T10:00:00Z", file.string()})
                .exit_code == 0);
  }
  std::vector<std::string> shown;
  for (const char* v : {"1", "2", "3"}) shown.push_back(run_revisor({"--store", dir, "show", "news/a", v}).out);
  const auto listed = run_revisor({"--store", dir, "list"}).out;

  auto r = run_revisor({"--store", dir, "gc"});
  CHECK(r.exit_code == 0);
  CHECK_THAT(r.out, Catch::Matches("packed ([0-9]+) objects into 1 pack; removed \\1 loose objects and 0 older packs; packed 1 ref; objects/ .* -> .*\n"));

  for (std::size_t i = 0; i < shown.size(); ++i)
    CHECK(run_revisor({"--store", dir, "show", "news/a", std::to_string(i + 1)}).out == shown[i]);
  CHECK(run_revisor({"--store", dir, "list"}).out == listed);
  CHECK(run_revisor({"--store", dir, "verify"}).exit_code == 0);
}

TEST_CASE("revisor gc names a directory that is no store and exits 2", "[cli]") {
  TempDir tmp;
  auto r = run_revisor({"--store", (tmp / "nope").string(), "gc"});
  CHECK(r.exit_code == 2);
  CHECK_THAT(r.err, Catch::Contains("nope"));
}

TEST_CASE("revisor gc says which refs stayed loose while a writer held them, and names a stale lock", "[cli]") {
  TempDir tmp;
  const std::string dir = (tmp / "store").string();
  REQUIRE(run_revisor({"init", dir}).exit_code == 0);
  auto file = tmp.write("in/v.txt", "Bridge opens\n\nThe bridge opened on Monday.\n");
  REQUIRE(run_revisor({"--store", dir, "ingest", "--article", "news/a", file.string()}).exit_code == 0);
  const auto lock = tmp.write("store/refs/articles/news/a.lock", "a writer's new id\n");

  auto busy = run_revisor({"--store", dir, "gc"});
  CHECK(busy.exit_code == 0);
  CHECK_THAT(busy.out, Catch::Contains("packed 0 refs;") && Catch::Contains("some refs stayed loose"));

  std::filesystem::last_write_time(lock, std::filesystem::file_time_type::clock::now() - std::chrono::minutes(5));
  auto stale = run_revisor({"--store", dir, "gc"});
  CHECK(stale.exit_code != 0);
  CHECK_THAT(stale.err, Catch::Contains("rm '" + lock.string() + "'"));
  CHECK(run_revisor({"--store", dir, "verify"}).exit_code == 0);
}

TEST_CASE("revisor gc packs a bulk-ingested store named by a relative path, or the default", "[cli]") {
  TempDir tmp;
  REQUIRE(run_revisor({"init", "store"}, "", {}, tmp.path().string()).exit_code == 0);
  for (int a = 0; a < 3; ++a) {
    for (int v = 1; v <= 2; ++v)
      tmp.write(fmt::format("tree/news/a{}/v{}.txt", a, v),
                fmt::format("Bridge {} opens\n\nThe bridge opened after {} years of work.\n", a, a * 10 + v));
  }
  // Batches of two versions: three packs, so gc joins them through a multi-pack-index first.
  auto ingest = run_revisor({"--store", "store", "ingest", "--tree", "tree"}, "",
                            {"REVISOR_BATCH_VERSIONS=2"}, tmp.path().string());
  REQUIRE(ingest.exit_code == 0);
  const auto listed = run_revisor({"--store", (tmp / "store").string(), "list"}).out;

  auto relative = run_revisor({"--store", "store", "gc"}, "", {}, tmp.path().string());
  CHECK(relative.err.empty());
  CHECK(relative.exit_code == 0);
  CHECK_THAT(relative.out, Catch::StartsWith("packed ") &&
                               Catch::Contains("into 1 pack; removed 0 loose objects and 3 older packs"));

  tmp.write("tree/news/a3/v1.txt", "Bridge 3 opens\n\nThe bridge opened.\n");
  tmp.write("tree/news/a4/v1.txt", "Bridge 4 opens\n\nThe bridge closed.\n");
  REQUIRE(run_revisor({"--store", (tmp / "store").string(), "ingest", "--tree", (tmp / "tree").string()}, "",
                      {"REVISOR_BATCH_VERSIONS=1"})
              .exit_code == 0);
  auto in_store = run_revisor({"gc"}, "", {}, (tmp / "store").string());
  CHECK(in_store.err.empty());
  CHECK(in_store.exit_code == 0);
  CHECK_THAT(in_store.out, Catch::Contains("into 1 pack; removed 0 loose objects and 3 older packs"));
  CHECK(run_revisor({"--store", (tmp / "store").string(), "verify"}).exit_code == 0);
  CHECK(run_revisor({"--store", (tmp / "store").string(), "list"}).out.size() > listed.size());
}
