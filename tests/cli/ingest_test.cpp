// End to end: `revisor ingest` with several files for one article, and with a manifest of many
// articles; every version is checked first, so one refused file leaves the store untouched.
#include <chrono>
#include <filesystem>
#include <string>

#include <catch2/catch.hpp>

#include "support/run_revisor.h"
#include "support/temp_dir.h"

using revisor::test::run_revisor;
using revisor::test::snapshot;
using revisor::test::TempDir;

namespace {

namespace fs = std::filesystem;

std::string version(const std::string& headline, const std::string& figure) {
  return headline + "\n\nThe harbour expansion will cost " + figure + " million euros, the council said.\n";
}

struct Store {
  TempDir tmp;
  std::string dir = (tmp / "store").string();
  Store() { REQUIRE(run_revisor({"init", dir}).exit_code == 0); }
  revisor::test::RunResult run(std::vector<std::string> args) const {
    args.insert(args.begin(), {"--store", dir});
    return run_revisor(args);
  }
};

void set_mtime(const fs::path& file, int hours_after_epoch_day) {
  using namespace std::chrono;
  // 2024-03-12T00:00:00Z plus the given hours.
  const auto at = sys_seconds{seconds{1710201600}} + hours{hours_after_epoch_day};
  fs::last_write_time(file, fs::file_time_type::clock::from_sys(at));
}

}  // namespace

TEST_CASE("ingest: several files of one article, each dated by its file time, stored in time order",
          "[cli][ingest]") {
  Store s;
  const auto late = s.tmp.write("late.txt", version("Harbour plan", "84"));
  const auto early = s.tmp.write("early.txt", version("Harbour plan", "48"));
  const auto same = s.tmp.write("same.txt", version("Harbour plan", "84"));
  set_mtime(late, 18);
  set_mtime(early, 16);
  set_mtime(same, 20);
  const auto r =
      s.run({"ingest", "--article", "kelsby/harbour", late.string(), early.string(), same.string()});
  INFO(r.err);
  REQUIRE(r.exit_code == 0);
  CHECK(r.out.find("added version 1 observed 2024-03-12T18:00:00Z") != std::string::npos);
  CHECK(r.out.find("inserted version 1 observed 2024-03-12T16:00:00Z") != std::string::npos);
  CHECK(r.out.find("unchanged: the text is identical to version 2") != std::string::npos);
  CHECK(s.run({"show", "kelsby/harbour@1"}).out.find("48 million") != std::string::npos);
  CHECK(s.run({"show", "kelsby/harbour@2"}).out.find("84 million") != std::string::npos);
  CHECK(s.run({"show", "kelsby/harbour@3"}).exit_code == 2);
}

TEST_CASE("ingest: one refused file among several adds nothing", "[cli][ingest]") {
  Store s;
  const auto good = s.tmp.write("good.txt", version("Harbour plan", "48"));
  const auto bad = s.tmp.write("bad.txt", "Harbour plan\n\nBroken \xC3\x28 byte.\n");
  set_mtime(good, 16);
  set_mtime(bad, 18);
  const auto before = snapshot(s.dir);
  const auto r = s.run({"ingest", "--article", "kelsby/harbour", good.string(), bad.string()});
  CHECK(r.exit_code == 2);
  CHECK(r.err.find(bad.string()) != std::string::npos);
  CHECK(r.err.find("UTF-8") != std::string::npos);
  CHECK(snapshot(s.dir) == before);

  const auto two_times = s.run(
      {"ingest", "--article", "a", "--observed-at", "2024-03-12T10:00:00Z", good.string(), good.string()});
  CHECK(two_times.exit_code == 2);
  CHECK(two_times.err.find("--observed-at") != std::string::npos);
  const auto with_stdin = s.run({"ingest", "--article", "a", good.string(), "-"});
  CHECK(with_stdin.exit_code == 2);
  CHECK(with_stdin.err.find("standard input") != std::string::npos);
  CHECK(s.run({"ingest", good.string()}).exit_code == 2);  // no --article
  CHECK(snapshot(s.dir) == before);
}

