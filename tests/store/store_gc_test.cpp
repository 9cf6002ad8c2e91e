// gc_store on a real libgit2 store: every version reads the same afterwards, verify passes, loose
// copies are gone, and an object no pack holds (a concurrent writer's) is never removed.
#include "revisor/store/store_gc.h"

#include <git2.h>

#include <catch2/catch.hpp>
#include <chrono>
#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <sstream>
#include <string>
#include <vector>

#include "revisor/base/error.h"
#include "revisor/store/article_store.h"
#include "support/shell_output.h"
#include "support/temp_dir.h"

using revisor::ArticleId;
using revisor::store::ArticleStore;
using revisor::store::gc_store;
using revisor::store::GcOptions;
using revisor::store::IngestRequest;
using revisor::test::TempDir;
namespace fs = std::filesystem;

namespace {

IngestRequest request(const std::string& id, const std::string& body, const std::string& observed_at) {
  IngestRequest r{ArticleId(id), {}, {}, {}, {}, {}, {}, {}, {}};
  r.extracted.headline = "Headline of " + id;
  r.extracted.paragraphs = {body, "A second paragraph that stays the same in every version of the article."};
  r.extracted.format = "text";
  r.source_bytes = r.extracted.headline + "\n\n" + body + "\n\n" + r.extracted.paragraphs[1] + "\n";
  r.source_name = "v.txt";
  r.source_ext = "txt";
  r.observed_at = revisor::parse_timestamp(observed_at);
  return r;
}

std::size_t loose_objects(const fs::path& store) {
  std::size_t n = 0;
  for (const auto& e : fs::directory_iterator(store / "objects"))
    if (e.is_directory() && e.path().filename().string().size() == 2)
      n += static_cast<std::size_t>(std::distance(fs::directory_iterator(e.path()), fs::directory_iterator()));
  return n;
}

std::size_t packs(const fs::path& store) {
  std::size_t n = 0;
  for (const auto& e : fs::directory_iterator(store / "objects" / "pack")) n += e.path().extension() == ".pack";
  return n;
}

// A blob written straight through libgit2, reachable from no article: what a concurrent ingest
// leaves before it moves its ref.
std::string write_stray_blob(const fs::path& store, const std::string& content) {
  git_libgit2_init();
  git_repository* repo = nullptr;
  REQUIRE(git_repository_open_bare(&repo, store.c_str()) == 0);
  git_oid id;
  REQUIRE(git_blob_create_from_buffer(&id, repo, content.data(), content.size()) == 0);
  git_repository_free(repo);
  git_libgit2_shutdown();
  char hex[GIT_OID_HEXSZ + 1];
  git_oid_tostr(hex, sizeof hex, &id);
  return hex;
}

// Objects `git verify-pack -v` lists as deltas (lines with a depth and a base) in the pack at `pack`.
std::size_t delta_objects(const std::string& pack) {
  fs::path idx = pack;
  idx.replace_extension(".idx");
  const std::string out = revisor::test::shell_output("git verify-pack -v '" + idx.string() + "'");
  std::size_t deltas = 0;
  std::istringstream lines(out);
  for (std::string line; std::getline(lines, line);) {
    std::istringstream fields(line);
    std::vector<std::string> f;
    for (std::string w; fields >> w;) f.push_back(w);
    if (f.size() == 7 && f[0].size() == 40) ++deltas;
  }
  return deltas;
}

}  // namespace

TEST_CASE("gc_store packs every version, keeps them readable, and removes only what the pack holds", "[store]") {
  TempDir tmp;
  const fs::path dir = tmp / "store";
  {
    auto s = ArticleStore::init(dir);
    for (int v = 0; v < 6; ++v)
      s.ingest(request("news/a", "The council met on day " + std::to_string(v) + " and voted.",
                       "2024-01-0" + std::to_string(v + 1) + "T10:00:00Z"));
    s.ingest(request("b", "The dam held.", "2024-01-02T10:00:00Z"));
    // Observed earlier than the newest: the chain is re-created and the old one kept by the reflog.
    s.ingest(request("b", "The dam held, officials said.", "2024-01-01T10:00:00Z"));
  }
  auto before = ArticleStore::open(dir);
  const auto a_before = before.history(ArticleId("news/a"));
  const auto b_before = before.history(ArticleId("b"));
  const std::string stray = write_stray_blob(dir, "written by a concurrent ingest, no ref yet");
  const std::size_t loose_before = loose_objects(dir);

  auto summary = gc_store(dir);
  CHECK(summary.objects_packed > 0);
  CHECK(summary.loose_removed == loose_before - 1);
  CHECK(summary.bytes_after > 0);
  REQUIRE(summary.packs.size() == 1);
  CHECK(fs::exists(summary.packs[0]));
  // The stray object is in no pack: it stays, and is the only loose object left.
  CHECK(fs::exists(dir / "objects" / stray.substr(0, 2) / stray.substr(2)));
  CHECK(loose_objects(dir) == 1);

  auto after = ArticleStore::open(dir);
  const auto a_after = after.history(ArticleId("news/a"));
  REQUIRE(a_after.size() == a_before.size());
  for (std::size_t i = 0; i < a_after.size(); ++i) {
    CHECK(a_after[i].document.text() == a_before[i].document.text());
    CHECK(a_after[i].meta.commit == a_before[i].meta.commit);
  }
  const auto b_after = after.history(ArticleId("b"));
  REQUIRE(b_after.size() == b_before.size());
  for (std::size_t i = 0; i < b_after.size(); ++i) CHECK(b_after[i].document.text() == b_before[i].document.text());
  std::string problems;
  for (const auto& p : after.verify().problems) problems += p.article + " " + p.commit + ": " + p.what + "\n";
  CHECK(problems == "");

  // The refs moved into packed-refs: no loose ref file is left, and lookups read the same tips.
  CHECK(summary.refs_packed == 2);
  CHECK(!fs::exists(dir / "refs" / "articles" / "b"));
  CHECK(!fs::exists(dir / "refs" / "articles" / "news" / "a"));
  CHECK(fs::exists(dir / "packed-refs"));
  // Versions of one article are stored as deltas of each other.
  CHECK(delta_objects(summary.packs[0]) >= 5);

  SECTION("a second gc replaces the first pack instead of adding a copy") {
    after.ingest(request("news/a", "The council met again.", "2024-02-01T10:00:00Z"));
    auto again = gc_store(dir);
    CHECK(again.packs_removed == 1);
    CHECK(packs(dir) == 1);
    CHECK(ArticleStore::open(dir).history(ArticleId("news/a")).size() == a_before.size() + 1);
    CHECK(again.refs_packed == 1);  // the ref the ingest moved was loose again
    CHECK(ArticleStore::open(dir).verify().ok());
  }
}

