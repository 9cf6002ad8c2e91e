#include "store/commit_writer.h"

#include <fmt/core.h>
#include <git2/sys/commit.h>

#include "revisor/store/store_format.h"


namespace revisor::store {
namespace {

git_oid write_blob(git_repository* repo, std::string_view bytes, std::string_view name) {
  git_oid id;
  git_check(git_blob_create_from_buffer(&id, repo, bytes.data(), bytes.size()),
            fmt::format("writing {}", name));
  return id;
}

}  // namespace

git_oid write_version(git_repository* repo, const NewVersion& v, const git_oid* parent, BatchObjects* batch) {
  const IngestRequest& r = *v.request;
  const std::string text_entry(format::kTextEntry);
  const std::string meta_entry(format::kMetaEntry);
  const std::string source_name = format::source_entry(r.source_ext);
  git_oid text_id = v.text_id;
  git_oid source_id = v.source_id;
  if (batch) {
    batch->add(text_id, v.text.data(), v.text.size(), GIT_OBJECT_BLOB);
    batch->add(source_id, r.source_bytes.data(), r.source_bytes.size(), GIT_OBJECT_BLOB);
  } else {
    text_id = write_blob(repo, v.text, text_entry);
    source_id = write_blob(repo, r.source_bytes, source_name);
  }
  git_oid meta_id =
      write_blob(repo, format::write_meta_json(r, v.headline, v.later_sightings, v.source_sha256), meta_entry);

  git_treebuilder* raw_builder = nullptr;
  int rc = git_treebuilder_new(&raw_builder, repo, nullptr);
  TreeBuilderPtr builder(raw_builder);
  git_check(rc, "starting a tree");
  for (const auto& [name, id] : {std::pair{&text_entry, &text_id}, std::pair{&meta_entry, &meta_id},
                                 std::pair{&source_name, &source_id}}) {
    git_check(git_treebuilder_insert(nullptr, builder.get(), name->c_str(), id, GIT_FILEMODE_BLOB),
              "adding " + *name + " to the tree");
  }
  git_oid tree_id;
  git_check(git_treebuilder_write(&tree_id, builder.get()), "writing the tree");

  git_signature* raw_sig = nullptr;
  rc = git_signature_new(&raw_sig, "revisor", "revisor@localhost", v.time.seconds(), 0);
  SignaturePtr sig(raw_sig);
  git_check(rc, "making the commit signature");

  const std::string message = format::commit_message(v.headline, r.article, r.url, v.time);
  // By ids: neither the tree just written nor the parent is read back and parsed (libgit2 still
  // checks that both exist).
  const git_oid* parents[] = {parent};
  git_oid commit_id;
  git_check(git_commit_create_from_ids(&commit_id, repo, nullptr, sig.get(), sig.get(), "UTF-8", message.c_str(),
                                       &tree_id, parent ? 1 : 0, parents),
            fmt::format("writing the commit for {}", r.article.str()));
  return commit_id;
}

git_oid recreate_commit(git_repository* repo, const git_commit* original, const git_oid* parent) {
  git_tree* raw_tree = nullptr;
  int rc = git_commit_tree(&raw_tree, original);
  TreePtr tree(raw_tree);
  git_check(rc, fmt::format("reading the tree of version commit {}", oid_hex(*git_commit_id(original))));
  CommitPtr parent_commit;
  if (parent) {
    git_commit* raw_parent = nullptr;
    rc = git_commit_lookup(&raw_parent, repo, parent);
    parent_commit.reset(raw_parent);
    git_check(rc, fmt::format("reading the version before, commit {}", oid_hex(*parent)));
  }
  const git_commit* parents[] = {parent_commit.get()};
  git_oid id;
  git_check(git_commit_create(&id, repo, nullptr, git_commit_author(original),
                              git_commit_committer(original), git_commit_message_encoding(original),
                              git_commit_message(original), tree.get(), parent ? 1 : 0, parents),
            fmt::format("re-creating version commit {}", oid_hex(*git_commit_id(original))));
  return id;
}

}  // namespace revisor::store
