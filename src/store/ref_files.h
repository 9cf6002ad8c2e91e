// The article refs read from their files all at once: the commit each points at, for work that
// needs every article's tip (the first list after a bulk ingest of 280,000 articles).
#pragma once

#include <filesystem>
#include <functional>
#include <optional>
#include <string>
#include <vector>

namespace revisor::store {

struct RefTip {
  std::string name;  // "refs/articles/<id>"
  std::string tip;   // the commit it points at, 40 lowercase hex digits

  bool operator==(const RefTip&) const = default;
};

// Calls visit(path, is_dir) for every file and directory below `dir` (each path is `dir`, "/" and
// the names below it), a directory before what it holds, from the entry types readdir gives, so that
// no ref file is stat'ed. False when a directory cannot be read, an entry is neither a file nor a
// directory (git writes no links there), or `visit` returns false.
bool walk_ref_tree(const std::string& dir,
                   const std::function<bool(const std::string& path, bool is_dir)>& visit);

// Every ref under `git_dir`/refs/articles with the commit it points at, sorted by name: the loose
// ref files, read on every core, then packed-refs for the refs that have no loose file (a loose ref
// wins, as in git). Files named "*.lock" are a writer's, not refs, and are skipped.
//
// libgit2 makes five system calls per loose ref (two stats, open, read, close) where three do; on
// this project's VM a system call costs about 4 µs, and with the access times each first read wrote
// back (see read_loose) reading the refs was most of the 8 s of the first list of 280,000 articles. Nothing when a file is not as git and libgit2 write refs (a symbolic ref, a file
// that holds no object id) or a directory or packed-refs cannot be read: the caller then asks
// libgit2, which knows every case.
std::optional<std::vector<RefTip>> read_article_tips(const std::filesystem::path& git_dir);

}  // namespace revisor::store
