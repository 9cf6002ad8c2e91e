#include "store/version_chain.h"

#include <fmt/core.h>

#include <algorithm>

#include "revisor/base/error.h"
#include "revisor/store/store_format.h"

namespace revisor::store {


VersionChain read_chain(git_repository* repo, const std::string& ref_name) {
  VersionChain chain;
  git_oid tip;
  int rc = git_reference_name_to_id(&tip, repo, ref_name.c_str());
  if (rc == GIT_ENOTFOUND) return chain;
  git_check(rc, fmt::format("reading {}", ref_name));
  chain.tip = tip;

  git_oid next = tip;
  while (true) {
    git_commit* raw = nullptr;
    rc = git_commit_lookup(&raw, repo, &next);
    CommitPtr commit(raw);
    git_check(rc, fmt::format("reading commit {} of {}", oid_hex(next), ref_name));
    git_tree* raw_tree = nullptr;
    rc = git_commit_tree(&raw_tree, commit.get());
    TreePtr tree(raw_tree);
    git_check(rc, fmt::format("reading the tree of commit {}", oid_hex(next)));
    const git_tree_entry* text = git_tree_entry_byname(tree.get(), std::string(format::kTextEntry).c_str());
    if (!text)
      throw Error(ErrorKind::store, fmt::format("commit {} of {} has no article.txt: not a revisor "
                                                "version",
                                                oid_hex(next), ref_name));
    ChainEntry e;
    e.id = next;
    e.text_blob = *git_tree_entry_id(text);
    e.time = Timestamp::from_seconds(git_commit_time(commit.get()));
    bool root = git_commit_parentcount(commit.get()) == 0;
    if (!root) next = *git_commit_parent_id(commit.get(), 0);
    e.commit = std::move(commit);
    chain.entries.push_back(std::move(e));
    if (root) break;
  }
  std::reverse(chain.entries.begin(), chain.entries.end());
  return chain;
}

}  // namespace revisor::store
