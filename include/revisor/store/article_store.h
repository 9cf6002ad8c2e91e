// ArticleStore: a bare git repository holding every version of every article: one ref per article
// (refs/articles/<id>), one commit per version. Not thread-safe: use one ArticleStore per thread.
#pragma once

#include <filesystem>
#include <memory>
#include <optional>
#include <string>
#include <vector>

#include "revisor/base/article_id.h"
#include "revisor/base/timestamp.h"
#include "revisor/store/store_format.h"
#include "revisor/store/verify.h"
#include "revisor/text/article_text.h"
#include "revisor/text/article_version.h"

namespace revisor::store {

struct IngestRequest {
  ArticleId article;
  text::ExtractedArticle extracted;  // what was read from the source (meta.json records it)
  std::string source_bytes;          // exact bytes ingested, kept as source.<ext>
  std::string source_name;           // file name as given ("-" for stdin)
  std::string source_ext;            // "txt", "md" or "html"
  std::string url;                   // --url, else the page's canonical URL, else empty
  std::string headline;              // --headline, else the extracted headline
  Timestamp observed_at;             // when the version was seen
  // Set by a watcher: page furniture (text::is_page_furniture) and paragraphs of these shapes (lines
  // that changed between two fetches in a row) are kept out of article.txt; meta.json records it.
  std::optional<std::vector<std::string>> furniture;
};

// appended: a new newest version. inserted: a new version before newer ones (they are re-created on
// top of it). unchanged: the text equals the version observed just before; nothing added.
// seen_earlier: the text equals the version observed just after, so that version was seen earlier
// than recorded: it is re-written with this sighting's time and source, and its later sighting kept
// in meta.json (neighbouring versions are never identical).
enum class IngestOutcome { appended, inserted, unchanged, seen_earlier };

struct IngestResult {
  IngestOutcome outcome = IngestOutcome::appended;
  int version = 0;   // 1-based number of the new version (of the identical one when unchanged)
  std::string commit;
  int versions = 0;  // versions of the article after the ingest
  Timestamp previously_first_seen;  // seen_earlier: the time the version had before
};

struct ArticleSummary {
  std::string id;
  int versions = 0;
  Timestamp first_observed;
  Timestamp last_observed;
  std::string headline;  // of the newest version
};

class ArticleStore {
 public:
  // Creates a new store at `dir` (must not exist or be empty). Throws Error.
  static ArticleStore init(const std::filesystem::path& dir);
  // Opens an existing store. Throws Error(not_found) when `dir` is no revisor store.
  static ArticleStore open(const std::filesystem::path& dir);

  ArticleStore(ArticleStore&&) noexcept;
  ArticleStore& operator=(ArticleStore&&) noexcept;
  ~ArticleStore();

  // The store's directory.
  const std::filesystem::path& dir() const;

  // Adds one version; compare-and-swap on the article's ref, retried on a concurrent update.
  IngestResult ingest(const IngestRequest& request);

  // Metadata of every version, oldest first (number 1..n). Throws Error(not_found) for an unknown id.
  std::vector<text::VersionMeta> log(const ArticleId& id) const;
  // Every version with its Document, oldest first. Throws Error(not_found) for an unknown id.
  std::vector<text::ArticleVersion> history(const ArticleId& id) const;
  // One version, 1-based; number 0 means the newest. Throws Error(not_found) when out of range.
  text::ArticleVersion version(const ArticleId& id, int number = 0) const;
  // What meta.json records of one version (1-based; 0 means the newest): its source, its SHA-256
  // and what was extracted. Throws Error(not_found) when out of range, Error(store) when damaged.
  format::VersionRecord record(const ArticleId& id, int number = 0) const;
  // What happened to the article's page besides new versions (gone, returned), oldest first; empty
  // when nothing did. Kept under refs/revisor/events (article_events.h). Throws Error(store) when damaged.
  std::vector<text::PageEvent> events(const ArticleId& id) const;
  // Every article, sorted by id.
  std::vector<ArticleSummary> list() const;
  // Every article's id, sorted, from the refs alone: no chain is read and the list cache is not
  // consulted, for work that reads every article anyway (list() walks every chain the cache lacks:
  // a minute after a bulk ingest of a million versions). Throws Error(store).
  std::vector<ArticleId> ids() const;
  // Whether the store holds an article `id` (no version is read). Throws Error(store) on a damaged ref.
  bool contains(const ArticleId& id) const;
  // Checks the articles `ids` (none: every article) and collects every problem rather than stopping
  // at the first: each ref is one linear chain in non-decreasing observed time; each commit's tree
  // holds article.txt, meta.json and source.<ext>; meta.json reads and its SHA-256 matches the
  // source; article.txt equals the text re-derived from the source (when this revisor wrote it); and
  // every commit, tree and blob on the way is in the object database. Throws Error(not_found) for an
  // unknown id, before anything is checked.
  VerifyReport verify(const std::vector<ArticleId>& ids = {}, const VerifyObserver& observer = {}) const;

 private:
  struct Impl;
  explicit ArticleStore(std::unique_ptr<Impl> impl);
  std::unique_ptr<Impl> impl_;
};

}  // namespace revisor::store
