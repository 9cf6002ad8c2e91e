// read_article_tips: the article refs read from their files give what libgit2 gives, loose refs
// before packed ones, and nothing (for libgit2 to answer) where a file is not as git writes refs.
#include "store/ref_files.h"

#include <git2.h>

#include <algorithm>
#include <catch2/catch.hpp>
#include <filesystem>
#include <memory>
#include <string>
#include <utility>
#include <vector>

#include "revisor/base/c_handle.h"
#include "revisor/store/article_store.h"
#include "store/git_handles.h"
#include "support/ingest_request.h"
#include "support/temp_dir.h"

using revisor::store::ArticleStore;
using revisor::store::read_article_tips;
using revisor::test::TempDir;
using revisor::test::text_version;
namespace fs = std::filesystem;

namespace {

const std::string kA = "1111111111111111111111111111111111111111";
const std::string kB = "2222222222222222222222222222222222222222";
const std::string kC = "3333333333333333333333333333333333333333";
const std::string kD = "4444444444444444444444444444444444444444";

std::vector<std::pair<std::string, std::string>> pairs(const std::vector<revisor::store::RefTip>& tips) {
  std::vector<std::pair<std::string, std::string>> out;
  for (const auto& t : tips) out.emplace_back(t.name, t.tip);
  return out;
}

// Every article ref with its target as libgit2 reads them, sorted by name.
std::vector<std::pair<std::string, std::string>> libgit2_tips(const fs::path& dir) {
  revisor::store::ensure_libgit2();
  git_repository* raw_repo = nullptr;
  REQUIRE(git_repository_open_bare(&raw_repo, dir.c_str()) == 0);
  revisor::store::RepoPtr repo(raw_repo);
  git_reference_iterator* raw_iter = nullptr;
  REQUIRE(git_reference_iterator_glob_new(&raw_iter, repo.get(), "refs/articles/*") == 0);
  revisor::store::RefIteratorPtr iter(raw_iter);
  std::vector<std::pair<std::string, std::string>> out;
  git_reference* ref = nullptr;
  while (git_reference_next(&ref, iter.get()) == 0) {
    revisor::store::ReferencePtr owned(ref);
    out.emplace_back(git_reference_name(ref), revisor::store::oid_hex(*git_reference_target(ref)));
  }
  std::sort(out.begin(), out.end());
  return out;
}

}  // namespace

TEST_CASE("read_article_tips reads loose refs, nested ones too, then packed refs they do not shadow",
          "[store]") {
  TempDir tmp;
  tmp.write("refs/articles/b", kB + "\n");
  tmp.write("refs/articles/news/a", kA + "\n");
  tmp.write("refs/articles/news/a.lock", kD + "\n");  // a writer's lock: no ref
  tmp.write("refs/heads/main", kD + "\n");            // not an article
  tmp.write("packed-refs", "# pack-refs with: peeled fully-peeled sorted \n" + kD + " refs/articles/b\n" +
                               kC + " refs/articles/c\n^" + kD + "\n" + kD + " refs/tags/v1\n");
  const auto tips = read_article_tips(tmp.path());
  REQUIRE(tips.has_value());
  CHECK(pairs(*tips) == std::vector<std::pair<std::string, std::string>>{
                            {"refs/articles/b", kB}, {"refs/articles/c", kC}, {"refs/articles/news/a", kA}});
}

TEST_CASE(
    "read_article_tips gives nothing where a file is not as git writes refs, and an empty list for no refs",
    "[store]") {
  TempDir tmp;
  CHECK(read_article_tips(tmp.path()) == std::vector<revisor::store::RefTip>{});
  tmp.write("refs/articles/a", kA + "\n");
  SECTION("a symbolic ref") {
    tmp.write("refs/articles/b", "ref: refs/articles/a\n");
    CHECK_FALSE(read_article_tips(tmp.path()).has_value());
  }
  SECTION("a short or non-hex id") {
    tmp.write("refs/articles/b", kA.substr(0, 39) + "\n");
    CHECK_FALSE(read_article_tips(tmp.path()).has_value());
    tmp.write("refs/articles/b", "G" + kA.substr(1) + "\n");
    CHECK_FALSE(read_article_tips(tmp.path()).has_value());
  }
  SECTION("a damaged packed-refs line") {
    tmp.write("packed-refs", kB + "refs/articles/b\n");
    CHECK_FALSE(read_article_tips(tmp.path()).has_value());
  }
  SECTION("an id without its newline still reads") {
    tmp.write("refs/articles/b", kB);
    const auto tips = read_article_tips(tmp.path());
    REQUIRE(tips.has_value());
    CHECK(pairs(*tips) ==
          std::vector<std::pair<std::string, std::string>>{{"refs/articles/a", kA}, {"refs/articles/b", kB}});
  }
}

TEST_CASE("read_article_tips agrees with libgit2 on a real store, before and after its refs are packed",
          "[store]") {
  TempDir tmp;
  const fs::path dir = tmp / "store";
  ArticleStore s = ArticleStore::init(dir);
  // More articles than one reading task takes, so that several workers read.
  for (int i = 0; i < 1500; ++i) {
    const std::string id = (i % 3 ? "outlet/" : "") + std::to_string(i);
    s.ingest(text_version(id, "A headline", "Body " + std::to_string(i) + ".", "2024-01-01T00:00:00Z"));
    if (i % 500 == 0)
      s.ingest(
          text_version(id, "A headline", "Body changed " + std::to_string(i) + ".", "2024-01-02T00:00:00Z"));
  }
  auto tips = read_article_tips(dir);
  REQUIRE(tips.has_value());
  CHECK(tips->size() == 1500);
  CHECK(pairs(*tips) == libgit2_tips(dir));

  revisor::store::ensure_libgit2();
  git_repository* raw_repo = nullptr;
  REQUIRE(git_repository_open_bare(&raw_repo, dir.c_str()) == 0);
  revisor::store::RepoPtr repo(raw_repo);
  git_refdb* raw_refdb = nullptr;
  REQUIRE(git_repository_refdb(&raw_refdb, repo.get()) == 0);
  std::unique_ptr<git_refdb, revisor::CDeleter<git_refdb_free>> refdb(raw_refdb);
  REQUIRE(git_refdb_compress(refdb.get()) == 0);  // what gc does
  CHECK(fs::exists(dir / "packed-refs"));
  CHECK_FALSE(fs::exists(dir / "refs" / "articles" / "3"));
  s.ingest(text_version("3", "A headline", "Body moved after packing.",
                        "2024-01-03T00:00:00Z"));  // loose again, over packed

  tips = read_article_tips(dir);
  REQUIRE(tips.has_value());
  CHECK(tips->size() == 1500);
  CHECK(pairs(*tips) == libgit2_tips(dir));
}
