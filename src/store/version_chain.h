// VersionChain: the commits of one article's ref, oldest first, read by following first parents
// from the ref's tip. Each entry keeps its commit handle and the id of its article.txt blob.
#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <vector>

#include "revisor/base/timestamp.h"
#include "store/git_handles.h"

namespace revisor::store {

struct ChainEntry {
  CommitPtr commit;
  git_oid id{};         // the commit's id
  git_oid text_blob{};  // article.txt
  Timestamp time;       // commit time = observed_at
};

struct VersionChain {
  std::optional<git_oid> tip;  // empty when the article has no ref yet
  std::vector<ChainEntry> entries;  // oldest first
};

// Reads the chain of `ref_name`; an absent ref gives an empty chain. Throws Error(store) when a
// commit lacks article.txt or an object cannot be read.
VersionChain read_chain(git_repository* repo, const std::string& ref_name);

}  // namespace revisor::store