TEST_CASE("ingest --manifest: many articles, files relative to the manifest, url and headline per line",
          "[cli][ingest]") {
  Store s;
  s.tmp.write("import/harbour/v1.txt", version("Harbour plan", "48"));
  s.tmp.write("import/harbour/v2.txt", version("Harbour plan", "84"));
  s.tmp.write("import/mayor.txt", version("Mayor sworn in", "3"));
  const auto manifest = s.tmp.write(
      "import/manifest.jsonl",
      "{\"article\": \"kelsby/harbour\", \"file\": \"harbour/v2.txt\", \"observed_at\": "
      "\"2024-03-12T18:05:00Z\"}\n"
      "\n"
      "{\"article\": \"kelsby/harbour\", \"file\": \"harbour/v1.txt\", \"observed_at\": "
      "\"2024-03-12T16:20:00Z\","
      " \"url\": \"https://news.example.com/harbour\"}\n"
      "{\"article\": \"kelsby/mayor\", \"file\": \"mayor.txt\", \"observed_at\": \"2024-03-13T08:00:00Z\","
      " \"headline\": \"Whittaker sworn in as mayor\"}\n");
  const auto r = s.run({"ingest", "--manifest", manifest.string()});
  INFO(r.err);
  REQUIRE(r.exit_code == 0);
  const auto list = s.run({"list"});
  CHECK(list.out.find("kelsby/harbour") != std::string::npos);
  CHECK(list.out.find("kelsby/mayor") != std::string::npos);
  const auto log = s.run({"log", "kelsby/harbour"});
  CHECK(log.out.find("2024-03-12T16:20:00Z") < log.out.find("2024-03-12T18:05:00Z"));
  CHECK(s.run({"log", "kelsby/mayor"}).out.find("Whittaker sworn in as mayor") != std::string::npos);
  const auto meta = revisor::test::run_command(
      {"git", "--git-dir", s.dir, "show", "refs/articles/kelsby/harbour~1:meta.json"});
  CHECK(meta.out.find("https://news.example.com/harbour") != std::string::npos);
}

TEST_CASE("ingest --manifest: a bad line is named and nothing is added", "[cli][ingest]") {
  Store s;
  s.tmp.write("m/a.txt", version("Harbour plan", "48"));
  const std::string good =
      "{\"article\": \"kelsby/harbour\", \"file\": \"a.txt\", \"observed_at\": \"2024-03-12T10:00:00Z\"}\n";
  const auto before = snapshot(s.dir);
  const std::vector<std::pair<std::string, std::string>> cases = {
      {"{\"article\": \"kelsby/harbour\", \"file\": \"missing.txt\"}", "missing.txt"},
      {"{\"article\": \"../escape\", \"file\": \"a.txt\"}", "line 2"},
      {"{\"article\": \"kelsby/harbour\"}", "\"file\" is missing"},
      {"{\"article\": \"kelsby/harbour\", \"file\": \"a.txt\", \"observed\": \"x\"}",
       "unknown key \"observed\""},
      {"{\"article\": \"kelsby/harbour\", \"file\": \"a.txt\", \"observed_at\": \"yesterday\"}", "line 2"},
      {"[1, 2]", "not a JSON object"},
      {"{\"article\": ", "not JSON"},
  };
  for (const auto& [line, expected] : cases) {
    const auto manifest = s.tmp.write("m/manifest.jsonl", good + line + "\n");
    const auto r = s.run({"ingest", "--manifest", manifest.string()});
    INFO(line << "\n" << r.err);
    CHECK(r.exit_code == 2);
    CHECK(r.err.find(expected) != std::string::npos);
    CHECK(snapshot(s.dir) == before);
  }
  const auto empty = s.tmp.write("m/empty.jsonl", "\n");
  CHECK(s.run({"ingest", "--manifest", empty.string()}).exit_code == 2);
  const auto both = s.run({"ingest", "--manifest", empty.string(), "--article", "a"});
  CHECK(both.exit_code == 2);
  CHECK(snapshot(s.dir) == before);
}

