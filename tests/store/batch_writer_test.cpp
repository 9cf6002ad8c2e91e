// BatchWriter against ArticleStore::ingest: the same versions one by one into one store and in bulk
// into another must give the same stores, commit for commit.
#include "revisor/store/batch_writer.h"

#include <catch2/catch.hpp>
#include <git2.h>

#include <chrono>
#include <filesystem>
#include <fstream>
#include <string>
#include <vector>

#include "revisor/base/error.h"
#include "revisor/store/article_store.h"
#include "support/temp_dir.h"

using revisor::ArticleId;
using revisor::Error;
using revisor::ErrorKind;
using revisor::store::ArticleStore;
using revisor::store::BatchOutcome;
using revisor::store::BatchWriter;
using revisor::store::IngestOutcome;
using revisor::store::IngestRequest;
using revisor::test::TempDir;

namespace {

namespace fs = std::filesystem;

IngestRequest request(const std::string& id, const std::string& body, const std::string& observed_at) {
  IngestRequest r{ArticleId(id), {}, {}, {}, {}, {}, {}, {}, {}};
  r.extracted.headline = "Headline of " + id;
  r.extracted.paragraphs = {body, "A second paragraph that stays."};
  r.extracted.format = "text";
  r.source_bytes = r.extracted.headline + "\n\n" + body + "\n\nA second paragraph that stays.\n";
  r.source_name = "v.txt";
  r.source_ext = "txt";
  r.url = "https://example.org/" + id;
  r.observed_at = revisor::parse_timestamp(observed_at);
  return r;
}

// Versions in the order a messy archive hands them over: out of time order, repeated texts, a text
// seen earlier than first recorded, several articles interleaved.
std::vector<IngestRequest> messy_versions() {
  return {
      request("news/a", "First text.", "2024-01-01T10:00:00Z"),
      request("news/b", "Bee one.", "2024-01-01T10:00:00Z"),
      request("news/a", "Third text.", "2024-01-03T10:00:00Z"),
      request("news/a", "Second text.", "2024-01-02T10:00:00Z"),        // inserted
      request("news/a", "Second text.", "2024-01-02T12:00:00Z"),        // unchanged
      request("news/b", "Bee two.", "2024-01-05T10:00:00Z"),
      request("news/b", "Bee two.", "2024-01-04T10:00:00Z"),            // seen earlier
      request("news/c", "Sea.", "2024-02-01T10:00:00Z"),
      request("news/a", "Fourth text, with a correction.", "2024-01-04T10:00:00Z"),
  };
}

std::vector<IngestOutcome> outcomes(const std::vector<BatchOutcome>& out) {
  std::vector<IngestOutcome> v;
  for (const auto& o : out) {
    REQUIRE(o.result);
    v.push_back(o.result->outcome);
  }
  return v;
}

// Every article, version by version: commit id, time, headline, url, text and meta.json record.
std::vector<std::string> dump(const ArticleStore& store) {
  std::vector<std::string> lines;
  for (const auto& s : store.list()) {
    const ArticleId id(s.id);
    const auto log = store.log(id);
    for (const auto& m : log) {
      const auto record = store.record(id, m.number);
      std::string sightings;
      for (const auto& l : record.later_sightings) sightings += revisor::to_iso8601(l.observed_at) + l.commit + " ";
      lines.push_back(s.id + " " + std::to_string(m.number) + " " + m.commit + " " +
                      revisor::to_iso8601(m.observed_at) + " " + m.headline + " " + m.url + " " +
                      record.source_sha256 + " " + sightings + "\n" + store.version(id, m.number).document.text());
    }
  }
  return lines;
}

std::size_t loose_objects(const fs::path& store) {
  std::size_t n = 0;
  for (const auto& e : fs::recursive_directory_iterator(store / "objects"))
    if (e.is_regular_file() && e.path().parent_path().filename().string().size() == 2) ++n;
  return n;
}

}  // namespace

