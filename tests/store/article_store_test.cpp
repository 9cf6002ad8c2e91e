#include "revisor/store/article_store.h"

#include <git2.h>

#include <catch2/catch.hpp>
#include <algorithm>
#include <cstdio>
#include <memory>
#include <string>
#include <thread>
#include <vector>

#include "revisor/base/error.h"
#include "support/temp_dir.h"

using revisor::ArticleId;
using revisor::Error;
using revisor::ErrorKind;
using revisor::store::ArticleStore;
using revisor::store::IngestOutcome;
using revisor::store::IngestRequest;
using revisor::test::TempDir;

namespace {

IngestRequest request(const std::string& id, const std::string& headline,
                      std::vector<std::string> paragraphs, const std::string& observed_at) {
  IngestRequest r{ArticleId(id), {}, {}, {}, {}, {}, {}, {}, {}};
  r.extracted.headline = headline;
  r.extracted.paragraphs = std::move(paragraphs);
  r.extracted.format = "text";
  r.source_bytes = headline + "\n\n" + r.extracted.paragraphs.front();
  r.source_name = "v.txt";
  r.source_ext = "txt";
  r.url = "https://example.org/" + id;
  r.observed_at = revisor::parse_timestamp(observed_at);
  return r;
}

// Reads the store with plain libgit2, independently of ArticleStore.
struct RawRepo {
  git_repository* repo = nullptr;
  explicit RawRepo(const std::filesystem::path& dir) {
    git_libgit2_init();
    REQUIRE(git_repository_open_bare(&repo, dir.c_str()) == 0);
  }
  ~RawRepo() {
    git_repository_free(repo);
    git_libgit2_shutdown();
  }
  std::string file(const std::string& rev, const std::string& path) {
    git_object* obj = nullptr;
    std::string spec = rev + ":" + path;
    if (git_revparse_single(&obj, repo, spec.c_str()) != 0) return "<missing>";
    auto* blob = reinterpret_cast<git_blob*>(obj);
    std::string s(static_cast<const char*>(git_blob_rawcontent(blob)), git_blob_rawsize(blob));
    git_object_free(obj);
    return s;
  }
  std::size_t reflog_entries(const std::string& ref) {
    git_reflog* log = nullptr;
    REQUIRE(git_reflog_read(&log, repo, ref.c_str()) == 0);
    std::size_t n = git_reflog_entrycount(log);
    git_reflog_free(log);
    return n;
  }
  // Every commit id the reflog of `ref` names, before and after each move (git keeps both).
  std::vector<std::string> reflog_targets(const std::string& ref) {
    git_reflog* log = nullptr;
    REQUIRE(git_reflog_read(&log, repo, ref.c_str()) == 0);
    std::vector<std::string> out;
    for (std::size_t i = 0; i < git_reflog_entrycount(log); ++i) {
      const git_reflog_entry* e = git_reflog_entry_byindex(log, i);
      for (const git_oid* id : {git_reflog_entry_id_old(e), git_reflog_entry_id_new(e)}) {
        char hex[GIT_OID_HEXSZ + 1];
        git_oid_tostr(hex, sizeof hex, id);
        out.emplace_back(hex);
      }
    }
    git_reflog_free(log);
    return out;
  }
};

std::vector<std::string> headlines(const ArticleStore& s, const std::string& id) {
  std::vector<std::string> out;
  for (const auto& m : s.log(ArticleId(id))) out.push_back(m.headline);
  return out;
}

}  // namespace

TEST_CASE("ArticleStore::init makes a bare store that open accepts", "[store]") {
  TempDir tmp;
  auto dir = tmp / "store";
  ArticleStore::init(dir);
  CHECK(std::filesystem::exists(dir / "HEAD"));
  CHECK_FALSE(std::filesystem::exists(dir / ".git"));
  auto s = ArticleStore::open(dir);
  CHECK(s.list().empty());
  CHECK_FALSE(s.contains(ArticleId("a")));

  SECTION("init refuses a non-empty directory") {
    tmp.write("full/file", "x");
    CHECK_THROWS_WITH(ArticleStore::init(tmp / "full"), Catch::Contains("not an empty directory"));
  }
  SECTION("open refuses a missing directory and a plain git repository") {
    try {
      ArticleStore::open(tmp / "nope");
      FAIL("opened");
    } catch (const Error& e) {
      CHECK(e.kind() == ErrorKind::not_found);
      CHECK_THAT(e.what(), Catch::Contains("nope") && Catch::Contains("revisor init"));
    }
    git_libgit2_init();
    git_repository* raw = nullptr;
    REQUIRE(git_repository_init(&raw, (tmp / "plain").c_str(), 1) == 0);
    git_repository_free(raw);
    git_libgit2_shutdown();
    CHECK_THROWS_WITH(ArticleStore::open(tmp / "plain"), Catch::Contains("not a revisor store"));
  }
}

