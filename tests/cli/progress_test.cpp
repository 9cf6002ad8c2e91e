// End to end: work over many articles (audit, report --all, feed) shows a progress line on standard
// error when it is a terminal, and nothing extra when it is not.
#include <string>

#include <catch2/catch.hpp>

#include "support/run_revisor.h"
#include "support/temp_dir.h"

using revisor::test::run_command;
using revisor::test::run_revisor;
using revisor::test::TempDir;

namespace {

constexpr int kArticles = 6;

std::string store_of_articles(const TempDir& dir) {
  const auto store = (dir / "store").string();
  REQUIRE(run_revisor({"init", store}).exit_code == 0);
  for (int i = 0; i < kArticles; ++i) {
    const std::string id = "city/budget-" + std::to_string(i);
    for (int v = 0; v < 2; ++v) {
      const auto file = dir.write(id.substr(5) + "-" + std::to_string(v) + ".txt",
                                  "Port plan approved\n\nThe port will cost " + std::to_string(40 + v + i) +
                                      " million euros, the council said.\n");
      const auto r = run_revisor({"--store", store, "ingest", "--article", id, "--observed-at",
                                  "2024-01-0" + std::to_string(v + 1) + "T10:00:00Z", file.string()});
      INFO(r.err);
      REQUIRE(r.exit_code == 0);
    }
  }
  return store;
}

}  // namespace

TEST_CASE("progress: shown on a terminal for audit, report --all and feed, never in piped output", "[cli]") {
  TempDir dir;
  const auto store = store_of_articles(dir);
  const auto reports = (dir / "reports").string();

  const auto piped = run_revisor({"--store", store, "audit"});
  REQUIRE(piped.exit_code == 0);
  CHECK(piped.err.empty());
  CHECK(piped.out.find("auditing") == std::string::npos);
  const auto piped_all = run_revisor({"--store", store, "report", "--all", "--output", reports});
  REQUIRE(piped_all.exit_code == 0);
  CHECK(piped_all.err.empty());

  if (run_command({"sh", "-c", "command -v script"}).exit_code != 0) {
    WARN("util-linux `script` is not installed: the terminal progress line is not checked");
    return;
  }
  const std::string bin = std::string(REVISOR_BINARY) + " --store '" + store + "' ";
  const std::string total = "of " + std::to_string(kArticles) + " articles";
  // stdout goes to a file so that only standard error is the terminal `script` records.
  const auto audit =
      run_command({"script", "-qec", bin + "audit > '" + (dir / "audit.txt").string() + "'", "/dev/null"});
  REQUIRE(audit.exit_code == 0);
  CHECK(audit.out.find("revisor: auditing " + std::to_string(kArticles) + " " + total) != std::string::npos);
  CHECK(revisor::test::read_file(dir / "audit.txt").find("Summary") != std::string::npos);
  const auto all = run_command(
      {"script", "-qec", bin + "report --all --output '" + reports + "' > /dev/null", "/dev/null"});
  REQUIRE(all.exit_code == 0);
  CHECK(all.out.find("revisor: writing reports for " + std::to_string(kArticles) + " " + total) !=
        std::string::npos);
  const auto feed = run_command({"script", "-qec", bin + "feed > /dev/null", "/dev/null"});
  REQUIRE(feed.exit_code == 0);
  CHECK(feed.out.find("revisor: reading " + std::to_string(kArticles) + " " + total) != std::string::npos);
}
