// What a new user runs into, through the real binary: a mistyped command or option, CLI11's own parse
// errors, and a command run where there is no store. Every one says "revisor: " first and exits 2.
#include <filesystem>
#include <string>
#include <vector>

#include <catch2/catch.hpp>

#include "support/run_revisor.h"
#include "support/temp_dir.h"

using revisor::test::run_command;
using revisor::test::run_revisor;
using revisor::test::TempDir;

namespace {

struct Usage {
  std::vector<std::string> args;
  std::string message;
};

}  // namespace

TEST_CASE("a mistyped command or option gets a did-you-mean suggestion", "[cli]") {
  const std::vector<Usage> cases = {
      {{"injest"}, "revisor: unknown command \"injest\"; did you mean \"ingest\"?\n"},
      {{"lsit"}, "revisor: unknown command \"lsit\"; did you mean \"list\"?\n"},
      {{"aud"}, "revisor: unknown command \"aud\"; did you mean \"audit\"?\n"},
      {{"ingest", "--artcle", "a", "f.txt"},
       "revisor: unknown option \"--artcle\" for \"revisor ingest\"; did you mean \"--article\"?\n"},
      {{"ingest", "--artcle=a", "f.txt"},
       "revisor: unknown option \"--artcle\" for \"revisor ingest\"; did you mean \"--article\"?\n"},
      {{"diff", "--fromat", "json"},
       "revisor: unknown option \"--fromat\" for \"revisor diff\"; did you mean \"--format\"?\n"},
      {{"--stor", "x", "list"},
       "revisor: unknown option \"--stor\" for \"revisor\"; did you mean \"--store\"?\n"},
  };
  for (const auto& c : cases) {
    INFO(c.args[0] << " " << (c.args.size() > 1 ? c.args[1] : ""));
    const auto r = run_revisor(c.args);
    CHECK(r.exit_code == 2);
    CHECK_THAT(r.err, Catch::StartsWith(c.message));
    CHECK(r.out.empty());
  }
  // Nothing near enough: no guess, still the word and the way to the list of commands.
  const auto far = run_revisor({"frobnicate"});
  CHECK(far.exit_code == 2);
  CHECK(far.err ==
        "revisor: unknown command \"frobnicate\"\n"
        "Run \"revisor --help\" to see every command and the options they share.\n");
}

TEST_CASE("every usage error CLI11 finds starts with revisor and exits 2", "[cli]") {
  const std::vector<Usage> cases = {
      {{"ingest", "--article"}, "option --article needs a value"},
      {{"--store"}, "option --store needs a value"},
      {{"diff", "--format", "yaml", "--files", "a", "b"}, "yaml"},
      {{"audit", "--min-category", "nonsense"}, "nonsense"},
      {{"list", "--no-such-option"}, "unknown option \"--no-such-option\" for \"revisor list\""},
      {{"list", "-z"}, "unknown option \"-z\""},
      {{"list", "extra", "more"}, "unexpected arguments \"extra\" \"more\" for \"revisor list\""},
      {{"show", "news/a", "2"}, "unexpected argument \"2\" for \"revisor show\"; to name version 2, write ID@2"},
      {{"--bogus"}, "unknown option \"--bogus\""},
      {{"audit", "--substantive-only=maybe"}, "--substantive-only"},
      {{"log"}, "ID is required"},
  };
  for (const auto& c : cases) {
    INFO(c.args[0] << " " << (c.args.size() > 1 ? c.args[1] : ""));
    const auto r = run_revisor(c.args);
    CHECK(r.exit_code == 2);
    CHECK_THAT(r.err, Catch::StartsWith("revisor: ") && Catch::Contains(c.message));
    CHECK(r.out.empty());
  }
  // The help line names the command whose options were wrong.
  CHECK_THAT(run_revisor({"diff", "--format"}).err,
             Catch::EndsWith("Run \"revisor diff --help\" to see its options.\n"));
}

TEST_CASE("revisor --help and --version still print to standard output and exit 0", "[cli]") {
  for (const std::vector<std::string>& args :
       {std::vector<std::string>{"--help"}, {"ingest", "--help"}, {"report", "-h"}, {"--version"}}) {
    INFO(args[0]);
    const auto r = run_revisor(args);
    CHECK(r.exit_code == 0);
    CHECK(r.err.empty());
    CHECK_FALSE(r.out.empty());
    CHECK(r.out.rfind("revisor: ", 0) != 0);
  }
  CHECK_THAT(run_revisor({"ingest", "--help"}).out, Catch::Contains("--manifest"));
  // The top-level help says what the exit codes mean for every command.
  CHECK_THAT(run_revisor({"--help"}).out,
             Catch::Contains("Exit codes: 0 success, 1 a failure of revisor or the store, 2 a usage error"));
}

TEST_CASE("outside a store the message names the directory, how it was chosen and the fix", "[cli]") {
  TempDir tmp;
  tmp.write("plain/notes.txt", "not a store\n");
  std::filesystem::create_directories(tmp / "empty");
  REQUIRE(run_command({"git", "init", "-q", "--bare", (tmp / "bare.git").string()}).exit_code == 0);
  const std::string name_one = "name it with --store DIR or REVISOR_STORE=DIR";

  struct Case {
    std::string dir;
    std::string why;
    std::string init;  // the `revisor init` the message suggests
  };
  const std::vector<Case> cases = {
      {(tmp / "plain").string(), "(no git repository there)", "revisor init DIR (a new or empty directory)"},
      {(tmp / "empty").string(), "(no git repository there)", "revisor init " + (tmp / "empty").string()},
      {(tmp / "missing").string(), "(no such directory)", "revisor init " + (tmp / "missing").string()},
      {(tmp / "bare.git").string(), "(a git repository without revisor.format)",
       "revisor init DIR (a new or empty directory)"},
  };
  for (const auto& c : cases) {
    INFO(c.dir);
    const auto named = run_revisor({"--store", c.dir, "list"});
    CHECK(named.exit_code == 2);
    CHECK(named.err == "revisor: " + c.dir + " is not a revisor store " + c.why +
                           "; make one with: " + c.init + "\n  (--store named " + c.dir +
                           "; to use another store, " + name_one + ")\n");
    const auto from_env = run_revisor({"audit"}, "", {"REVISOR_STORE=" + c.dir});
    CHECK(from_env.exit_code == 2);
    CHECK_THAT(from_env.err,
               Catch::StartsWith("revisor: " + c.dir + " is not a revisor store " + c.why) &&
                   Catch::Contains("(REVISOR_STORE named " + c.dir + "; to use another store, "));
  }
  // --store wins over REVISOR_STORE, and the message says which one was used.
  const auto both = run_revisor({"--store", (tmp / "plain").string(), "list"}, "",
                                {"REVISOR_STORE=" + (tmp / "empty").string()});
  CHECK_THAT(both.err, Catch::Contains("(--store named " + (tmp / "plain").string()));

  // With neither, the current directory, named in full rather than ".".
  const auto cwd = run_command({"sh", "-c", "cd \"$0\" && env -u REVISOR_STORE \"$1\" log some/article",
                                (tmp / "plain").string(), REVISOR_BINARY});
  CHECK(cwd.exit_code == 2);
  CHECK(cwd.err ==
        "revisor: " + std::filesystem::canonical(tmp / "plain").string() +
            " is not a revisor store (no git repository there); make one with: revisor init DIR (a new "
            "or empty directory)\n  (neither --store nor REVISOR_STORE named a store, so the current "
            "directory was looked at; name one with --store DIR or REVISOR_STORE=DIR)\n");
}
