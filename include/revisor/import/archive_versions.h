// ArchiveVersions: the versions held in the SQLite databases of NewsEdits (one file per outlet) and
// of diffengine (what its users hold), each row of `entryversion` one version. Both are
// VersionSources for import::ingest_each, which skips a refused row instead of refusing them all.
#pragma once

#include <cstddef>
#include <memory>
#include <string>

#include "revisor/store/version_source.h"

namespace revisor::import {

enum class ArchiveKind {
  // NewsEdits: entryversion(entry_id, version, title, url, summary, created, archive_url,
  // num_versions); article id "<outlet>/<entry_id>".
  newsedits,
  // diffengine: entry(id, url, created, ...) and entryversion(id, entry_id, title, url, summary,
  // created, archive_url, ...); article id the entry url's host and path, else "diffengine/<entry id>".
  diffengine,
};

// The article id made from `text` (an outlet name, a url's host and path): characters outside
// letters, digits, '-', '_', '.' become '-', empty segments and leading dots go; empty when nothing
// valid is left.
std::string article_id_from(std::string_view text);

// "YYYY-MM-DD HH:MM:SS[.ffffff]" as both archives write `created`: without a zone, it is taken as UTC
// (both write UTC); a time with a zone is taken as it says. Throws Error(bad_input) naming `what`.
Timestamp archive_time(std::string_view text, std::string_view what);

// The HTML page a row is read as: its title (escaped) as <title> and <h1>, its summary (paragraphs
// joined by "</p><p>", a leading "<p>" and trailing "</p>" optional) as the article's body, so that
// the HTML reader's extraction, checks and normalization apply as to any fetched page.
std::string archive_row_page(std::string_view title, std::string_view summary);

class ArchiveVersions final : public store::VersionSource {
 public:
  // Opens `db` read-only and lists its rows (entry, then version number or time). `outlet` names the
  // articles of a NewsEdits file (default: the file's stem); ignored for diffengine. Throws
  // Error(bad_input) "<db>: <sqlite message>" when the file cannot be opened or lacks the tables.
  ArchiveVersions(ArchiveKind kind, const std::string& db, std::string outlet = {});
  ~ArchiveVersions() override;
  ArchiveVersions(const ArchiveVersions&) = delete;
  ArchiveVersions& operator=(const ArchiveVersions&) = delete;

  std::size_t size() const override;
  // Reads row `i`; a refusal (empty body, bad time, text the reader refuses) is Error(bad_input)
  // "<db> entry <entry_id> version <n>: <problem>". Not thread-safe (one prepared statement).
  store::IngestRequest read(std::size_t i) const override;
  std::string note() const override;

 private:
  struct Impl;
  std::unique_ptr<Impl> impl_;
};

}  // namespace revisor::import
