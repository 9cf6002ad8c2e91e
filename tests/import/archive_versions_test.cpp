#include "revisor/import/archive_versions.h"

#include <catch2/catch.hpp>

#include <string>

#include "revisor/base/error.h"
#include "revisor/import/ingest_each.h"
#include "revisor/store/article_store.h"
#include "support/archive_dbs.h"
#include "support/temp_dir.h"

using revisor::ArticleId;
using revisor::Error;
using revisor::ErrorKind;
using revisor::parse_timestamp;
using revisor::import::archive_row_page;
using revisor::import::archive_time;
using revisor::import::article_id_from;
using revisor::import::ArchiveKind;
using revisor::import::ArchiveVersions;
using revisor::import::ingest_each;
using revisor::store::ArticleStore;
using revisor::test::TempDir;

TEST_CASE("archive import: article ids made from outlet names and urls", "[import][archive]") {
  CHECK(article_id_from("nytimes") == "nytimes");
  CHECK(article_id_from("The Guardian/12") == "The-Guardian/12");
  CHECK(article_id_from("www.example.com/news/a b.html") == "www.example.com/news/a-b.html");
  CHECK(article_id_from("//.hidden/../x./y.lock") == "hidden/x/y.lock_");
  CHECK(article_id_from("") == "");
  CHECK(article_id_from("/./") == "");
}

TEST_CASE("archive import: zoneless times are UTC, zoned ones as they say, others refused",
          "[import][archive]") {
  CHECK(archive_time("2024-03-12 10:00:00", "created") == parse_timestamp("2024-03-12T10:00:00Z"));
  CHECK(archive_time("2024-03-12 10:00:00.123456", "created") == parse_timestamp("2024-03-12T10:00:00Z"));
  CHECK(archive_time("2024-03-12T10:00:00+02:00", "created") == parse_timestamp("2024-03-12T08:00:00Z"));
  CHECK_THROWS_AS(archive_time("last Tuesday", "created"), Error);
  CHECK_THROWS_AS(archive_time("", "created"), Error);
}

TEST_CASE("archive import: a row becomes an HTML page with the title escaped", "[import][archive]") {
  const std::string page = archive_row_page("A & B <c>", "<p>One.</p><p>Two.</p>");
  CHECK(page.find("<h1>A &amp; B &lt;c&gt;</h1>") != std::string::npos);
  CHECK(page.find("<p>One.</p><p>Two.</p></article>") != std::string::npos);
  CHECK(archive_row_page("T", "One.</p><p>Two.").find("<p>One.</p><p>Two.</p></article>") != std::string::npos);
}

