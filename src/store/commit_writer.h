// Writes version commits without an index or work tree: blobs from buffers, a tree builder, and a
// commit with no ref update (the caller moves the ref by compare-and-swap).
#pragma once

#include <cstdint>
#include <string>

#include "revisor/base/timestamp.h"
#include "revisor/store/article_store.h"
#include "revisor/store/store_format.h"
#include "store/batch_objects.h"
#include "store/git_handles.h"

namespace revisor::store {

struct NewVersion {
  const IngestRequest* request = nullptr;
  std::string text;      // article.txt
  std::string headline;  // one line, never empty
  Timestamp time;
  std::vector<format::Sighting> later_sightings;  // when this version replaces a later sighting of its text
  // Computed with the text (new_version), so that a batch hashes on every core rather than in its
  // one writing thread: the git ids of article.txt and of the source, and the source's SHA-256.
  git_oid text_id{};
  git_oid source_id{};
  std::string source_sha256;
};

// Commits one version on top of `parent` (nullptr for the first version); returns the commit id.
// With `batch`, the text and source blobs go straight into it under the ids `v` carries, instead of
// being hashed again on their way through the object database.
git_oid write_version(git_repository* repo, const NewVersion& v, const git_oid* parent,
                      BatchObjects* batch = nullptr);

// Re-creates `original` (same tree, author, committer and message) on top of `parent` (nullptr: as
// the first version of its chain).
git_oid recreate_commit(git_repository* repo, const git_commit* original, const git_oid* parent);

}  // namespace revisor::store
