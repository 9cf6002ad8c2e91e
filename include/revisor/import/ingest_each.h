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

// Reads each version of `source` and ingests it into `store` with the rules of ArticleStore::ingest (a
// version identical to its neighbour adds nothing; one observed before newer ones is inserted in its
// place in time), in batches of a thousand versions through store::BatchWriter: each batch's
// objects go into one pack and its refs move in one transaction (locked together, moved one after
// another: a kill in between leaves some of the batch's articles moved, each with all its versions in
// the batch, and the others not; REVISOR_BATCH_VERSIONS sets another batch size). Versions are read
// on every core when the source allows. A version whose read throws Error(bad_input), or that the
// batch refuses, is skipped and counted in `refused`; any other error (the store, I/O) stops the
// import and is rethrown, leaving the batches stored before it. Observers are called in source order, from this thread.
IngestSummary ingest_each(const store::VersionSource& source, store::ArticleStore& store,
                          const EachObserver& observe = {});

}  // namespace revisor::import
