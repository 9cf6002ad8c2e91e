#include "revisor/import/tree_versions.h"

#include <catch2/catch.hpp>

#include <chrono>
#include <filesystem>
#include <string>

#include "revisor/base/error.h"
#include "support/temp_dir.h"

using revisor::Error;
using revisor::ErrorKind;
using revisor::import::TreeVersions;
using revisor::test::TempDir;

namespace {

namespace fs = std::filesystem;

void set_mtime(const fs::path& file, long long seconds) {
  using namespace std::chrono;
  fs::last_write_time(file, fs::file_time_type::clock::from_sys(sys_seconds{std::chrono::seconds{seconds}}));
}

std::string version(const std::string& figure) {
  return "Harbour plan\n\nThe expansion will cost " + figure + " million euros.\n";
}

}  // namespace

TEST_CASE("TreeVersions: nested folders give nested ids, name order is observed order", "[import][tree]") {
  TempDir tmp;
  // v02 has the older file time: it still comes after v01, a second later.
  set_mtime(tmp.write("t/outlet/story/v01.txt", version("1")), 1710201600);
  set_mtime(tmp.write("t/outlet/story/v02.txt", version("2")), 1710201000);
  set_mtime(tmp.write("t/outlet/story/v10.html", "<h1>Harbour plan</h1><p>The expansion will cost 10.</p>"), 1710300000);
  tmp.write("t/outlet/story/meta.json", "{}");
  tmp.write("t/.hidden/v01.txt", version("9"));
  tmp.write("t/index.txt", version("9"));
  const TreeVersions tree((tmp / "t").string());
  REQUIRE(tree.size() == 3);
  const auto a = tree.read(0);
  const auto b = tree.read(1);
  const auto c = tree.read(2);
  CHECK(a.article.str() == "outlet/story");
  CHECK(a.source_bytes == version("1"));
  CHECK(b.source_bytes == version("2"));
  CHECK(b.observed_at.seconds() == 1710201601);
  CHECK(c.source_ext == "html");
  CHECK(c.observed_at.seconds() == 1710300000);
}

TEST_CASE("TreeVersions: a folder that is no id is refused when its versions are read", "[import][tree]") {
  TempDir tmp;
  tmp.write("t/ok/v01.txt", version("1"));
  tmp.write("t/not..ok/v01.txt", version("2"));
  const TreeVersions tree((tmp / "t").string());
  REQUIRE(tree.size() == 2);
  try {
    tree.read(0);
    FAIL("a bad id was read");
  } catch (const Error& e) {
    CHECK(e.kind() == ErrorKind::bad_input);
    CHECK_THAT(e.what(), Catch::Contains("not..ok/v01.txt") && Catch::Contains("is no article id"));
  }
  CHECK(tree.read(1).article.str() == "ok");
}

TEST_CASE("TreeVersions: no folder or no versions is refused naming the root", "[import][tree]") {
  TempDir tmp;
  CHECK_THROWS_WITH(TreeVersions((tmp / "none").string()), Catch::Contains("not a folder of articles"));
  tmp.write("empty/README.txt", "x");
  CHECK_THROWS_WITH(TreeVersions((tmp / "empty").string()), Catch::Contains("no version files"));
}