TEST_CASE("gc_store of an empty store writes nothing and a missing store is refused", "[store]") {
  TempDir tmp;
  ArticleStore::init(tmp / "store");
  auto summary = gc_store(tmp / "store");
  CHECK(summary.objects_packed == 0);
  CHECK(summary.packs.empty());
  CHECK_THROWS_WITH(gc_store(tmp / "nope"), Catch::Contains("not a revisor store"));
}

TEST_CASE("gc_store splits a store into packs of a bounded number of versions, and a second gc replaces them",
          "[store]") {
  TempDir tmp;
  const fs::path dir = tmp / "store";
  {
    auto s = ArticleStore::init(dir);
    for (int a = 0; a < 5; ++a)
      for (int v = 0; v < 3; ++v)
        s.ingest(request("piece/" + std::to_string(a),
                         "Article " + std::to_string(a) + " says the count was " + std::to_string(v) + ".",
                         "2024-01-0" + std::to_string(v + 1) + "T10:00:00Z"));
  }
  // Whole articles only: four versions per pack means two articles (six versions) in each but the last.
  auto summary = gc_store(dir, GcOptions{4});
  CHECK(summary.packs.size() == 3);
  CHECK(packs(dir) == 3);
  CHECK(loose_objects(dir) == 0);
  auto store = ArticleStore::open(dir);
  for (int a = 0; a < 5; ++a) {
    const auto h = store.history(ArticleId("piece/" + std::to_string(a)));
    REQUIRE(h.size() == 3);
    CHECK(h[2].document.text().find("count was 2") != std::string::npos);
  }
  CHECK(store.verify().ok());
  // gc reads many packs through a multi-pack-index, and removes it before the packs it names.
  const fs::path midx = dir / "objects" / "pack" / "multi-pack-index";
  CHECK_FALSE(fs::exists(midx));

  // A multi-pack-index over the packs gc is about to replace (git's own, or one a killed gc left)
  // is rewritten and then removed with them: no reader is sent to a pack that is gone.
  REQUIRE(std::system(("git --git-dir='" + dir.string() + "' multi-pack-index write").c_str()) == 0);
  REQUIRE(fs::exists(midx));
  auto again = gc_store(dir, GcOptions{100});
  CHECK(again.packs.size() == 1);
  CHECK(again.packs_removed == 3);
  CHECK(packs(dir) == 1);
  CHECK_FALSE(fs::exists(midx));
  CHECK(ArticleStore::open(dir).verify().ok());
  CHECK(ArticleStore::open(dir).history(ArticleId("piece/4")).size() == 3);
}

TEST_CASE("gc_store leaves a ref another writer holds locked loose, and names a lock left by a killed process",
          "[store]") {
  TempDir tmp;
  const fs::path dir = tmp / "store";
  {
    auto s = ArticleStore::init(dir);
    s.ingest(request("b", "The dam held.", "2024-01-02T10:00:00Z"));
    s.ingest(request("news/a", "The council met.", "2024-01-02T10:00:00Z"));
  }
  // A writer's lock taken just now: it is busy, so gc packs the objects and leaves the ref loose.
  const fs::path lock = dir / "refs" / "articles" / "b.lock";
  std::ofstream(lock) << "the id a writer is about to move the ref to\n";
  const auto busy = gc_store(dir);
  CHECK(busy.refs_busy);
  CHECK(busy.objects_packed > 0);
  CHECK(fs::exists(dir / "refs" / "articles" / "b"));
  CHECK(ArticleStore::open(dir).history(ArticleId("b")).size() == 1);
  CHECK(ArticleStore::open(dir).verify().ok());

  // The same lock five minutes old was left by a process killed while writing: gc names it.
  fs::last_write_time(lock, fs::file_time_type::clock::now() - std::chrono::minutes(5));
  CHECK_THROWS_WITH(gc_store(dir), Catch::Contains("rm '" + lock.string() + "'"));

  fs::remove(lock);
  const auto packed = gc_store(dir);
  CHECK(!packed.refs_busy);
  CHECK(!fs::exists(dir / "refs" / "articles" / "b"));
  CHECK(!fs::exists(dir / "refs" / "articles" / "news" / "a"));
  CHECK(ArticleStore::open(dir).history(ArticleId("b")).size() == 1);
}
