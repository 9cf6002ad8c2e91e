// BatchWriter: adds many versions at once with the rules of ArticleStore::ingest, writing each
// batch's objects as one pack and moving the batch's refs together: in packed-refs, or in one
// libgit2 transaction.
#pragma once

#include <cstddef>
#include <memory>
#include <optional>
#include <string>
#include <vector>

#include "revisor/store/article_store.h"

namespace revisor::store {

// Versions per batch of a bulk ingest: one pack and one ref transaction each. Large enough that a
// pack's fixed costs (its index, three fsyncs) vanish; small enough that a batch's texts and
// objects stay well under 100 MB in memory.
inline constexpr std::size_t kVersionsPerBatch = 1000;

// What became of one version of a batch: a result, or the reason it was refused (bad_input, e.g.
// an id that is the folder of another article's id).
struct BatchOutcome {
  std::optional<IngestResult> result;
  std::string refusal;
};

// A batch with the part of writing it that depends on each version alone already done: its text,
// git ids and SHA-256, computed on `threads` threads. A bulk ingest prepares the next batch this
// way while BatchWriter writes the one before, so that work leaves the writing thread.
class PreparedBatch {
 public:
  PreparedBatch(std::vector<IngestRequest> requests, std::size_t threads);
  ~PreparedBatch();
  PreparedBatch(PreparedBatch&&) noexcept;
  PreparedBatch& operator=(PreparedBatch&&) noexcept;

  // The versions, in the order given. A batch moved from holds nothing and must not be used.
  const std::vector<IngestRequest>& requests() const;

 private:
  friend class BatchWriter;
  struct Impl;
  std::unique_ptr<Impl> impl_;
};

class BatchWriter {
 public:
  // Opens its own handle on `store`'s repository (the store stays usable). Throws Error(store).
  explicit BatchWriter(const ArticleStore& store);
  ~BatchWriter();
  BatchWriter(const BatchWriter&) = delete;
  BatchWriter& operator=(const BatchWriter&) = delete;

  // Adds `batch` in order, each version taking its place by observed time among its article's
  // versions (those stored and those before it in the batch), with the same results as one
  // ArticleStore::ingest per version. Each article's chain is read once; the new objects are
  // written as one pack, flushed to disk before any ref moves; then the changed refs move,
  // compare-and-swap: those of articles without a ref file in one rewrite of packed-refs, the others
  // in one libgit2 transaction. An article whose ref another writer moved since it was read is
  // redone on the new chain. On a failure before the refs move no ref of the batch has moved (the
  // pack may remain, as unreachable objects), so rerunning the batch adds exactly what is missing;
  // the error says when some articles were stored. Outcomes are in the batch's order. Throws
  // Error(store) on a store failure, Error(conflict) when other writers keep moving a ref.
  std::vector<BatchOutcome> write(std::vector<IngestRequest> batch);
  // The same for a batch prepared ahead (outcomes in the order of batch.requests()).
  std::vector<BatchOutcome> write(const PreparedBatch& batch);

  // Number of packs written so far (one per batch that added anything, more after a redo).
  std::size_t packs_written() const;

 private:
  struct Impl;
  std::unique_ptr<Impl> impl_;
};

}  // namespace revisor::store