TEST_CASE("archive import: NewsEdits rows are ingested in time order, bad rows skipped with reasons",
          "[import][archive]") {
  TempDir tmp;
  const auto db = tmp / "kelsby.db";
  revisor::test::write_newsedits_db(db);
  ArchiveVersions source(ArchiveKind::newsedits, db.string());
  REQUIRE(source.size() == 7);
  ArticleStore store = ArticleStore::init(tmp / "store");
  const auto summary = ingest_each(source, store);
  CHECK(summary.articles.size() == 2);
  CHECK(summary.added == 4);
  CHECK(summary.unchanged == 1);
  REQUIRE(summary.refused.size() == 2);
  CHECK(summary.refused[0].reason.find("entry 2 version 2: created") != std::string::npos);
  CHECK(summary.refused[0].reason.find("last Tuesday") != std::string::npos);
  CHECK(summary.refused[1].reason.find("entry 3 version 0: empty body") != std::string::npos);

  const auto harbour = store.history(ArticleId("kelsby/1"));
  REQUIRE(harbour.size() == 2);
  CHECK(harbour[0].meta.headline == "Harbour plan approved");
  CHECK(harbour[0].meta.url == "https://kelsby.example/harbour");
  CHECK(harbour[0].meta.observed_at == parse_timestamp("2024-03-12T10:00:00Z"));
  CHECK(harbour[0].document.text().find("48 million") != std::string::npos);
  CHECK(harbour[1].document.text().find("84 million") != std::string::npos);
  const auto bridge = store.history(ArticleId("kelsby/2"));
  REQUIRE(bridge.size() == 2);
  CHECK(bridge[0].meta.headline == "Bridge & tunnel works");
  CHECK(bridge[0].document.text().find("Monday & traffic") != std::string::npos);
  CHECK(bridge[1].document.text().find("Friday & traffic") != std::string::npos);
  CHECK(store.record(ArticleId("kelsby/2"), 1).source_file == "kelsby.db");

  const auto again = ingest_each(source, store);
  CHECK(again.added == 0);
  CHECK(again.seen_earlier == 0);
  CHECK(again.unchanged == 5);
  CHECK(again.refused.size() == 2);

  revisor::test::run_sql(db, "INSERT INTO entryversion VALUES (NULL, 0, 'T', 'u', 'Body.', '2024-03-14 08:00:00', NULL, 1),"
                            " ('/', 0, 'T', 'u', 'Body.', '2024-03-14 08:00:00', NULL, 1);");
  ArchiveVersions more(ArchiveKind::newsedits, db.string());
  REQUIRE(more.size() == 9);
  const auto third = ingest_each(more, store);
  REQUIRE(third.refused.size() == 4);
  CHECK(third.refused[0].reason.find("entry  version 0: no entry id") != std::string::npos);
  CHECK(third.refused[3].reason.find("entry / version 0: entry id makes no article id") != std::string::npos);
  CHECK_FALSE(store.contains(ArticleId("kelsby")));

  ArchiveVersions renamed(ArchiveKind::newsedits, db.string(), "Kelsby Times");
  CHECK(renamed.read(2).article.str() == "Kelsby-Times/1");
}

TEST_CASE("archive import: diffengine rows are named by their entry's url", "[import][archive]") {
  TempDir tmp;
  const auto db = tmp / "diffengine.db";
  revisor::test::write_diffengine_db(db);
  ArchiveVersions source(ArchiveKind::diffengine, db.string());
  REQUIRE(source.size() == 3);
  ArticleStore store = ArticleStore::init(tmp / "store");
  const auto summary = ingest_each(source, store);
  CHECK(summary.added == 3);
  CHECK(summary.refused.empty());
  const auto log = store.log(ArticleId("www.example.com/news/harbour-plan.html"));
  REQUIRE(log.size() == 2);
  CHECK(log[1].headline == "Harbour plan approved, cost revised");
  CHECK(log[1].observed_at == parse_timestamp("2024-03-12T12:30:00Z"));
  CHECK(store.log(ArticleId("diffengine/2")).size() == 1);
}

TEST_CASE("archive import: a missing file or one without the tables is refused, naming it",
          "[import][archive]") {
  TempDir tmp;
  try {
    ArchiveVersions(ArchiveKind::newsedits, (tmp / "none.db").string());
    FAIL("no error");
  } catch (const Error& e) {
    CHECK(e.kind() == ErrorKind::bad_input);
    CHECK(std::string(e.what()).find("none.db") != std::string::npos);
  }
  const auto other = tmp / "other.db";
  revisor::test::run_sql(other, "CREATE TABLE t (x);");
  try {
    ArchiveVersions(ArchiveKind::diffengine, other.string());
    FAIL("no error");
  } catch (const Error& e) {
    CHECK(e.kind() == ErrorKind::bad_input);
    CHECK(std::string(e.what()).find("other.db") != std::string::npos);
    CHECK(std::string(e.what()).find("no such table") != std::string::npos);
  }
  const auto text = tmp.write("text.db", "not a database at all, just some text of some length ............");
  CHECK_THROWS_AS(ArchiveVersions(ArchiveKind::newsedits, text.string()), Error);
}
