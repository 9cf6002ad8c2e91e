// RAII owners for every libgit2 handle the store uses, and git_check(), which turns a libgit2
// return code into revisor::Error carrying libgit2's own message. Private to the store layer.
#pragma once

#include <git2.h>

#include <filesystem>
#include <memory>
#include <string>
#include <string_view>

#include "revisor/base/c_handle.h"

namespace revisor::store {

using RepoPtr = std::unique_ptr<git_repository, CDeleter<git_repository_free>>;
using ConfigPtr = std::unique_ptr<git_config, CDeleter<git_config_free>>;
using OdbPtr = std::unique_ptr<git_odb, CDeleter<git_odb_free>>;
using BlobPtr = std::unique_ptr<git_blob, CDeleter<git_blob_free>>;
using TreePtr = std::unique_ptr<git_tree, CDeleter<git_tree_free>>;
using TreeBuilderPtr = std::unique_ptr<git_treebuilder, CDeleter<git_treebuilder_free>>;
using CommitPtr = std::unique_ptr<git_commit, CDeleter<git_commit_free>>;
using SignaturePtr = std::unique_ptr<git_signature, CDeleter<git_signature_free>>;
using ReferencePtr = std::unique_ptr<git_reference, CDeleter<git_reference_free>>;
using RefIteratorPtr =
    std::unique_ptr<git_reference_iterator, CDeleter<git_reference_iterator_free>>;

// git_buf and git_message_trailer_array are structs owned by value: small scope guards.
struct GitBuf {
  git_buf buf = GIT_BUF_INIT;
  GitBuf() = default;
  GitBuf(const GitBuf&) = delete;
  GitBuf& operator=(const GitBuf&) = delete;
  ~GitBuf() { git_buf_dispose(&buf); }
};

struct TrailerArray {
  git_message_trailer_array arr{};
  TrailerArray() = default;
  TrailerArray(const TrailerArray&) = delete;
  TrailerArray& operator=(const TrailerArray&) = delete;
  ~TrailerArray() { git_message_trailer_array_free(&arr); }
};

// Opens the store at `dir` after ArticleStore::open's checks (so every entry point refuses what it
// refuses, with its messages). Defined in article_store.cpp.
RepoPtr open_store_repository(const std::filesystem::path& dir);

// Initializes libgit2 once per process; every entry point of the store calls it first.
void ensure_libgit2();

// Throws Error(store, "<doing>: <libgit2 message>") when rc < 0; GIT_EMODIFIED, GIT_EEXISTS and
// GIT_ELOCKED (a concurrent writer) become ErrorKind::conflict. GIT_ENOTFOUND stays a store failure
// (a missing object is damage); callers that expect absence test for it before calling.
void git_check(int rc, std::string_view doing);

// libgit2's message for the last failure, "unknown libgit2 error <rc>" when it keeps none.
std::string git_message(int rc);

// 40 hex digits.
std::string oid_hex(const git_oid& oid);

}  // namespace revisor::store
