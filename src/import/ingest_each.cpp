#include "revisor/import/ingest_each.h"

#include <algorithm>
#include <cstdlib>
#include <future>
#include <optional>

#include "revisor/base/error.h"
#include "revisor/base/worker_pool.h"
#include "revisor/store/batch_writer.h"

namespace revisor::import {
namespace {

// REVISOR_BATCH_VERSIONS (a positive number) sets another batch size: the crash test uses small
// batches to kill a bulk ingest between and inside batches without thousands of versions.
std::size_t batch_versions() {
  const char* v = std::getenv("REVISOR_BATCH_VERSIONS");
  if (!v || !*v) return store::kVersionsPerBatch;
  char* end = nullptr;
  const unsigned long n = std::strtoul(v, &end, 10);
  return *end == '\0' && n > 0 ? n : store::kVersionsPerBatch;
}

}  // namespace

IngestSummary ingest_each(const store::VersionSource& source, store::ArticleStore& store,
                          const EachObserver& observe) {
  IngestSummary summary;
  store::BatchWriter writer(store);
  const std::size_t n = source.size();
  const std::size_t cores = core_count();
  const std::size_t threads = source.reads_in_parallel() ? cores : 1;
  const std::size_t per_batch = batch_versions();
  // A batch as read: the versions read, prepared for writing, and for each index whether it was
  // read or else why it was refused.
  struct ReadBatch {
    std::vector<bool> was_read;
    std::vector<std::string> refused;
    std::optional<store::PreparedBatch> prepared;
  };
  auto read_batch = [&](std::size_t first) {
    ReadBatch b;
    const std::size_t count = std::min(per_batch, n - first);
    std::vector<std::optional<store::IngestRequest>> read(count);
    b.refused.resize(count);
    for_each_index(count, threads, [&](std::size_t k) {
      try {
        read[k].emplace(source.read(first + k));
      } catch (const Error& e) {
        if (e.kind() != ErrorKind::bad_input) throw;
        b.refused[k] = e.what();
      }
    });
    std::vector<store::IngestRequest> batch;
    batch.reserve(count);
    for (auto& r : read) {
      b.was_read.push_back(r.has_value());
      if (r) batch.push_back(std::move(*r));
    }
    b.prepared.emplace(std::move(batch), cores);  // what was read is prepared on every core
    return b;
  };
  // The next batch is read and prepared (texts, hashes) while this one is written: reading and
  // writing (commits, the pack, the refs) then share the cores instead of taking turns.
  std::future<ReadBatch> next;
  if (n > 0) next = std::async(std::launch::async, read_batch, std::size_t{0});
  for (std::size_t first = 0; first < n; first += per_batch) {
    ReadBatch current = next.get();
    if (first + per_batch < n) next = std::async(std::launch::async, read_batch, first + per_batch);
    const std::size_t count = current.was_read.size();
    auto& refused = current.refused;
    const std::vector<store::IngestRequest>& batch = current.prepared->requests();
    const std::vector<store::BatchOutcome> outcomes = writer.write(*current.prepared);
    std::size_t b = 0;
    for (std::size_t k = 0; k < count; ++k) {
      if (!current.was_read[k]) {
        summary.refused.push_back({first + k, std::move(refused[k])});
        if (observe.refused) observe.refused(summary.refused.back());
        if (observe.done_one) observe.done_one();
        continue;
      }
      const store::IngestRequest& req = batch[b];
      const store::BatchOutcome& outcome = outcomes[b++];
      if (!outcome.result) {
        summary.refused.push_back({first + k, outcome.refusal});
        if (observe.refused) observe.refused(summary.refused.back());
        if (observe.done_one) observe.done_one();
        continue;
      }
      summary.articles.insert(req.article.str());
      switch (outcome.result->outcome) {
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
      if (observe.stored) observe.stored(req, *outcome.result);
      if (observe.done_one) observe.done_one();
    }
  }
  return summary;
}

}  // namespace revisor::import
