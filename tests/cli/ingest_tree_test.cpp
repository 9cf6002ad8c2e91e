// End to end: `revisor ingest --tree DIR` and `--text` (the bulk paths): ids from folders, versions in
// name order, a bad version named and skipped, the summary and exit code; a rerun adds nothing; the
// store equals the one single ingests build.
#include <algorithm>
#include <chrono>
#include <vector>
#include <filesystem>
#include <string>

#include <catch2/catch.hpp>

#include "support/run_revisor.h"
#include "support/temp_dir.h"

using revisor::test::run_revisor;
using revisor::test::TempDir;

namespace {

namespace fs = std::filesystem;

struct Store {
  TempDir tmp;
  std::string dir;
  explicit Store(const std::string& name = "store") : dir((tmp / name).string()) {
    REQUIRE(run_revisor({"init", dir}).exit_code == 0);
  }
  revisor::test::RunResult run(std::vector<std::string> args, const std::string& input = "") const {
    args.insert(args.begin(), {"--store", dir});
    return run_revisor(args, input);
  }
};

std::string version(const std::string& headline, const std::string& figure) {
  return headline + "\n\nThe harbour expansion will cost " + figure + " million euros, the council said.\n";
}

void set_mtime(const fs::path& file, int hours) {
  using namespace std::chrono;
  const auto at = sys_seconds{seconds{1710201600}} + std::chrono::hours{hours};
  fs::last_write_time(file, fs::file_time_type::clock::from_sys(at));
}

// A tree of three articles, one nested, each version file dated in name order.
fs::path make_tree(const TempDir& tmp) {
  const fs::path root = tmp / "corpus";
  int hour = 0;
  for (const auto& [article, figures] :
       std::vector<std::pair<std::string, std::vector<std::string>>>{{"harbour", {"40", "45", "45", "50"}},
                                                                    {"city/budget", {"1", "2"}},
                                                                    {"city/parks", {"7"}}}) {
    for (std::size_t i = 0; i < figures.size(); ++i) {
      const auto file = tmp.write("corpus/" + article + "/v0" + std::to_string(i + 1) + ".txt",
                                  version("Harbour plan for " + article, figures[i]));
      set_mtime(file, ++hour);
    }
  }
  tmp.write("corpus/harbour/meta.json", "{}");  // not a version
  tmp.write("corpus/README.md", "# not an article\n");  // directly in the root: no article
  return root;
}

}  // namespace

TEST_CASE("ingest --tree: ids from folders, versions in name order, a summary, a rerun adds nothing",
          "[cli][ingest][bulk]") {
  Store s;
  const fs::path tree = make_tree(s.tmp);
  const auto r = s.run({"ingest", "--tree", tree.string()});
  INFO(r.err);
  REQUIRE(r.exit_code == 0);
  CHECK_THAT(r.out, Catch::Contains("3 articles, 6 versions added, 1 unchanged (duplicates) skipped, 0 seen "
                                    "earlier, 0 refused"));
  const auto list = s.run({"list"});
  CHECK_THAT(list.out, Catch::Contains("city/budget") && Catch::Contains("city/parks") &&
                           Catch::Contains("harbour"));
  const auto log = s.run({"log", "harbour"});
  CHECK_THAT(log.out, Catch::Contains("2024-03-12T01:00:00Z") && Catch::Contains("2024-03-12T04:00:00Z"));
  CHECK(s.run({"show", "harbour"}).out.find("50 million") != std::string::npos);
  CHECK(s.run({"verify"}).exit_code == 0);

  const auto again = s.run({"ingest", "--tree", tree.string()});
  CHECK(again.exit_code == 0);
  CHECK_THAT(again.out, Catch::Contains("3 articles, 0 versions added, 7 unchanged (duplicates) skipped"));
}

