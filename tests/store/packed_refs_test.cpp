// PackedRefs against git: it reads the packed-refs git writes, and git and libgit2 read the file it
// writes; its lock is git's lock.
#include "store/packed_refs.h"

#include <catch2/catch.hpp>
#include <git2.h>

#include <filesystem>
#include <fstream>
#include <string>

#include "revisor/base/error.h"
#include "revisor/store/article_store.h"
#include "support/ingest_request.h"
#include "support/shell_output.h"
#include "support/temp_dir.h"

using revisor::Error;
using revisor::store::ArticleStore;
using revisor::store::PackedRefs;
using revisor::store::PackedRefsLock;
using revisor::test::TempDir;
using revisor::test::shell_output;

namespace {

namespace fs = std::filesystem;

revisor::store::IngestRequest request(const std::string& id) {
  return revisor::test::text_version(id, "Headline of " + id, "Body of " + id + ".", "2024-01-01T10:00:00Z");
}

}  // namespace

TEST_CASE("PackedRefs: reads what git packs, and git and libgit2 read what it writes", "[store][refs]") {
  TempDir tmp;
  const fs::path dir = tmp / "store";
  ArticleStore store = ArticleStore::init(dir);
  const std::string a = store.ingest(request("news/a")).commit;
  const std::string b = store.ingest(request("news/b")).commit;
  PackedRefs packed(dir);
  packed.refresh();
  CHECK(packed.bytes() == 0);
  CHECK(packed.find("refs/articles/news/a") == nullptr);

  shell_output("git -C '" + dir.string() + "' pack-refs --all");
  REQUIRE_FALSE(fs::exists(dir / "refs" / "articles" / "news" / "a"));
  packed.refresh();
  REQUIRE(packed.find("refs/articles/news/a") != nullptr);
  CHECK(*packed.find("refs/articles/news/a") == a);
  CHECK(*packed.find("refs/articles/news/b") == b);
  CHECK(packed.bytes() == fs::file_size(dir / "packed-refs"));
  REQUIRE(packed.first_under("refs/articles/news") != nullptr);
  CHECK(*packed.first_under("refs/articles/news") == "refs/articles/news/a");
  CHECK(packed.first_under("refs/articles/news/a") == nullptr);
  CHECK(packed.first_under("refs/articles/new") == nullptr);  // a prefix of a name is no folder

  // Two refs moved and one added, as a batch does.
  packed.set("refs/articles/news/a", b);
  packed.set("refs/articles/later", a);
  {
    PackedRefsLock lock(dir);
    REQUIRE(lock.held());
    packed.write(lock);
  }
  CHECK_FALSE(fs::exists(dir / "packed-refs.lock"));
  const std::string listed = shell_output("git -C '" + dir.string() + "' show-ref");
  CHECK(listed ==
        a + " refs/articles/later\n" + b + " refs/articles/news/a\n" + b + " refs/articles/news/b\n");
  shell_output("git -C '" + dir.string() + "' fsck --strict");
  git_libgit2_init();
  git_repository* repo = nullptr;
  REQUIRE(git_repository_open_bare(&repo, dir.c_str()) == 0);
  git_oid id;
  REQUIRE(git_reference_name_to_id(&id, repo, "refs/articles/later") == 0);
  char hex[GIT_OID_HEXSZ + 1];
  CHECK(std::string(git_oid_tostr(hex, sizeof hex, &id)) == a);
  git_repository_free(repo);
  git_libgit2_shutdown();

  // Read afresh, the file holds what was written.
  PackedRefs again(dir);
  again.refresh();
  CHECK(*again.find("refs/articles/later") == a);
  CHECK(again.bytes() == packed.bytes());
}

TEST_CASE("PackedRefs: the lock of another writer is left alone", "[store][refs]") {
  TempDir tmp;
  const fs::path dir = tmp / "store";
  ArticleStore::init(dir);
  std::ofstream(dir / "packed-refs.lock") << "another writer's";
  {
    PackedRefsLock lock(dir);
    CHECK_FALSE(lock.held());
  }
  CHECK(fs::exists(dir / "packed-refs.lock"));
  fs::remove(dir / "packed-refs.lock");
  {
    PackedRefsLock first(dir);
    CHECK(first.held());
    PackedRefsLock second(dir);
    CHECK_FALSE(second.held());
  }
  // Released unwritten: no lock, no packed-refs.
  CHECK_FALSE(fs::exists(dir / "packed-refs.lock"));
  CHECK_FALSE(fs::exists(dir / "packed-refs"));
}

TEST_CASE("PackedRefs: a line git would not write is named with its file and number", "[store][refs]") {
  TempDir tmp;
  const fs::path dir = tmp / "store";
  ArticleStore::init(dir);
  std::ofstream(dir / "packed-refs") << "# pack-refs with: peeled fully-peeled sorted \n"
                                     << "0123456789012345678901234567890123456789 refs/articles/a\n"
                                     << "not a ref\n";
  PackedRefs packed(dir);
  try {
    packed.refresh();
    FAIL("read");
  } catch (const Error& e) {
    CHECK_THAT(e.what(), Catch::Contains("packed-refs line 3") && Catch::Contains("not a ref"));
  }
  // A peeled line belongs to the ref before it and is written back with it.
  std::ofstream(dir / "packed-refs", std::ios::trunc)
      << "# pack-refs with: peeled \n"
      << "0123456789012345678901234567890123456789 refs/tags/v1\n"
      << "^abcdefabcdefabcdefabcdefabcdefabcdefabcd\n";
  packed.refresh();
  CHECK(*packed.find("refs/tags/v1") == "0123456789012345678901234567890123456789");
  packed.set("refs/articles/a", "1111111111111111111111111111111111111111");
  PackedRefsLock lock(dir);
  REQUIRE(lock.held());
  packed.write(lock);
  std::ifstream in(dir / "packed-refs");
  const std::string text((std::istreambuf_iterator<char>(in)), std::istreambuf_iterator<char>());
  CHECK(text == "# pack-refs with: peeled \n"
                "1111111111111111111111111111111111111111 refs/articles/a\n"
                "0123456789012345678901234567890123456789 refs/tags/v1\n"
                "^abcdefabcdefabcdefabcdefabcdefabcdefabcd\n");
}
