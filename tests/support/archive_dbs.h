// Small NewsEdits- and diffengine-schema SQLite databases, built with the sqlite3 C API, for the
// import tests (tests/import) and the end-to-end tests of `revisor import` (tests/cli).
#pragma once

#include <sqlite3.h>

#include <filesystem>
#include <stdexcept>
#include <string>

namespace revisor::test {

inline void run_sql(const std::filesystem::path& db, const std::string& sql) {
  sqlite3* raw = nullptr;
  if (sqlite3_open(db.c_str(), &raw) != SQLITE_OK) {
    sqlite3_close(raw);
    throw std::runtime_error("cannot open " + db.string());
  }
  char* message = nullptr;
  const int rc = sqlite3_exec(raw, sql.c_str(), nullptr, nullptr, &message);
  const std::string error = message ? message : "";
  sqlite3_free(message);
  sqlite3_close(raw);
  if (rc != SQLITE_OK) throw std::runtime_error(db.string() + ": " + error);
}

// NewsEdits: entry 1, three versions in order, the third identical to the second; entry 2, whose
// version numbers run against its times (version 0 observed after version 1), and a row with a bad
// time; entry 3, one row with an empty body. Rows are inserted out of order.
inline void write_newsedits_db(const std::filesystem::path& db) {
  run_sql(db, R"sql(
CREATE TABLE entryversion (entry_id INTEGER, version INTEGER, title TEXT, url TEXT, summary TEXT,
                           created TEXT, archive_url TEXT, num_versions INTEGER);
INSERT INTO entryversion VALUES
 (2, 0, 'Bridge & tunnel works', 'https://kelsby.example/bridge',
  'The bridge will reopen on Friday &amp; traffic will resume.</p><p>Work began in May.',
  '2024-03-13 11:00:00', NULL, 3),
 (1, 1, 'Harbour plan approved', 'https://kelsby.example/harbour',
  '<p>The council approved the harbour plan.</p><p>It will cost 84 million euros, the mayor said.</p>',
  '2024-03-12 12:00:00', NULL, 3),
 (1, 0, 'Harbour plan approved', 'https://kelsby.example/harbour',
  'The council approved the harbour plan.</p><p>It will cost 48 million euros, the mayor said.',
  '2024-03-12 10:00:00', NULL, 3),
 (1, 2, 'Harbour plan approved', 'https://kelsby.example/harbour',
  'The council approved the harbour plan.</p><p>It will cost 84 million euros, the mayor said.',
  '2024-03-12 14:00:00', NULL, 3),
 (2, 1, 'Bridge & tunnel works', 'https://kelsby.example/bridge',
  'The bridge will reopen on Monday &amp; traffic will resume.</p><p>Work began in May.',
  '2024-03-13 09:00:00', NULL, 3),
 (2, 2, 'Bridge & tunnel works', 'https://kelsby.example/bridge',
  'The bridge will reopen on Sunday.</p><p>Work began in May.', 'last Tuesday', NULL, 3),
 (3, 0, 'Empty', 'https://kelsby.example/empty', '', '2024-03-14 08:00:00', NULL, 1);
)sql");
}

// diffengine: entry 1 (a url) with two versions, entry 2 (no usable url) with one.
inline void write_diffengine_db(const std::filesystem::path& db) {
  run_sql(db, R"sql(
CREATE TABLE entry (id INTEGER PRIMARY KEY, url VARCHAR(255) NOT NULL, created DATETIME NOT NULL,
                    checked DATETIME NOT NULL, tweet_status_id_str VARCHAR(255));
CREATE TABLE entryversion (id INTEGER PRIMARY KEY, title VARCHAR(255) NOT NULL, url VARCHAR(255) NOT NULL,
                           summary VARCHAR(255) NOT NULL, created DATETIME NOT NULL,
                           archive_url VARCHAR(255), entry_id INTEGER NOT NULL REFERENCES entry (id),
                           tweet_status_id_str VARCHAR(255));
INSERT INTO entry VALUES
 (1, 'https://www.example.com/news/harbour-plan.html?utm_source=feed', '2024-03-12 09:00:00.000001',
  '2024-03-12 13:00:00', NULL),
 (2, 'urn:x', '2024-03-12 09:00:00', '2024-03-12 09:00:00', NULL);
INSERT INTO entryversion VALUES
 (1, 'Harbour plan approved', 'https://www.example.com/news/harbour-plan.html',
  '<p>The council approved the harbour plan.</p><p>It will cost 48 million euros.</p>',
  '2024-03-12 10:00:00.123456', NULL, 1, NULL),
 (2, 'Harbour plan approved, cost revised', 'https://www.example.com/news/harbour-plan.html',
  '<p>The council approved the harbour plan.</p><p>It will cost 84 million euros.</p>',
  '2024-03-12 12:30:00.5', NULL, 1, NULL),
 (3, 'Bridge reopens', 'urn:x', '<p>The bridge reopens on Friday.</p>', '2024-03-13 09:00:00', NULL, 2, NULL);
)sql");
}

}  // namespace revisor::test
