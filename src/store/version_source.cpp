#include "revisor/store/version_source.h"

#include <fmt/core.h>

#include <algorithm>
#include <optional>
#include <vector>

#include "revisor/base/error.h"
#include "revisor/base/worker_pool.h"
#include "revisor/store/batch_writer.h"

namespace revisor::store {
void check_version_fields(std::string_view url, std::string_view headline, std::string_view where) {
  if (headline.find_first_of("\r\n") != std::string::npos)
    throw Error(ErrorKind::bad_input, fmt::format("{}headline must be one line", where));
  if (url.find_first_of(" \t\r\n") != std::string::npos)
    throw Error(ErrorKind::bad_input, fmt::format("{}url \"{}\" contains white space", where, url));
}

IngestRequest version_request(ArticleId article, text::ArticleFile file, std::string url,
                              std::string headline, Timestamp observed, std::string_view where) {
  check_version_fields(url, headline, where);
  IngestRequest req{std::move(article), std::move(file.extracted), std::move(file.bytes), {}, {}, {}, {}, {}, {}};
  req.source_name = text::source_name(file.name);
  req.source_ext = text::source_extension(req.extracted.format);
  req.url = url.empty() ? req.extracted.canonical_url : std::move(url);
  req.headline = std::move(headline);
  req.observed_at = observed;
  return req;
}

void ingest_all(const VersionSource& source, const std::function<ArticleStore()>& open_store,
                const IngestObserver& observe) {
  const std::size_t n = source.size();
  if (n == 1) {
    const IngestRequest req = source.read(0);
    if (observe.checked) observe.checked(req);
    ArticleStore store = open_store();
    const IngestResult result = store.ingest(req);
    if (observe.stored) observe.stored(req, result);
    return;
  }
  ArticleStore store = open_store();
  const std::size_t cores = core_count();
  const std::size_t threads = source.reads_in_parallel() ? cores : 1;
  for_each_index(n, threads, [&](std::size_t i) {
    const IngestRequest req = source.read(i);
    if (observe.checked) observe.checked(req);
  });
  BatchWriter writer(store);
  for (std::size_t first = 0; first < n; first += kVersionsPerBatch) {
    const std::size_t count = std::min(kVersionsPerBatch, n - first);
    std::vector<std::optional<IngestRequest>> read(count);
    for_each_index(count, threads, [&](std::size_t k) { read[k].emplace(source.read(first + k)); });
    std::vector<IngestRequest> batch;
    batch.reserve(count);
    for (auto& r : read) batch.push_back(std::move(*r));
    const PreparedBatch prepared(std::move(batch), cores);
    const std::vector<BatchOutcome> outcomes = writer.write(prepared);
    for (std::size_t k = 0; k < count; ++k) {
      if (!outcomes[k].result) throw Error(ErrorKind::bad_input, outcomes[k].refusal);
      if (observe.stored) observe.stored(prepared.requests()[k], *outcomes[k].result);
    }
  }
}

}  // namespace revisor::store
