#include <catch2/catch.hpp>

#include "support/run_revisor.h"

using revisor::test::run_revisor;

TEST_CASE("revisor with no command exits 2 and shows the commands", "[cli]") {
  auto r = run_revisor({});
  CHECK(r.exit_code == 2);
  CHECK_THAT(r.err, Catch::Contains("revisor: no command given"));
  CHECK_THAT(r.err, Catch::Contains("audit"));
}

TEST_CASE("revisor names an unknown command and exits 2", "[cli]") {
  auto r = run_revisor({"frobnicate"});
  CHECK(r.exit_code == 2);
  CHECK_THAT(r.err, Catch::Contains("frobnicate"));
}

TEST_CASE("revisor --help lists every command and --version prints the version", "[cli]") {
  auto help = run_revisor({"--help"});
  CHECK(help.exit_code == 0);
  for (const char* cmd : {"init", "ingest", "import", "watch", "sources", "list", "log", "show", "diff", "audit",
                          "report", "feed", "verify", "gc", "summary"})
    CHECK_THAT(help.out, Catch::Contains(cmd));
  auto version = run_revisor({"--version"});
  CHECK(version.exit_code == 0);
  CHECK_THAT(version.out, Catch::Contains(REVISOR_VERSION_STRING));
}

TEST_CASE("a bad option of a command is a usage error, exit 2", "[cli]") {
  auto r = run_revisor({"list", "--no-such-option"});
  CHECK(r.exit_code == 2);
  CHECK_THAT(r.err, Catch::Contains("--no-such-option"));
}
