// ingest_each(): the path of an archive import into the store. Unlike store::ingest_all, which
// refuses every version when one is refused, it skips a refused version, counts it with its reason
// and goes on: an archive of many thousand rows is not refused for one bad row.
#pragma once

#include <cstddef>
#include <functional>
#include <set>
#include <string>
#include <vector>

#include "revisor/store/article_store.h"
#include "revisor/store/version_source.h"

namespace revisor::import {

struct Refusal {
  std::size_t index = 0;  // the version's index in its source
  std::string reason;     // the Error(bad_input) message, naming the row
};

struct IngestSummary {
  std::set<std::string> articles;  // every article a version was stored (or found unchanged) for
  std::size_t added = 0;           // new versions (appended or inserted in time order)
  std::size_t unchanged = 0;       // identical to the version observed just before: nothing added
  std::size_t seen_earlier = 0;    // identical to the version just after, whose first sighting moved back
  std::vector<Refusal> refused;    // skipped, with their reasons, in source order
};

struct EachObserver {
  std::function<void(const store::IngestRequest&, const store::IngestResult&)> stored;
  std::function<void(const Refusal&)> refused;
  std::function<void()> done_one;  // after every version, stored or refused (for progress)
};

// Reads each version of `source` in order and ingests it into `store` (ArticleStore::ingest: a
// version identical to its neighbour adds nothing; one observed before newer ones is inserted in its
// place in time). A version whose read throws Error(bad_input) is skipped and counted in `refused`;
// any other error (the store, I/O) stops the import and is rethrown, leaving what was stored so far.
IngestSummary ingest_each(const store::VersionSource& source, store::ArticleStore& store,
                          const EachObserver& observe = {});

}  // namespace revisor::import
