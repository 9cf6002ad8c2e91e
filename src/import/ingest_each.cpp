#include "revisor/import/ingest_each.h"

#include <optional>

#include "revisor/base/error.h"

namespace revisor::import {

IngestSummary ingest_each(const store::VersionSource& source, store::ArticleStore& store,
                          const EachObserver& observe) {
  IngestSummary summary;
  const std::size_t n = source.size();
  for (std::size_t i = 0; i < n; ++i) {
    std::optional<store::IngestRequest> req;
    try {
      req.emplace(source.read(i));
    } catch (const Error& e) {
      if (e.kind() != ErrorKind::bad_input) throw;
      summary.refused.push_back({i, e.what()});
      if (observe.refused) observe.refused(summary.refused.back());
      if (observe.done_one) observe.done_one();
      continue;
    }
    const store::IngestResult result = store.ingest(*req);
    summary.articles.insert(req->article.str());
    switch (result.outcome) {
      case store::IngestOutcome::appended:
      case store::IngestOutcome::inserted:
        ++summary.added;
        break;
      case store::IngestOutcome::unchanged:
        ++summary.unchanged;
        break;
      case store::IngestOutcome::seen_earlier:
        ++summary.seen_earlier;
        break;
    }
    if (observe.stored) observe.stored(*req, result);
    if (observe.done_one) observe.done_one();
  }
  return summary;
}

}  // namespace revisor::import
