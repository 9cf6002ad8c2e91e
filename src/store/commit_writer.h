// Writes version commits without an index or work tree: blobs from buffers, a tree builder, and a
// commit with no ref update (the caller moves the ref by compare-and-swap).
#pragma once

#include <cstdint>
#include <string>

#include "revisor/base/timestamp.h"
#include "revisor/store/article_store.h"
#include "revisor/store/store_format.h"
#include "store/git_handles.h"

namespace revisor::store {

struct NewVersion {
  const IngestRequest* request = nullptr;
  std::string text;      // article.txt
  std::string headline;  // one line, never empty
  Timestamp time;
  std::vector<format::Sighting> later_sightings;  // when this version replaces a later sighting of its text
};

// Commits one version on top of `parent` (nullptr for the first version); returns the commit id.
git_oid write_version(git_repository* repo, const NewVersion& v, const git_commit* parent);

// Re-creates `original` (same tree, author, committer and message) on top of `parent` (nullptr: as
// the first version of its chain).
git_oid recreate_commit(git_repository* repo, const git_commit* original, const git_oid* parent);

}  // namespace revisor::store
