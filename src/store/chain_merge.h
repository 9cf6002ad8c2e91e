// Merging two chains of one article, as a pull does when this store and a remote both added versions
// of it: every version of either side appears once, in observed time, as ingest would place it.
#pragma once

#include <cstddef>
#include <vector>

#include "store/chain_edit.h"

namespace revisor::store {

// One version of the merged chain: the commit that holds it and whether only the remote had it.
struct MergedLink {
  ChainLink link;
  bool from_remote = false;
};

// The merged order, without writing anything. A version is its (observed time, text): one both sides
// hold appears once (the local commit is kept); the two sides interleave by time, equal times by text
// id (so that both stores of a pair order them alike); and a version whose text equals the one kept
// just before it is the same text seen again, so it is dropped, as an unchanged ingest is.
std::vector<MergedLink> merged_order(const std::vector<ChainLink>& local, const std::vector<ChainLink>& remote);

// Whether `remote` holds no version `local` lacks, so that `local` may replace it.
bool adds_nothing(const std::vector<ChainLink>& local, const std::vector<ChainLink>& remote);

struct ChainMerge {
  // keep_local: the remote has nothing the local chain lacks. take_remote: the merged chain is the
  // remote one (the local ref may move there). rebuilt: new commits were written for the merge.
  enum class Kind { keep_local, take_remote, rebuilt };
  Kind kind = Kind::keep_local;
  git_oid tip{};             // the merged chain's tip
  std::size_t versions = 0;  // in the merged chain
  std::size_t added = 0;     // versions the local chain lacked
};

// Merges, writing the commits a rebuilt chain needs into `repo` (the longest run of commits either
// chain shares with the merged order is kept; what follows is re-created on top of it, trees, times
// and messages unchanged, so both stores of a pair write the same commits). No ref is moved. `local`
// and `remote` must not be empty. Throws Error(store) when an object cannot be read or written.
ChainMerge merge_chains(git_repository* repo, const std::vector<ChainLink>& local,
                        const std::vector<ChainLink>& remote);

}  // namespace revisor::store
