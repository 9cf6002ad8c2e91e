// The commits of a state ref (refs/revisor/<name>), for the store's own use: reading the document a
// commit holds, and writing one with any parents (a pull merges two states into a commit with two).
#pragma once

#include <string>
#include <string_view>
#include <vector>

#include "revisor/base/timestamp.h"
#include "store/git_handles.h"

namespace revisor::store {

// The state.json of `commit`, read from the ref `ref` (named in messages). Throws Error(store).
std::string state_document(git_repository* repo, const git_commit* commit, const std::string& ref);

// Commits the tree `tree_id` as revisor, dated `when`, on top of `parents`, for the ref `ref` (named
// in messages); returns the commit's id. No ref is moved. Throws Error(store).
git_oid write_tree_commit(git_repository* repo, const git_oid& tree_id, Timestamp when, const std::string& message,
                          const std::vector<const git_commit*>& parents, const std::string& ref);

// Writes `document` as a commit of the state `name` on top of `parents` (none for the first) and
// returns its id; no ref is moved. Throws Error(store).
git_oid write_state_commit(git_repository* repo, std::string_view name, std::string_view document, Timestamp when,
                           const std::vector<const git_commit*>& parents);

}  // namespace revisor::store
