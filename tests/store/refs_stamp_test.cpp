// refs_stamp: changes whenever a directory of article refs or packed-refs does, and is withheld
// while one of them changed too recently to be told apart from a later change.
#include "store/refs_stamp.h"

#include <catch2/catch.hpp>
#include <chrono>
#include <filesystem>
#include <string>

#include "support/temp_dir.h"

using revisor::store::refs_stamp;
using revisor::test::TempDir;
namespace fs = std::filesystem;

namespace {

// Sets the modification time of `p` to `seconds` ago, as if it had last changed then.
void age(const fs::path& p, int seconds) {
  fs::last_write_time(p, fs::file_time_type::clock::now() - std::chrono::seconds(seconds));
}

void age_refs(const fs::path& git_dir, int seconds) {
  for (const auto& e : fs::recursive_directory_iterator(git_dir / "refs"))
    if (e.is_directory()) age(e.path(), seconds);
  if (fs::exists(git_dir / "packed-refs")) age(git_dir / "packed-refs", seconds);
}

}  // namespace

TEST_CASE("refs_stamp follows the directories of article refs and packed-refs", "[store]") {
  TempDir tmp;
  const fs::path git = tmp.path();
  tmp.write("refs/articles/a", "0000000000000000000000000000000000000001\n");
  tmp.write("refs/articles/news/b", "0000000000000000000000000000000000000002\n");
  tmp.write("refs/heads/main", "0000000000000000000000000000000000000003\n");

  SECTION("withheld while a directory changed within the last two seconds") {
    CHECK_FALSE(refs_stamp(git).has_value());
    age_refs(git, 3600);
    age(git / "refs" / "articles" / "news", 0);
    CHECK_FALSE(refs_stamp(git).has_value());
  }

  age_refs(git, 3600);
  const auto settled = refs_stamp(git);
  REQUIRE(settled.has_value());
  CHECK(settled->size() == 64);
  CHECK(refs_stamp(git) == settled);

  SECTION("a ref outside refs/articles, or a ref file rewritten in place (not as git writes one), does not change it") {
    tmp.write("refs/heads/other", "0000000000000000000000000000000000000004\n");
    tmp.write("refs/articles/a", "0000000000000000000000000000000000000006\n");
    age(git / "refs" / "heads", 60);
    CHECK(refs_stamp(git) == settled);
  }
  SECTION("a ref added, replaced or removed in a nested directory changes it") {
    fs::remove(git / "refs" / "articles" / "news" / "b");
    age_refs(git, 1800);  // settled again, at another time
    const auto after = refs_stamp(git);
    REQUIRE(after.has_value());
    CHECK(after != settled);
  }
  SECTION("a new directory of refs changes it") {
    tmp.write("refs/articles/wire/c", "0000000000000000000000000000000000000005\n");
    age(git / "refs" / "articles" / "wire", 3600);
    age(git / "refs" / "articles", 3600);  // as it was: the new directory alone must tell
    const auto after = refs_stamp(git);
    REQUIRE(after.has_value());
    CHECK(after != settled);
  }
  SECTION("packed-refs written changes it, and is withheld while new") {
    tmp.write("packed-refs", "# pack-refs with: peeled fully-peeled sorted\n");
    CHECK_FALSE(refs_stamp(git).has_value());
    age(git / "packed-refs", 3600);
    const auto after = refs_stamp(git);
    REQUIRE(after.has_value());
    CHECK(after != settled);
  }
  SECTION("a store with no article yet has a stamp") {
    fs::remove_all(git / "refs" / "articles");
    age_refs(git, 3600);
    CHECK(refs_stamp(git).has_value());
  }
}