TEST_CASE("ingest: files with the same modification time are refused unless --order args says the order",
          "[cli][ingest]") {
  Store s;
  const auto v2 = s.tmp.write("v2.txt", version("Harbour plan", "84"));
  const auto v1 = s.tmp.write("v1.txt", version("Harbour plan", "48"));
  set_mtime(v2, 16);
  set_mtime(v1, 16);
  const auto before = snapshot(s.dir);
  const auto tied = s.run({"ingest", "--article", "kelsby/harbour", v1.string(), v2.string()});
  INFO(tied.err);
  CHECK(tied.exit_code == 2);
  CHECK(tied.err.find("v1.txt and " + v2.string() + " have the same modification time") != std::string::npos);
  CHECK(tied.err.find("--order args") != std::string::npos);
  CHECK(snapshot(s.dir) == before);

  const auto ordered = s.run({"ingest", "--article", "kelsby/harbour", "--order", "args", v1.string(), v2.string()});
  INFO(ordered.err);
  REQUIRE(ordered.exit_code == 0);
  CHECK(ordered.err.find("revisor: note: dated by file modification times") != std::string::npos);
  CHECK(ordered.err.find("in the order given") != std::string::npos);
  CHECK(ordered.out.find("added version 2 observed 2024-03-12T16:00:01Z") != std::string::npos);
  CHECK(s.run({"show", "kelsby/harbour@1"}).out.find("48 million") != std::string::npos);
  CHECK(s.run({"show", "kelsby/harbour@2"}).out.find("84 million") != std::string::npos);
  CHECK(s.run({"ingest", "--article", "x", "--order", "sideways", v1.string()}).exit_code == 2);
}

TEST_CASE("ingest: a version dated by its file time says so", "[cli][ingest]") {
  Store s;
  const auto v1 = s.tmp.write("v1.txt", version("Harbour plan", "48"));
  set_mtime(v1, 16);
  const auto r = s.run({"ingest", "--article", "kelsby/harbour", v1.string()});
  REQUIRE(r.exit_code == 0);
  CHECK(r.err.find("revisor: note: dated by file modification time (" + v1.string() + " 2024-03-12T16:00:00Z)") !=
        std::string::npos);
  const auto dated = s.run({"ingest", "--article", "kelsby/other", "--observed-at", "2024-03-12T10:00:00Z", v1.string()});
  CHECK(dated.err.find("note") == std::string::npos);
}

TEST_CASE("ingest --manifest: two versions of one article at one file time are refused", "[cli][ingest]") {
  Store s;
  const auto a = s.tmp.write("m/a.txt", version("Harbour plan", "48"));
  const auto b = s.tmp.write("m/b.txt", version("Harbour plan", "84"));
  set_mtime(a, 16);
  set_mtime(b, 16);
  const auto before = snapshot(s.dir);
  const auto manifest = s.tmp.write("m/manifest.jsonl",
                                    "{\"article\": \"kelsby/harbour\", \"file\": \"a.txt\"}\n"
                                    "{\"article\": \"kelsby/harbour\", \"file\": \"b.txt\"}\n");
  const auto r = s.run({"ingest", "--manifest", manifest.string()});
  INFO(r.err);
  CHECK(r.exit_code == 2);
  CHECK(r.err.find("line 1 and line 2 date two versions of kelsby/harbour at the same time") != std::string::npos);
  CHECK(snapshot(s.dir) == before);
}

TEST_CASE("ingest: an earlier sighting of a stored text moves its first-seen time, never adds a twin",
          "[cli][ingest]") {
  Store s;
  const auto v1 = s.tmp.write("v1.txt", version("Harbour plan", "48"));
  const auto v2 = s.tmp.write("v2.txt", version("Harbour plan", "84"));
  REQUIRE(s.run({"ingest", "--article", "h", "--observed-at", "2024-03-12T10:00:00Z", v1.string()}).exit_code == 0);
  REQUIRE(s.run({"ingest", "--article", "h", "--observed-at", "2024-03-12T16:00:00Z", v2.string()}).exit_code == 0);
  const auto r = s.run({"ingest", "--article", "h", "--observed-at", "2024-03-12T12:00:00Z", v2.string()});
  INFO(r.err);
  REQUIRE(r.exit_code == 0);
  CHECK(r.out.find("seen earlier: version 2 has this text and is now first observed 2024-03-12T12:00:00Z, "
                   "not 2024-03-12T16:00:00Z") != std::string::npos);
  const auto log = s.run({"log", "h"}).out;
  CHECK(log.find("2024-03-12T12:00:00Z") != std::string::npos);
  CHECK(log.find("2024-03-12T16:00:00Z") == std::string::npos);
  CHECK(s.run({"show", "h@3"}).exit_code == 2);
  const auto meta = revisor::test::run_command({"git", "--git-dir", s.dir, "show", "refs/articles/h:meta.json"});
  CHECK(meta.out.find("\"later_sightings\"") != std::string::npos);
  CHECK(meta.out.find("2024-03-12T16:00:00Z") != std::string::npos);
  // The feed has no entry for a version identical to the one before it.
  CHECK(s.run({"feed", "h"}).out.find("0 changes") == std::string::npos);
}