TEST_CASE("BatchWriter: a bulk ingest gives the store that single ingests give, commit for commit",
          "[store][batch]") {
  TempDir tmp;
  const auto versions = messy_versions();
  ArticleStore single = ArticleStore::init(tmp / "single");
  std::vector<IngestOutcome> single_outcomes;
  std::vector<std::string> single_results;
  for (const auto& v : versions) {
    const auto r = single.ingest(v);
    single_outcomes.push_back(r.outcome);
    single_results.push_back(std::to_string(r.version) + " " + std::to_string(r.versions) + " " + r.commit);
  }

  ArticleStore bulk = ArticleStore::init(tmp / "bulk");
  BatchWriter writer(bulk);
  const auto out = writer.write(versions);
  CHECK(outcomes(out) == single_outcomes);
  CHECK(single_outcomes[3] == IngestOutcome::inserted);
  CHECK(single_outcomes[4] == IngestOutcome::unchanged);
  CHECK(single_outcomes[6] == IngestOutcome::seen_earlier);
  for (std::size_t i = 0; i < out.size(); ++i)
    CHECK(std::to_string(out[i].result->version) + " " + std::to_string(out[i].result->versions) + " " +
              out[i].result->commit ==
          single_results[i]);
  CHECK(dump(bulk) == dump(single));
  CHECK(dump(bulk).size() == 7);  // a: 4 versions, b: 2 (one seen earlier), c: 1
  // One pack, no loose objects.
  CHECK(writer.packs_written() == 1);
  CHECK(loose_objects(tmp / "bulk") == 0);
  CHECK(bulk.verify().problems.empty());
}

TEST_CASE("BatchWriter: batches split anywhere give the same store, a rerun adds nothing", "[store][batch]") {
  TempDir tmp;
  const auto versions = messy_versions();
  ArticleStore single = ArticleStore::init(tmp / "single");
  for (const auto& v : versions) single.ingest(v);

  for (std::size_t split = 1; split < versions.size(); split += 3) {
    const fs::path dir = tmp / ("split" + std::to_string(split));
    ArticleStore bulk = ArticleStore::init(dir);
    BatchWriter writer(bulk);
    writer.write({versions.begin(), versions.begin() + static_cast<std::ptrdiff_t>(split)});
    writer.write({versions.begin() + static_cast<std::ptrdiff_t>(split), versions.end()});
    CHECK(dump(bulk) == dump(single));
    // The whole run again: every version is already there.
    const std::size_t packs = writer.packs_written();
    for (const auto& o : writer.write(versions)) {
      REQUIRE(o.result);
      CHECK((o.result->outcome == IngestOutcome::unchanged));
    }
    CHECK(writer.packs_written() == packs);
    CHECK(dump(bulk) == dump(single));
  }
}

TEST_CASE("BatchWriter: a ref is logged only when a batch replaces its chain, and the log keeps the old chain",
          "[store][batch]") {
  TempDir tmp;
  ArticleStore store = ArticleStore::init(tmp / "store");
  BatchWriter(store).write({request("news/a", "First text.", "2024-01-01T10:00:00Z"),
                            request("news/b", "Bee one.", "2024-01-01T10:00:00Z")});
  // Appends and new articles drop no commit: no log, and no file for one.
  BatchWriter(store).write({request("news/a", "Third text.", "2024-01-03T10:00:00Z"),
                            request("news/c", "Sea.", "2024-02-01T10:00:00Z")});
  CHECK_FALSE(fs::exists(tmp / "store" / "logs" / "refs" / "articles"));
  const std::string old_tip = store.log(ArticleId("news/a")).back().commit;

  // An older version inserted re-creates the later one: the move from the old tip is logged.
  BatchWriter(store).write({request("news/a", "Second text.", "2024-01-02T10:00:00Z"),
                            request("news/b", "Bee two.", "2024-01-05T10:00:00Z")});
  REQUIRE(store.log(ArticleId("news/a")).size() == 3);
  CHECK(store.log(ArticleId("news/a")).back().commit != old_tip);
  git_libgit2_init();
  git_repository* repo = nullptr;
  REQUIRE(git_repository_open_bare(&repo, (tmp / "store").c_str()) == 0);
  CHECK(git_reference_has_log(repo, "refs/articles/news/a") == 1);
  CHECK(git_reference_has_log(repo, "refs/articles/news/b") == 0);
  git_reflog* log = nullptr;
  REQUIRE(git_reflog_read(&log, repo, "refs/articles/news/a") == 0);
  REQUIRE(git_reflog_entrycount(log) == 1);
  char hex[GIT_OID_HEXSZ + 1];
  git_oid_tostr(hex, sizeof hex, git_reflog_entry_id_old(git_reflog_entry_byindex(log, 0)));
  CHECK(std::string(hex) == old_tip);
  git_reflog_free(log);
  git_repository_free(repo);
  git_libgit2_shutdown();
}

