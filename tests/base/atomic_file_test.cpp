#include "revisor/base/atomic_file.h"

#include <filesystem>

#include <catch2/catch.hpp>

#include "revisor/base/error.h"

#include "support/temp_dir.h"

using namespace revisor;

TEST_CASE("atomic file: replaces the target whole and leaves no temporary file") {
  test::TempDir dir;
  const auto target = dir.write("report.html", "old");
  write_file_atomically(target, "new content");
  CHECK(test::read_file(target) == "new content");
  CHECK(std::distance(std::filesystem::directory_iterator(dir.path()), {}) == 1);
}

TEST_CASE("atomic file: without commit the target is untouched") {
  test::TempDir dir;
  const auto target = dir.write("report.html", "old");
  {
    AtomicFile f(target);
    f.write("half");
  }
  CHECK(test::read_file(target) == "old");
  CHECK(std::distance(std::filesystem::directory_iterator(dir.path()), {}) == 1);
}

TEST_CASE("atomic file: a missing directory is an io error naming the path") {
  test::TempDir dir;
  try {
    write_file_atomically(dir / "no/such/dir/x.html", "x");
    FAIL("expected an error");
  } catch (const Error& e) {
    CHECK(e.kind() == ErrorKind::io);
    CHECK(std::string(e.what()).find("x.html") != std::string::npos);
  }
}
