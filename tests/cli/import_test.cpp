// End to end: `revisor import newsedits|diffengine` on small SQLite databases built in the test: bad
// rows are named and skipped (exit 1), out-of-order rows land in time order, a rerun adds nothing.
#include <string>
#include <vector>

#include <catch2/catch.hpp>

#include "support/archive_dbs.h"
#include "support/run_revisor.h"
#include "support/temp_dir.h"

using revisor::test::run_revisor;
using revisor::test::snapshot;
using revisor::test::TempDir;

namespace {

struct Store {
  TempDir tmp;
  std::string dir = (tmp / "store").string();
  Store() { REQUIRE(run_revisor({"init", dir}).exit_code == 0); }
  revisor::test::RunResult run(std::vector<std::string> args) const {
    args.insert(args.begin(), {"--store", dir});
    return run_revisor(args);
  }
};

}  // namespace

TEST_CASE("import newsedits: bad rows named and skipped, versions in time order, a rerun adds nothing",
          "[cli][import]") {
  Store s;
  const auto db = s.tmp / "kelsby.db";
  revisor::test::write_newsedits_db(db);
  const auto r = s.run({"import", "newsedits", db.string()});
  INFO(r.out << r.err);
  CHECK(r.exit_code == 1);
  CHECK_THAT(r.out, Catch::Contains(db.string() + ": 2 articles, 4 versions added, 1 unchanged (duplicates) "
                                                  "skipped, 0 seen earlier, 2 refused"));
  CHECK_THAT(r.out, Catch::Contains("refused: " + db.string() + " entry 2 version 2: created"));
  CHECK_THAT(r.out, Catch::Contains("refused: " + db.string() + " entry 3 version 0: empty body"));
  CHECK_THAT(r.err, Catch::Contains("taken as UTC"));
  CHECK_THAT(r.err, Catch::Contains("2 rows were refused"));

  const auto log = s.run({"log", "kelsby/2"});
  REQUIRE(log.exit_code == 0);
  CHECK_THAT(log.out, Catch::Contains("  1  2024-03-13T09:00:00Z") && Catch::Contains("Bridge & tunnel works"));
  CHECK_THAT(log.out, Catch::Contains("  2  2024-03-13T11:00:00Z"));
  CHECK_THAT(s.run({"show", "kelsby/2@1"}).out,
             Catch::StartsWith("Bridge & tunnel works\n\n") && Catch::Contains("Monday & traffic will resume."));
  CHECK_THAT(s.run({"show", "kelsby/1@2"}).out,
             Catch::Contains("The council approved the harbour plan.\n\nIt will cost 84 million euros"));
  CHECK(s.run({"show", "kelsby/1@3"}).exit_code == 2);
  CHECK(s.run({"log", "kelsby/3"}).exit_code == 2);

  const auto before = snapshot(s.dir);
  const auto again = s.run({"import", "newsedits", db.string()});
  CHECK(again.exit_code == 1);
  CHECK_THAT(again.out, Catch::Contains(": 2 articles, 0 versions added, 5 unchanged (duplicates) skipped, 0 seen "
                                        "earlier, 2 refused"));
  CHECK(snapshot(s.dir) == before);

  const auto named = s.run({"import", "newsedits", "--outlet", "Kelsby Times", db.string()});
  CHECK_THAT(named.out, Catch::Contains("4 versions added"));
  CHECK(s.run({"log", "Kelsby-Times/1"}).exit_code == 0);
}

TEST_CASE("import diffengine: every row added, exit 0, and a bad database is exit 2 and leaves the store",
          "[cli][import]") {
  Store s;
  const auto db = s.tmp / "diffengine.db";
  revisor::test::write_diffengine_db(db);
  const auto r = s.run({"import", "diffengine", db.string()});
  INFO(r.out << r.err);
  CHECK(r.exit_code == 0);
  CHECK_THAT(r.out, Catch::Contains(": 2 articles, 3 versions added, 0 unchanged (duplicates) skipped, 0 seen "
                                    "earlier, 0 refused"));
  const auto log = s.run({"log", "www.example.com/news/harbour-plan.html"});
  CHECK_THAT(log.out, Catch::Contains("  2  2024-03-12T12:30:00Z") &&
                          Catch::Contains("Harbour plan approved, cost revised"));
  CHECK_THAT(s.run({"show", "diffengine/2"}).out, Catch::Contains("The bridge reopens on Friday."));

  const auto before = snapshot(s.dir);
  const auto missing = s.run({"import", "diffengine", (s.tmp / "none.db").string()});
  CHECK(missing.exit_code == 2);
  CHECK_THAT(missing.err, Catch::Contains("none.db"));
  const auto wrong = s.run({"import", "newsedits", db.string()});  // diffengine's file has no version column
  CHECK(wrong.exit_code == 2);
  CHECK_THAT(wrong.err, Catch::Contains("diffengine.db"));
  CHECK(s.run({"import"}).exit_code == 2);
  CHECK(snapshot(s.dir) == before);
}
