// VersionSource: the one interface every producer of versions implements (files, a manifest, and
// later a tree walk, an archive import or a feed watcher), and ingest_all(), the path they all feed.
#pragma once

#include <cstddef>
#include <functional>
#include <string>

#include "revisor/base/article_id.h"
#include "revisor/base/timestamp.h"
#include "revisor/store/article_store.h"
#include "revisor/text/article_file.h"

namespace revisor::store {

class VersionSource {
 public:
  virtual ~VersionSource() = default;
  // How many versions the source yields; known before any is read, for progress and for the check
  // of every version before the first is stored.
  virtual std::size_t size() const = 0;
  // Reads and checks version `i` (0-based, below size()); may be called more than once for one i.
  // Throws Error(bad_input) naming the file or manifest line when the version is refused.
  virtual IngestRequest read(std::size_t i) const = 0;
  // What the user should be told about where the versions' times came from when the source chose
  // them (file times, the time of reading); empty when every time was given.
  virtual std::string note() const { return {}; }
  // Whether read() may run on several threads at once (a source reading files can; one reading a
  // database through one handle cannot).
  virtual bool reads_in_parallel() const { return false; }
};

// Throws Error(bad_input), prefixed by `where` ("--" for flags, "<manifest> line 3: "), when the
// headline is not one line or the url holds white space; producers call it before reading files.
void check_version_fields(std::string_view url, std::string_view headline, std::string_view where);

// The request that stores `file` as a version of `article` observed at `observed`. An empty `url`
// falls back to the page's canonical URL; an empty `headline` to the extracted one. Checks the
// fields as check_version_fields does.
IngestRequest version_request(ArticleId article, text::ArticleFile file, std::string url,
                              std::string headline, Timestamp observed, std::string_view where);

struct IngestObserver {
  std::function<void(const IngestRequest&)> checked;  // a version passed its check
  std::function<void(const IngestRequest&, const IngestResult&)> stored;  // and was ingested
};

// Ingests every version `source` yields, in its order (each takes its place by observed time), into
// the store `open_store` opens. Every version is read and checked before the first is stored, so
// one refused version refuses them all and leaves the store untouched; with several versions each
// is then read again rather than all held in memory, and the store is opened before the check so
// a wrong store fails before a long one. Several versions are stored in batches through BatchWriter
// (one pack and one ref transaction per thousand versions). Throws what VersionSource::read, `open_store` and
// ArticleStore::ingest throw.
void ingest_all(const VersionSource& source, const std::function<ArticleStore()>& open_store,
                const IngestObserver& observe = {});

}  // namespace revisor::store