TEST_CASE("BatchWriter: a batch after single ingests of the same articles builds on them", "[store][batch]") {
  TempDir tmp;
  const auto versions = messy_versions();
  ArticleStore single = ArticleStore::init(tmp / "single");
  for (const auto& v : versions) single.ingest(v);
  ArticleStore mixed = ArticleStore::init(tmp / "mixed");
  for (std::size_t i = 0; i < 4; ++i) mixed.ingest(versions[i]);
  BatchWriter(mixed).write({versions.begin() + 4, versions.end()});
  CHECK(dump(mixed) == dump(single));
}

TEST_CASE("BatchWriter: an id that is the folder of another is refused, the rest stored", "[store][batch]") {
  TempDir tmp;
  ArticleStore store = ArticleStore::init(tmp / "s");
  store.ingest(request("old", "Old.", "2024-01-01T00:00:00Z"));
  BatchWriter writer(store);
  const auto out = writer.write({request("x", "Ex.", "2024-01-01T00:00:00Z"),
                                 request("x/y", "Nested in the batch.", "2024-01-01T00:00:00Z"),
                                 request("old/z", "Nested in the store.", "2024-01-01T00:00:00Z"),
                                 request("fine", "Fine.", "2024-01-01T00:00:00Z")});
  CHECK(out[0].result);
  REQUIRE_FALSE(out[1].result);
  CHECK_THAT(out[1].refusal, Catch::Contains("\"x\"") && Catch::Contains("folder"));
  REQUIRE_FALSE(out[2].result);
  CHECK_THAT(out[2].refusal, Catch::Contains("\"old\""));
  CHECK(out[3].result);
  CHECK(store.list().size() == 3);
  // The same against articles in packed-refs, which the batch put there.
  REQUIRE_FALSE(fs::exists(tmp / "s" / "refs" / "articles" / "x"));
  const auto later = writer.write({request("x/w", "Under a packed article.", "2024-01-02T00:00:00Z"),
                                   request("fine/p", "Fine is packed too.", "2024-01-02T00:00:00Z"),
                                   request("old", "Old, updated.", "2024-01-02T00:00:00Z")});
  REQUIRE_FALSE(later[0].result);
  CHECK_THAT(later[0].refusal, Catch::Contains("the store holds the article \"x\""));
  REQUIRE_FALSE(later[1].result);
  CHECK_THAT(later[1].refusal, Catch::Contains("the store holds the article \"fine\""));
  CHECK(later[2].result);
  const auto nested = writer.write({request("x/w/v", "Deeper.", "2024-01-03T00:00:00Z")});
  REQUIRE_FALSE(nested[0].result);
  CHECK_THAT(nested[0].refusal, Catch::Contains("\"x\""));
  writer.write({request("deep/er/est", "Deep.", "2024-01-03T00:00:00Z")});
  const auto parent = writer.write({request("deep", "Above.", "2024-01-03T00:00:00Z")});
  REQUIRE_FALSE(parent[0].result);
  CHECK_THAT(parent[0].refusal, Catch::Contains("the store holds the article \"deep/er/est\""));
  CHECK(store.verify().problems.empty());
}

TEST_CASE("BatchWriter: new articles' refs go into packed-refs, and an article with a ref file keeps it",
          "[store][batch]") {
  TempDir tmp;
  const auto versions = messy_versions();
  ArticleStore single = ArticleStore::init(tmp / "single");
  for (const auto& v : versions) single.ingest(v);
  const fs::path dir = tmp / "bulk";
  ArticleStore bulk = ArticleStore::init(dir);
  bulk.ingest(versions[0]);  // news/a: a ref file, written by libgit2
  REQUIRE(fs::exists(dir / "refs" / "articles" / "news" / "a"));
  BatchWriter writer(bulk);
  writer.write({versions.begin() + 1, versions.begin() + 6});
  // news/b is a line of packed-refs; news/a still its own file, moved there.
  CHECK_FALSE(fs::exists(dir / "refs" / "articles" / "news" / "b"));
  CHECK(revisor::test::read_file(dir / "packed-refs").find(" refs/articles/news/b\n") != std::string::npos);
  // The next batch records that news/b was seen earlier, which replaces its chain: a move that is
  // logged, and so made by libgit2 in the ref's own file.
  writer.write({versions.begin() + 6, versions.end()});
  CHECK(dump(bulk) == dump(single));
  CHECK(fs::exists(dir / "refs" / "articles" / "news" / "b"));
  CHECK_FALSE(fs::exists(dir / "refs" / "articles" / "news" / "c"));
  CHECK(fs::exists(dir / "refs" / "articles" / "news" / "a"));
  const std::string packed = revisor::test::read_file(dir / "packed-refs");
  CHECK(packed.find(" refs/articles/news/c\n") != std::string::npos);
  CHECK(packed.find("news/a") == std::string::npos);
  CHECK(revisor::test::read_file(dir / "refs" / "articles" / "news" / "a") ==
        bulk.log(ArticleId("news/a")).back().commit + "\n");
  CHECK_FALSE(fs::exists(dir / "packed-refs.lock"));
  CHECK(bulk.verify().problems.empty());

  // A single ingest of a packed article writes its own ref file, which then wins; the next batch
  // moves that file.
  bulk.ingest(request("news/c", "Sea, later.", "2024-03-01T10:00:00Z"));
  REQUIRE(fs::exists(dir / "refs" / "articles" / "news" / "c"));
  writer.write({request("news/c", "Sea, later still.", "2024-03-02T10:00:00Z"),
                request("news/b", "Bee three.", "2024-03-02T10:00:00Z")});
  CHECK(bulk.log(ArticleId("news/c")).size() == 3);
  CHECK(bulk.log(ArticleId("news/b")).size() == 3);
  CHECK(revisor::test::read_file(dir / "refs" / "articles" / "news" / "c") ==
        bulk.log(ArticleId("news/c")).back().commit + "\n");
  CHECK(bulk.verify().problems.empty());
}

