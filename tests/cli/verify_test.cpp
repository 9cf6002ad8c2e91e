// revisor verify through the real binary: a clean store, named articles, an unknown id, and a store
// with an object deleted from objects/.
#include <catch2/catch.hpp>
#include <filesystem>
#include <string>
#include <vector>

#include "support/run_revisor.h"
#include "support/temp_dir.h"

using revisor::test::run_command;
using revisor::test::run_revisor;
using revisor::test::RunResult;
using revisor::test::TempDir;

namespace {

struct Store {
  TempDir tmp;
  std::string dir = (tmp / "store").string();
  Store() { REQUIRE(run_revisor({"init", dir}).exit_code == 0); }
  void ingest(const std::string& id, const std::string& text, const std::string& when) {
    auto file = tmp.write("in/v.txt", text);
    REQUIRE(run_revisor({"--store", dir, "ingest", "--article", id, "--observed-at", when, file.string()}).exit_code ==
            0);
  }
  RunResult run(std::vector<std::string> args) {
    args.insert(args.begin(), {"--store", dir});
    return run_revisor(args);
  }
  std::string rev_parse(const std::string& rev) {
    auto r = run_command({"git", "--git-dir", dir, "rev-parse", rev});
    REQUIRE(r.exit_code == 0);
    return r.out.substr(0, 40);
  }
};

}  // namespace

TEST_CASE("revisor verify passes a clean store, checks named articles, refuses an unknown id", "[cli]") {
  Store s;
  s.ingest("news/a", "Bridge opens\n\nThe bridge opened on Monday.\n", "2021-06-01T10:00:00Z");
  s.ingest("news/a", "Bridge opens late\n\nThe bridge opened on Tuesday.\n", "2021-06-02T10:00:00Z");
  s.ingest("b", "Dam\n\nThe dam held.\n", "2021-06-01T10:00:00Z");

  auto r = s.run({"verify"});
  CHECK(r.exit_code == 0);
  CHECK(r.out == "verified 2 articles, 3 versions: no problems\n");
  CHECK(r.err.empty());

  r = s.run({"verify", "news/a"});
  CHECK(r.exit_code == 0);
  CHECK(r.out == "verified 1 article, 2 versions: no problems\n");

  r = s.run({"verify", "news/a", "nope"});
  CHECK(r.exit_code == 2);
  CHECK_THAT(r.err, Catch::Contains("nope"));
  CHECK(r.out.empty());
}

TEST_CASE("revisor verify prints every problem with article and commit and exits 1", "[cli]") {
  Store s;
  s.ingest("news/a", "Bridge opens\n\nThe bridge opened on Monday.\n", "2021-06-01T10:00:00Z");
  s.ingest("news/a", "Bridge opens late\n\nThe bridge opened on Tuesday.\n", "2021-06-02T10:00:00Z");
  s.ingest("b", "Dam\n\nThe dam held.\n", "2021-06-01T10:00:00Z");
  const std::string commit = s.rev_parse("refs/articles/news/a");
  const std::string meta = s.rev_parse("refs/articles/news/a:meta.json");
  std::filesystem::remove(std::filesystem::path(s.dir) / "objects" / meta.substr(0, 2) / meta.substr(2));

  auto r = s.run({"verify"});
  CHECK(r.exit_code == 1);
  CHECK(r.out == "news/a " + commit.substr(0, 7) + ": the blob " + meta +
                     " of meta.json is missing from the object database\n");
  CHECK_THAT(r.err, Catch::Contains("verified 2 articles, 3 versions: 1 problem"));
  // The other article alone is fine.
  CHECK(s.run({"verify", "b"}).exit_code == 0);
}
