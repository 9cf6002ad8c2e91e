// Where a new version goes in an article's chain and the commits that put it there: shared by
// ArticleStore::ingest (one version, ref moved at once) and BatchWriter (many, refs moved together).
#pragma once

#include <optional>
#include <string>
#include <vector>

#include "revisor/base/article_id.h"
#include "revisor/base/timestamp.h"
#include "revisor/store/article_store.h"
#include "revisor/store/store_format.h"
#include "store/commit_writer.h"
#include "store/git_handles.h"
#include "store/version_chain.h"

namespace revisor::store {

// What placing a version needs of each commit of a chain (oldest first).
struct ChainLink {
  git_oid id{};
  git_oid text_blob{};
  Timestamp time;
};

std::vector<ChainLink> links_of(const VersionChain& chain);

// A request's version as it will be committed: its text, one-line headline and time, and the ids
// of its text and source. Depends on the request alone, so a batch makes these on every core.
// Throws Error(store) when libgit2 cannot hash.
NewVersion new_version(const IngestRequest& request);

struct Placement {
  IngestResult result;
  git_oid tip{};                 // the chain's new tip (the old one when unchanged)
  std::vector<ChainLink> chain;  // the chain after the placement
  std::string log_message;       // for the reflog
};

// Places `v` in `chain` as ArticleStore::ingest documents (after every version observed at or
// before its time; unchanged when equal to the version before; seen_earlier when equal to the one
// after; later versions re-created on top) and writes the commits into `repo`'s object database. The
// ref is not moved. With `batch` (the repository's in-memory object database during a bulk ingest),
// the new version's text and source go into it unhashed (write_version). Throws Error(store) when an
// object cannot be read or written.
Placement place_version(git_repository* repo, const std::vector<ChainLink>& chain, const NewVersion& v,
                        const ArticleId& article, BatchObjects* batch = nullptr);

// meta.json of the version committed as `commit`.
format::VersionRecord read_record(git_repository* repo, const git_oid& commit, const ArticleId& article);

// A store logs an article ref's moves only from the first move that replaces its chain on (an older
// version inserted, a sighting moved, a pull's merge): that log is what keeps the old chain reachable,
// for gc and for git. A log for every article cost a file per article (1.1 GB of a million-version
// store) and a quarter of a bulk ingest's CPU time in creating them.
//
// Whether moving a ref from `old_tip` to the tip of `chain` drops the old tip from the ref's history.
bool replaces_chain(const std::optional<git_oid>& old_tip, const std::vector<ChainLink>& chain);

// Starts the log of `ref` (empty) unless it has one, so that its next move is logged: the store's
// core.logAllRefUpdates is true, with which libgit2 and git log the moves of a ref that has a log.
// Throws Error(store).
void start_ref_log(git_repository* repo, const std::string& ref);

// git cannot hold both refs/articles/a and refs/articles/a/b: throws Error(bad_input) with a message
// about ids (rather than libgit2's about lock files) when `id` is the folder of a stored article or
// a stored article is the folder of `id`.
void check_no_nesting(git_repository* repo, const ArticleId& id);
// The stored article whose id is a folder of `id` ("a" for "a/b"), if any.
std::optional<std::string> stored_folder_of(git_repository* repo, const std::string& id);
// The message of that refusal: `id` beside the stored article `stored`, one the folder of the other.
std::string nesting_refusal(const std::string& id, const std::string& stored);

}  // namespace revisor::store