TEST_CASE("BatchWriter: refs are files of their own once packed-refs is large beside the batch",
          "[store][batch]") {
  TempDir tmp;
  const fs::path dir = tmp / "store";
  ArticleStore store = ArticleStore::init(dir);
  BatchWriter writer(store);
  writer.write({request("first", "First.", "2024-01-01T10:00:00Z")});
  const std::string tip = store.log(ArticleId("first")).back().commit;
  // Four thousand articles in packed-refs (about 250 KB), all at one commit, in name order.
  std::string lines = revisor::test::read_file(dir / "packed-refs");
  for (int i = 0; i < 4000; ++i) lines += tip + " refs/articles/more-" + std::to_string(10000 + i) + "\n";
  std::ofstream(dir / "packed-refs", std::ios::trunc) << lines;
  writer.write({request("second", "Second.", "2024-01-02T10:00:00Z"),
                request("more-10001", "More, updated.", "2024-01-02T10:00:00Z")});
  CHECK(fs::exists(dir / "refs" / "articles" / "second"));
  CHECK(fs::exists(dir / "refs" / "articles" / "more-10001"));
  CHECK(revisor::test::read_file(dir / "packed-refs") == lines);
  CHECK(store.log(ArticleId("more-10001")).size() == 2);
  CHECK(store.list().size() == 4002);
}

TEST_CASE("BatchWriter: a ref held by another writer throughout fails the batch and moves no ref",
          "[store][batch]") {
  TempDir tmp;
  ArticleStore store = ArticleStore::init(tmp / "s");
  store.ingest(request("held", "Before.", "2024-01-01T00:00:00Z"));
  // Another writer's lock on the ref, never released.
  std::ofstream(tmp / "s" / "refs" / "articles" / "held.lock") << "";
  BatchWriter writer(store);
  try {
    writer.write({request("fresh", "New article.", "2024-01-01T00:00:00Z"),
                  request("held", "After.", "2024-01-02T00:00:00Z")});
    FAIL("the batch was stored");
  } catch (const Error& e) {
    // Held through every attempt: most likely left by a killed process, so the lock is named.
    CHECK(e.kind() == ErrorKind::store);
    CHECK_THAT(e.what(), Catch::Contains("rm '") && Catch::Contains("held.lock"));
    CHECK_THAT(e.what(), Catch::Contains("nothing of this batch was stored"));
  }
  CHECK_FALSE(store.contains(ArticleId("fresh")));
  CHECK(store.log(ArticleId("held")).size() == 1);
  // Once the lock is gone, the same batch goes in whole.
  fs::remove(tmp / "s" / "refs" / "articles" / "held.lock");
  const auto out = writer.write({request("fresh", "New article.", "2024-01-01T00:00:00Z"),
                                 request("held", "After.", "2024-01-02T00:00:00Z")});
  CHECK(out[0].result->outcome == IngestOutcome::appended);
  CHECK(out[1].result->outcome == IngestOutcome::appended);
  CHECK(store.log(ArticleId("held")).size() == 2);
  CHECK(store.verify().problems.empty());
}