TEST_CASE("ArticleStore::ingest writes one commit per version with text, meta and source", "[store]") {
  TempDir tmp;
  auto s = ArticleStore::init(tmp / "store");
  auto r1 = s.ingest(request("news/a-1", "Dam opens", {"The dam opened on Monday."},
                             "2021-06-17T12:00:00+02:00"));
  CHECK(r1.outcome == IngestOutcome::appended);
  CHECK(r1.version == 1);
  CHECK(r1.versions == 1);
  auto r2 = s.ingest(request("news/a-1", "Dam opens late", {"The dam opened on Tuesday."},
                             "2021-06-18T10:00:00Z"));
  CHECK(r2.outcome == IngestOutcome::appended);
  CHECK(r2.version == 2);

  auto log = s.log(ArticleId("news/a-1"));
  REQUIRE(log.size() == 2);
  CHECK(log[0].number == 1);
  CHECK(revisor::to_iso8601(log[0].observed_at) == "2021-06-17T10:00:00Z");
  CHECK(log[0].headline == "Dam opens");
  CHECK(log[0].url == "https://example.org/news/a-1");
  CHECK(log[0].commit == r1.commit);
  CHECK(log[1].commit == r2.commit);
  CHECK(log[1].number == 2);

  RawRepo raw(tmp / "store");
  const std::string ref = "refs/articles/news/a-1";
  auto text = raw.file(ref, "article.txt");
  CHECK(text.find("Dam opens late") == 0);
  CHECK(text.find("Tuesday") != std::string::npos);
  CHECK(log[1].bytes == text.size());
  CHECK(raw.file(ref, "source.txt") == "Dam opens late\n\nThe dam opened on Tuesday.");
  auto meta = raw.file(ref, "meta.json");
  CHECK_THAT(meta, Catch::Contains("\"observed_at\": \"2021-06-18T10:00:00Z\"") &&
                       Catch::Contains("\"id\": \"news/a-1\"") && Catch::Contains("\"sha256\": \"") &&
                       Catch::Contains("\"revisor_version\""));
  CHECK(raw.file(ref + "~1", "article.txt").find("Monday") != std::string::npos);

  git_oid oid;
  REQUIRE(git_oid_fromstr(&oid, r2.commit.c_str()) == 0);
  git_commit* c = nullptr;
  REQUIRE(git_commit_lookup(&c, raw.repo, &oid) == 0);
  CHECK(git_commit_time(c) == 1624010400);
  CHECK(git_commit_author(c)->when.time == 1624010400);
  CHECK(std::string(git_commit_message(c)) ==
        "Dam opens late\n\nArticle-Id: news/a-1\nSource-URL: https://example.org/news/a-1\n"
        "Observed-At: 2021-06-18T10:00:00Z\n");
  git_commit_free(c);

  auto hist = s.history(ArticleId("news/a-1"));
  REQUIRE(hist.size() == 2);
  CHECK(hist[0].document.headline_text() == "Dam opens");
  CHECK(hist[1].document.text() == text);
  CHECK(s.version(ArticleId("news/a-1")).meta.number == 2);
  CHECK(s.version(ArticleId("news/a-1"), 1).document.text().find("Monday") != std::string::npos);
}

TEST_CASE("ArticleStore::ingest skips a text identical to the version just before", "[store]") {
  TempDir tmp;
  auto s = ArticleStore::init(tmp / "store");
  auto r1 = s.ingest(request("a", "H", {"Body one."}, "2021-01-01T00:00:00Z"));
  // Same text after normalization (extra spaces), different source bytes and time.
  auto r2 = s.ingest(request("a", "H", {"Body   one."}, "2021-01-02T00:00:00Z"));
  CHECK(r2.outcome == IngestOutcome::unchanged);
  CHECK(r2.version == 1);
  CHECK(r2.commit == r1.commit);
  CHECK(r2.versions == 1);
  CHECK(s.log(ArticleId("a")).size() == 1);
  s.ingest(request("a", "H", {"Body two."}, "2021-01-03T00:00:00Z"));
  // Identical to version 1 but not to the version just before it: a real change back.
  auto r4 = s.ingest(request("a", "H", {"Body one."}, "2021-01-04T00:00:00Z"));
  CHECK(r4.outcome == IngestOutcome::appended);
  CHECK(r4.versions == 3);
}

