// ArticleStore::list through its cache: the cache answers for refs that did not move, and is never
// trusted over the refs (a moved or removed ref, a damaged file).
#include <git2.h>

#include <catch2/catch.hpp>
#include <chrono>
#include <filesystem>
#include <fstream>
#include <string>
#include <vector>

#include "revisor/store/article_store.h"
#include "support/ingest_request.h"
#include "support/temp_dir.h"

using revisor::store::ArticleStore;
using revisor::test::read_file;
using revisor::test::TempDir;
using revisor::test::text_version;
namespace fs = std::filesystem;

namespace {

void replace_all(std::string& s, const std::string& from, const std::string& to) {
  for (auto at = s.find(from); at != std::string::npos; at = s.find(from, at + to.size())) s.replace(at, from.size(), to);
}

}  // namespace

TEST_CASE("ArticleStore::list answers from its cache only for refs that did not move", "[store]") {
  TempDir tmp;
  const fs::path dir = tmp / "store";
  auto s = ArticleStore::init(dir);
  s.ingest(text_version("news/a", "Bridge opens", "The bridge opened on Monday.", "2024-01-01T10:00:00Z"));
  s.ingest(text_version("news/a", "Bridge opens late", "The bridge opened on Tuesday.", "2024-01-02T10:00:00Z"));
  s.ingest(text_version("b", "Dam holds", "The dam held.", "2024-01-03T10:00:00Z"));
  const fs::path cache = dir / "revisor-list-cache";  // as README documents it
  CHECK_FALSE(fs::exists(cache));

  const auto walked = s.list();  // no cache yet: every chain is walked, and the cache written
  REQUIRE(walked.size() == 2);
  CHECK(walked[1].id == "news/a");
  CHECK(walked[1].versions == 2);
  CHECK(walked[1].headline == "Bridge opens late");
  REQUIRE(fs::exists(cache));

  const auto cached = s.list();
  REQUIRE(cached.size() == walked.size());
  for (std::size_t i = 0; i < cached.size(); ++i) {
    CHECK(cached[i].id == walked[i].id);
    CHECK(cached[i].versions == walked[i].versions);
    CHECK(cached[i].first_observed == walked[i].first_observed);
    CHECK(cached[i].last_observed == walked[i].last_observed);
    CHECK(cached[i].headline == walked[i].headline);
  }

  // A headline changed in the cache shows: list did read the cache rather than the chain.
  std::string text = read_file(cache);
  replace_all(text, "Dam holds", "Dam holds (from the cache)");
  std::ofstream(cache, std::ios::binary) << text;
  CHECK(s.list()[0].headline == "Dam holds (from the cache)");

  SECTION("an article whose ref moved is read again") {
    s.ingest(text_version("b", "Dam breaks", "The dam broke.", "2024-01-04T10:00:00Z"));
    const auto after = s.list();
    CHECK(after[0].versions == 2);
    CHECK(after[0].headline == "Dam breaks");
    CHECK(after[0].last_observed == revisor::parse_timestamp("2024-01-04T10:00:00Z"));
    CHECK(read_file(cache).find("(from the cache)") == std::string::npos);  // rewritten
  }
  SECTION("an article whose ref is gone is not listed, whatever the cache says") {
    git_libgit2_init();
    git_repository* repo = nullptr;
    REQUIRE(git_repository_open_bare(&repo, dir.c_str()) == 0);
    REQUIRE(git_reference_remove(repo, "refs/articles/b") == 0);
    git_repository_free(repo);
    git_libgit2_shutdown();
    const auto after = s.list();
    REQUIRE(after.size() == 1);
    CHECK(after[0].id == "news/a");
  }
  SECTION("a damaged cache is ignored and rewritten") {
    std::ofstream(cache, std::ios::binary) << "not a cache\n" << std::string(100, '\xff');
    const auto after = s.list();
    REQUIRE(after.size() == 2);
    CHECK(after[0].headline == "Dam holds");
    CHECK(read_file(cache).starts_with("revisor list cache"));
  }
}

namespace {

// Sets every directory of refs (and packed-refs) of `dir` to have last changed an hour ago, as if the
// store had not been written since.
void settle_refs(const fs::path& dir) {
  const auto then = fs::file_time_type::clock::now() - std::chrono::hours(1);
  for (const auto& e : fs::recursive_directory_iterator(dir / "refs"))
    if (e.is_directory()) fs::last_write_time(e.path(), then);
  if (fs::exists(dir / "packed-refs")) fs::last_write_time(dir / "packed-refs", then);
}

}  // namespace

TEST_CASE("ArticleStore::list reads no ref while the refs' stamp in the cache holds", "[store]") {
  TempDir tmp;
  const fs::path dir = tmp / "store";
  auto s = ArticleStore::init(dir);
  s.ingest(text_version("news/a", "Bridge opens", "The bridge opened on Monday.", "2024-01-01T10:00:00Z"));
  s.ingest(text_version("b", "Dam holds", "The dam held.", "2024-01-03T10:00:00Z"));
  const fs::path cache = dir / "revisor-list-cache";

  // Refs written a moment ago are not stamped: a change in the same clock tick could go unseen.
  s.list();
  CHECK(read_file(cache).starts_with("revisor list cache 2 -\n"));

  settle_refs(dir);
  s.list();  // rewrites the cache once, to record the stamp
  const std::string header = read_file(cache).substr(0, read_file(cache).find('\n'));
  REQUIRE(header.size() == std::string("revisor list cache 2 ").size() + 64);

  // A tip in the cache that is not the ref's shows: this list trusted the stamp and read no ref.
  std::string text = read_file(cache);
  const auto b_line = text.find(" b Dam holds");
  REQUIRE(b_line != std::string::npos);
  const auto line_start = text.rfind('\n', b_line) + 1;
  text.replace(line_start, 40, std::string(40, '0'));
  replace_all(text, "Dam holds", "Dam holds (from the cache)");
  std::ofstream(cache, std::ios::binary) << text;
  CHECK(s.list()[0].headline == "Dam holds (from the cache)");

  SECTION("a ref moved since: the refs are read again") {
    s.ingest(text_version("news/a", "Bridge opens late", "The bridge opened on Tuesday.", "2024-01-02T10:00:00Z"));
    const auto after = s.list();
    REQUIRE(after.size() == 2);
    CHECK(after[0].headline == "Dam holds");  // its tip in the cache was not its ref's
    CHECK(after[1].versions == 2);
  }
  SECTION("a ref removed since, once settled: not listed") {
    fs::remove(dir / "refs" / "articles" / "news" / "a");
    settle_refs(dir);
    const auto after = s.list();
    REQUIRE(after.size() == 1);
    CHECK(after[0].id == "b");
    CHECK(after[0].headline == "Dam holds");
  }
  SECTION("a journal beside the cache: the refs are read again") {
    std::ofstream(dir / "revisor-list-journal", std::ios::binary) << "";
    CHECK(s.list()[0].headline == "Dam holds");
  }
}