TEST_CASE("BatchWriter: a packed-refs lock left by a killed writer is named, and nothing is stored",
          "[store][batch]") {
  TempDir tmp;
  const fs::path dir = tmp / "s";
  ArticleStore store = ArticleStore::init(dir);
  std::ofstream(dir / "packed-refs.lock") << "";
  fs::last_write_time(dir / "packed-refs.lock", fs::file_time_type::clock::now() - std::chrono::minutes(2));
  BatchWriter writer(store);
  try {
    writer.write({request("fresh", "New article.", "2024-01-01T00:00:00Z")});
    FAIL("the batch was stored");
  } catch (const Error& e) {
    CHECK(e.kind() == ErrorKind::store);
    CHECK_THAT(e.what(), Catch::Contains("rm '" + (dir / "packed-refs.lock").string() + "'"));
    CHECK_THAT(e.what(), Catch::Contains("nothing of this batch was stored"));
  }
  CHECK_FALSE(store.contains(ArticleId("fresh")));
  CHECK(fs::exists(dir / "packed-refs.lock"));  // left for the user to remove
  fs::remove(dir / "packed-refs.lock");
  const auto out = writer.write({request("fresh", "New article.", "2024-01-01T00:00:00Z")});
  CHECK(out[0].result->outcome == IngestOutcome::appended);
  CHECK(store.verify().problems.empty());
}

TEST_CASE("BatchWriter: each batch journals the articles it moved, so the first list reads no chain",
          "[store][batch]") {
  TempDir tmp;
  const fs::path dir = tmp / "store";
  ArticleStore store = ArticleStore::init(dir);
  const fs::path cache = dir / "revisor-list-cache";
  const fs::path journal = dir / "revisor-list-journal";
  auto versions = messy_versions();
  {
    BatchWriter writer(store);
    writer.write(std::vector<IngestRequest>(versions.begin(), versions.begin() + 4));
    REQUIRE(fs::exists(journal));  // after each batch, not at the end
    writer.write(std::vector<IngestRequest>(versions.begin() + 4, versions.end()));
  }
  CHECK_FALSE(fs::exists(cache));

  // Headlines changed in the journal (same length) show in the list: no chain was read for them.
  std::string text = revisor::test::read_file(journal);
  for (auto at = text.find("Headline of"); at != std::string::npos; at = text.find("Headline of", at + 1))
    text.replace(at, 11, "HEADLINE OF");
  std::ofstream(journal, std::ios::binary | std::ios::trunc) << text;
  const auto listed = store.list();
  REQUIRE(listed.size() == 3);
  for (const auto& s : listed) CHECK(s.headline == "HEADLINE OF " + s.id);
  CHECK_FALSE(fs::exists(journal));  // folded into the cache
  REQUIRE(fs::exists(cache));

  // And the rest of each line says what the chains say.
  fs::remove(cache);
  const auto walked = store.list();
  REQUIRE(walked.size() == listed.size());
  for (std::size_t i = 0; i < walked.size(); ++i) {
    CHECK(listed[i].id == walked[i].id);
    CHECK(listed[i].versions == walked[i].versions);
    CHECK(listed[i].first_observed == walked[i].first_observed);
    CHECK(listed[i].last_observed == walked[i].last_observed);
    CHECK(walked[i].headline == "Headline of " + walked[i].id);
  }
  CHECK(walked[0].versions == 4);  // news/a, with its inserted version
  CHECK(walked[0].last_observed == revisor::parse_timestamp("2024-01-04T10:00:00Z"));

  SECTION("a line cut short by a writer that died is not believed, and the next batch's lines are") {
    BatchWriter writer(store);
    writer.write({request("news/b", "Bee three.", "2024-03-01T10:00:00Z")});
    const std::string whole = revisor::test::read_file(journal);
    REQUIRE(whole.ends_with("Headline of news/b\n"));
    std::ofstream(journal, std::ios::binary | std::ios::trunc) << whole.substr(0, whole.size() - 4);  // "Headline of ne"
    writer.write({request("news/c", "Sea, later.", "2024-03-02T10:00:00Z")});
    text = revisor::test::read_file(journal);
    REQUIRE(text.find("Headline of news/c") != std::string::npos);
    text.replace(text.find("Headline of news/c"), 11, "HEADLINE OF");
    std::ofstream(journal, std::ios::binary | std::ios::trunc) << text;
    const auto after = store.list();
    REQUIRE(after.size() == 3);
    CHECK(after[1].id == "news/b");
    CHECK(after[1].headline == "Headline of news/b");  // from its chain
    CHECK(after[1].versions == 3);
    CHECK(after[2].headline == "HEADLINE OF news/c");  // from the journal
    CHECK(after[2].versions == 2);
  }
}