TEST_CASE("ArticleStore::ingest moves a version's first-seen time back instead of adding its twin", "[store]") {
  TempDir tmp;
  auto s = ArticleStore::init(tmp / "store");
  s.ingest(request("a", "H", {"Body one."}, "2021-01-01T00:00:00Z"));
  auto later = s.ingest(request("a", "H", {"Body two."}, "2021-01-03T16:00:00Z"));
  s.ingest(request("a", "H", {"Body three."}, "2021-01-04T00:00:00Z"));
  // The text of version 2, seen at 12:00 on the 2nd: version 2 was there earlier than recorded.
  auto earlier = s.ingest(request("a", "H", {"Body   two."}, "2021-01-02T12:00:00Z"));
  CHECK(earlier.outcome == IngestOutcome::seen_earlier);
  CHECK(earlier.version == 2);
  CHECK(earlier.versions == 3);
  CHECK(revisor::to_iso8601(earlier.previously_first_seen) == "2021-01-03T16:00:00Z");
  const auto log = s.log(ArticleId("a"));
  REQUIRE(log.size() == 3);
  CHECK(revisor::to_iso8601(log[1].observed_at) == "2021-01-02T12:00:00Z");
  CHECK(log[1].commit == earlier.commit);
  // No two neighbours hold the same text.
  const auto history = s.history(ArticleId("a"));
  for (std::size_t i = 1; i < history.size(); ++i)
    CHECK(history[i].document.text() != history[i - 1].document.text());
  // The later sighting stays on record, pointing at the commit that recorded it.
  const auto record = s.record(ArticleId("a"), 2);
  REQUIRE(record.later_sightings.size() == 1);
  CHECK(revisor::to_iso8601(record.later_sightings[0].observed_at) == "2021-01-03T16:00:00Z");
  CHECK(record.later_sightings[0].commit == later.commit);
  CHECK(record.later_sightings[0].source_sha256.size() == 64);
  // A still earlier sighting keeps both later ones.
  s.ingest(request("a", "H", {"Body two."}, "2021-01-02T08:00:00Z"));
  CHECK(s.record(ArticleId("a"), 2).later_sightings.size() == 2);
  CHECK(s.log(ArticleId("a")).size() == 3);
}

TEST_CASE("ArticleStore::ingest inserts an older version in time and keeps the old chain", "[store]") {
  TempDir tmp;
  auto s = ArticleStore::init(tmp / "store");
  s.ingest(request("a", "one", {"First."}, "2021-01-01T00:00:00Z"));
  auto r3 = s.ingest(request("a", "three", {"Third."}, "2021-01-03T00:00:00Z"));
  auto r4 = s.ingest(request("a", "four", {"Fourth."}, "2021-01-04T00:00:00Z"));
  RawRepo before(tmp / "store");
  // Appends replace nothing: no reflog yet (a file per article, kept only where it keeps something).
  CHECK(git_reference_has_log(before.repo, "refs/articles/a") == 0);
  auto r2 = s.ingest(request("a", "two", {"Second."}, "2021-01-02T00:00:00Z"));
  CHECK(r2.outcome == IngestOutcome::inserted);
  CHECK(r2.version == 2);
  CHECK(r2.versions == 4);
  CHECK(headlines(s, "a") == std::vector<std::string>{"one", "two", "three", "four"});
  auto log = s.log(ArticleId("a"));
  CHECK(log[1].commit == r2.commit);
  CHECK(revisor::to_iso8601(log[2].observed_at) == "2021-01-03T00:00:00Z");
  // Later versions are re-created: same content, new commits.
  CHECK(log[2].commit != r3.commit);
  CHECK(log[3].commit != r4.commit);

  RawRepo raw(tmp / "store");
  auto targets = raw.reflog_targets("refs/articles/a");
  CHECK(raw.reflog_entries("refs/articles/a") == 1);  // the insertion, from r4 to the new chain
  CHECK(std::find(targets.begin(), targets.end(), r4.commit) != targets.end());
  CHECK(raw.file(r4.commit, "article.txt").find("Fourth.") != std::string::npos);

  SECTION("an insertion before the first version") {
    auto r0 = s.ingest(request("a", "zero", {"Zeroth."}, "2020-12-31T00:00:00Z"));
    CHECK(r0.outcome == IngestOutcome::inserted);
    CHECK(r0.version == 1);
    CHECK(headlines(s, "a") == std::vector<std::string>{"zero", "one", "two", "three", "four"});
  }
  SECTION("a version with the same time as an existing one goes after it") {
    auto r = s.ingest(request("a", "three b", {"Third, revised."}, "2021-01-03T00:00:00Z"));
    CHECK(r.version == 4);
    CHECK(headlines(s, "a") == std::vector<std::string>{"one", "two", "three", "three b", "four"});
  }
}

