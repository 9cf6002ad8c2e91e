#include "revisor/store/state_ref.h"

#include <fmt/core.h>

#include <vector>

#include "revisor/base/error.h"
#include "revisor/store/article_store.h"
#include "store/git_handles.h"
#include "store/state_commit.h"

namespace revisor::store {
namespace {

constexpr const char* kStateEntry = "state.json";


void check_name(std::string_view name) {
  bool ok = !name.empty();
  for (char c : name) ok = ok && ((c >= 'a' && c <= 'z') || c == '-');
  if (!ok) throw Error(ErrorKind::internal, fmt::format("bad state name \"{}\"", name));
}

// The commit the ref points at, or null when there is no such ref.
CommitPtr current_commit(git_repository* repo, const std::string& ref) {
  git_oid id;
  const int rc = git_reference_name_to_id(&id, repo, ref.c_str());
  if (rc == GIT_ENOTFOUND) return nullptr;
  git_check(rc, fmt::format("reading {}", ref));
  git_commit* raw = nullptr;
  const int lookup = git_commit_lookup(&raw, repo, &id);
  CommitPtr commit(raw);
  git_check(lookup, fmt::format("reading the commit of {}", ref));
  return commit;
}

}  // namespace

std::string state_ref_name(std::string_view name) {
  check_name(name);
  return fmt::format("refs/revisor/{}", name);
}

std::string state_document(git_repository* repo, const git_commit* commit, const std::string& ref) {
  git_tree* raw_tree = nullptr;
  int rc = git_commit_tree(&raw_tree, commit);
  TreePtr tree(raw_tree);
  git_check(rc, fmt::format("reading the tree of {}", ref));
  const git_tree_entry* entry = git_tree_entry_byname(tree.get(), kStateEntry);
  if (!entry) throw Error(ErrorKind::store, fmt::format("{} holds no {}", ref, kStateEntry));
  git_blob* raw_blob = nullptr;
  rc = git_blob_lookup(&raw_blob, repo, git_tree_entry_id(entry));
  BlobPtr blob(raw_blob);
  git_check(rc, fmt::format("reading {} of {}", kStateEntry, ref));
  return std::string(static_cast<const char*>(git_blob_rawcontent(blob.get())),
                     static_cast<std::size_t>(git_blob_rawsize(blob.get())));
}

git_oid write_state_commit(git_repository* repo, std::string_view name, std::string_view document, Timestamp when,
                           const std::vector<const git_commit*>& parents) {
  const std::string ref = state_ref_name(name);
  git_oid blob_id;
  git_check(git_blob_create_from_buffer(&blob_id, repo, document.data(), document.size()),
            fmt::format("writing {} of {}", kStateEntry, ref));
  git_treebuilder* raw_builder = nullptr;
  int rc = git_treebuilder_new(&raw_builder, repo, nullptr);
  TreeBuilderPtr builder(raw_builder);
  git_check(rc, "starting a tree");
  git_check(git_treebuilder_insert(nullptr, builder.get(), kStateEntry, &blob_id, GIT_FILEMODE_BLOB),
            fmt::format("adding {} to the tree", kStateEntry));
  git_oid tree_id;
  git_check(git_treebuilder_write(&tree_id, builder.get()), "writing the tree");
  const std::string message = fmt::format("{} state at {}\n", name, to_iso8601(when));
  return write_tree_commit(repo, tree_id, when, message, parents, ref);
}

git_oid write_tree_commit(git_repository* repo, const git_oid& tree_id, Timestamp when, const std::string& message,
                          const std::vector<const git_commit*>& parents, const std::string& ref) {
  git_tree* raw_tree = nullptr;
  int rc = git_tree_lookup(&raw_tree, repo, &tree_id);
  TreePtr tree(raw_tree);
  git_check(rc, "reading back the tree");
  git_signature* raw_sig = nullptr;
  rc = git_signature_new(&raw_sig, "revisor", "revisor@localhost", when.seconds(), 0);
  SignaturePtr sig(raw_sig);
  git_check(rc, "making the commit signature");
  git_oid commit_id;
  std::vector<const git_commit*> list = parents;
  git_check(git_commit_create(&commit_id, repo, nullptr, sig.get(), sig.get(), "UTF-8", message.c_str(), tree.get(),
                              list.size(), list.data()),
            fmt::format("writing the commit of {}", ref));
  return commit_id;
}

std::optional<std::string> read_state(const std::filesystem::path& dir, std::string_view name) {
  ensure_libgit2();
  const std::string ref = state_ref_name(name);
  RepoPtr repo = open_store_repository(dir);
  CommitPtr commit = current_commit(repo.get(), ref);
  if (!commit) return std::nullopt;
  return state_document(repo.get(), commit.get(), ref);
}

void write_state(const std::filesystem::path& dir, std::string_view name, std::string_view document,
                 Timestamp when) {
  ensure_libgit2();
  const std::string ref = state_ref_name(name);
  RepoPtr repo = open_store_repository(dir);
  CommitPtr parent = current_commit(repo.get(), ref);
  std::vector<const git_commit*> parents;
  if (parent) parents.push_back(parent.get());
  const git_oid commit_id = write_state_commit(repo.get(), name, document, when, parents);
  const std::string message = fmt::format("{} state at {}", name, to_iso8601(when));
  git_reference* raw_ref = nullptr;
  int rc = 0;
  if (parent) {
    rc = git_reference_create_matching(&raw_ref, repo.get(), ref.c_str(), &commit_id, 1,
                                       git_commit_id(parent.get()), message.c_str());
  } else {
    rc = git_reference_create(&raw_ref, repo.get(), ref.c_str(), &commit_id, 0, message.c_str());
  }
  ReferencePtr moved(raw_ref);
  git_check(rc, fmt::format("moving {}", ref));
}

}  // namespace revisor::store
