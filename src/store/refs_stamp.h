// A stamp of the article refs' storage: what a reader can learn of whether any article ref changed
// without opening one ref file. The list cache records it, so that a list reads no ref while it holds.
#pragma once

#include <filesystem>
#include <optional>
#include <string>

namespace revisor::store {

// The SHA-256 of the inode and modification time of every directory under `git_dir`/refs/articles
// and of `git_dir`/packed-refs. git and libgit2 write, replace and remove a loose ref by creating,
// renaming or unlinking a file in its directory, which sets that directory's time, and rewrite
// packed-refs whole under a new inode; so the stamp changes whenever an article ref does, short of
// a ref file edited in place by hand.
//
// Nothing when one of those times is within two seconds of the clock (a change in the same tick of
// the file system's clock could leave the time as it was, as with git's "racy" index entries), or
// when the directories cannot be read or hold anything but files and directories: the caller then
// reads the refs themselves.
std::optional<std::string> refs_stamp(const std::filesystem::path& git_dir);

}  // namespace revisor::store