TEST_CASE("ingest --tree builds the store that one ingest per file builds, commit for commit",
          "[cli][ingest][bulk]") {
  Store bulk("bulk");
  const fs::path tree = make_tree(bulk.tmp);
  REQUIRE(bulk.run({"ingest", "--tree", tree.string()}).exit_code == 0);
  Store single("single");
  for (const std::string article : {"city/budget", "city/parks", "harbour"}) {
    // In name order, as --tree takes them (another order would make a later sighting an earlier one).
    std::vector<fs::path> files;
    for (const auto& e : fs::directory_iterator(tree / article))
      if (e.path().extension() == ".txt") files.push_back(e.path());
    std::sort(files.begin(), files.end());
    for (const auto& file : files) REQUIRE(single.run({"ingest", "--article", article, file.string()}).exit_code == 0);
  }
  for (const std::string article : {"city/budget", "city/parks", "harbour"}) {
    const auto a = bulk.run({"log", article});
    const auto b = single.run({"log", article});
    REQUIRE(a.exit_code == 0);
    CHECK(a.out == b.out);  // commit ids, times, headlines, sizes
  }
}

TEST_CASE("ingest --tree: a bad version is named, skipped and counted, exit 1", "[cli][ingest][bulk]") {
  Store s;
  const fs::path tree = make_tree(s.tmp);
  s.tmp.write("corpus/harbour/v05.txt", std::string("binary\0junk", 11));
  s.tmp.write("corpus/bad..id/v01.txt", version("Bad id", "3"));
  const auto r = s.run({"ingest", "--tree", tree.string()});
  CHECK(r.exit_code == 1);
  CHECK_THAT(r.out, Catch::Contains("6 versions added") && Catch::Contains("2 refused"));
  CHECK_THAT(r.out, Catch::Contains("refused: " + (tree / "harbour" / "v05.txt").string()));
  CHECK_THAT(r.out, Catch::Contains("bad..id"));
  CHECK_THAT(r.err, Catch::Contains("2 versions were refused"));
}

TEST_CASE("ingest --tree: usage errors exit 2 and leave the store untouched", "[cli][ingest][bulk]") {
  Store s;
  CHECK(s.run({"ingest", "--tree", (s.tmp / "nowhere").string()}).exit_code == 2);
  const fs::path tree = make_tree(s.tmp);
  CHECK(s.run({"ingest", "--tree", tree.string(), "--article", "x"}).exit_code == 2);
  CHECK(s.run({"ingest", "--tree", tree.string(), "--text"}).exit_code == 2);
  CHECK(s.run({"ingest", "--tree", tree.string(), "--manifest", "m.jsonl"}).exit_code == 2);
  CHECK(s.run({"list"}).out.find("harbour") == std::string::npos);
}

TEST_CASE("ingest --text: JSON lines on standard input, a bad line named by number and skipped",
          "[cli][ingest][bulk]") {
  Store s;
  const auto file = s.tmp.write("files/v.txt", version("Harbour plan", "45"));
  const std::string input =
      R"({"article": "harbour", "text": "Harbour plan\n\nThe harbour expansion will cost 40 million euros.\n", "observed_at": "2024-03-12T10:00:00Z", "url": "https://example.org/h"})"
      "\n"
      R"({"article": "harbour", "file": ")" + file.string() + R"(", "observed_at": "2024-03-13T10:00:00Z"})"
      "\n\n"
      R"({"article": "harbour", "text": "x", "file": "y", "observed_at": "2024-03-14T10:00:00Z"})"
      "\n"
      R"(not json)"
      "\n"
      R"({"article": "other", "text": "Other\n\nA body.\n", "observed_at": "2024-03-12T10:00:00Z"})"
      "\n";
  const auto r = s.run({"ingest", "--text"}, input);
  CHECK(r.exit_code == 1);
  CHECK_THAT(r.out, Catch::Contains("2 articles, 3 versions added") && Catch::Contains("2 refused"));
  CHECK_THAT(r.out, Catch::Contains("standard input line 4: give the version as \"text\" or as \"file\""));
  CHECK_THAT(r.out, Catch::Contains("standard input line 5: not JSON"));
  const auto log = s.run({"log", "harbour"});
  CHECK_THAT(log.out, Catch::Contains("2024-03-13T10:00:00Z"));
  CHECK(s.run({"show", "harbour"}).out.find("45 million") != std::string::npos);
}