TEST_CASE("ArticleStore lists articles and reports unknown ones", "[store]") {
  TempDir tmp;
  auto s = ArticleStore::init(tmp / "store");
  s.ingest(request("zeta", "Z1", {"z."}, "2021-01-01T00:00:00Z"));
  s.ingest(request("site/b", "B1", {"b."}, "2021-02-01T00:00:00Z"));
  s.ingest(request("site/b", "B2", {"b2."}, "2021-02-05T00:00:00Z"));
  s.ingest(request("alpha", "A1", {"a."}, "2021-03-01T00:00:00Z"));
  auto list = s.list();
  REQUIRE(list.size() == 3);
  CHECK(list[0].id == "alpha");
  CHECK(list[1].id == "site/b");
  CHECK(list[1].versions == 2);
  CHECK(revisor::to_iso8601(list[1].first_observed) == "2021-02-01T00:00:00Z");
  CHECK(revisor::to_iso8601(list[1].last_observed) == "2021-02-05T00:00:00Z");
  CHECK(list[1].headline == "B2");
  CHECK(list[2].id == "zeta");
  CHECK(s.contains(ArticleId("site/b")));
  // ids() gives list()'s articles in list()'s order, from the refs alone: "site-a" sorts before
  // "site/b" in both ('-' < '/'), and no list cache is written for it.
  s.ingest(request("site-a", "S1", {"s."}, "2021-04-01T00:00:00Z"));
  std::filesystem::remove(tmp / "store" / "revisor-list-cache");
  const auto ids = s.ids();
  CHECK_FALSE(std::filesystem::exists(tmp / "store" / "revisor-list-cache"));
  std::vector<std::string> id_texts;
  for (const auto& id : ids) id_texts.push_back(id.str());
  CHECK(id_texts == std::vector<std::string>{"alpha", "site-a", "site/b", "zeta"});
  list = s.list();
  std::vector<std::string> list_ids;
  for (const auto& a : list) list_ids.push_back(a.id);
  CHECK(list_ids == id_texts);

  for (auto call : {+[](const ArticleStore& st) { st.log(ArticleId("site/c")); },
                    +[](const ArticleStore& st) { st.history(ArticleId("nope")); },
                    +[](const ArticleStore& st) { st.version(ArticleId("site/b"), 3); },
                    +[](const ArticleStore& st) { st.version(ArticleId("site/b"), -1); }}) {
    try {
      call(s);
      FAIL("no error");
    } catch (const Error& e) {
      CHECK(e.kind() == ErrorKind::not_found);
    }
  }
  CHECK_THROWS_WITH(s.version(ArticleId("site/b"), 3), Catch::Contains("has 2 versions"));
}

TEST_CASE("ArticleStore::ingest from several threads loses no version", "[store]") {
  TempDir tmp;
  ArticleStore::init(tmp / "store");
  constexpr int kThreads = 4;
  constexpr int kEach = 6;
  std::vector<std::thread> threads;
  for (int t = 0; t < kThreads; ++t) {
    threads.emplace_back([&, t] {
      auto s = ArticleStore::open(tmp / "store");  // one store per thread, as documented
      for (int i = 0; i < kEach; ++i) {
        int n = t * kEach + i;
        char when[32];
        std::snprintf(when, sizeof when, "2021-01-01T00:%02d:00Z", n);
        s.ingest(request("shared", "v" + std::to_string(n), {"Text " + std::to_string(n) + "."}, when));
      }
    });
  }
  for (auto& th : threads) th.join();
  auto s = ArticleStore::open(tmp / "store");
  auto log = s.log(ArticleId("shared"));
  REQUIRE(log.size() == kThreads * kEach);
  for (int n = 0; n < kThreads * kEach; ++n) CHECK(log[n].headline == "v" + std::to_string(n));
}

TEST_CASE("ArticleStore refuses an id that would nest inside another article's id", "[store]") {
  TempDir tmp;
  auto s = ArticleStore::init(tmp / "store");
  s.ingest(request("a", "A", {"a."}, "2021-01-01T00:00:00Z"));
  s.ingest(request("c/d", "D", {"d."}, "2021-01-01T00:00:00Z"));
  for (const auto& [id, other] : {std::pair{"a/b", "\"a\""}, std::pair{"c", "\"c/d\""}}) {
    INFO(id);
    try {
      s.ingest(request(id, "X", {"x."}, "2021-01-02T00:00:00Z"));
      FAIL("stored");
    } catch (const Error& e) {
      CHECK(e.kind() == ErrorKind::bad_input);
      CHECK_THAT(e.what(), Catch::Contains(other) && Catch::Contains("cannot be the folder"));
    }
  }
  CHECK(s.list().size() == 2);
  s.ingest(request("ab", "AB", {"ab."}, "2021-01-01T00:00:00Z"));  // a prefix, not a folder
  CHECK(s.list().size() == 3);
}
