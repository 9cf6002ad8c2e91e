// Writing a batch's objects into the store as one pack: every object whole (no delta search),
// compressed for speed; `revisor gc` later repacks with deltas. Private to the store layer.
#pragma once

#include <git2.h>

#include <cstddef>
#include <filesystem>
#include <string>
#include <vector>

#include "store/batch_objects.h"

namespace revisor::store {

// Writes `objects` as a pack (format version 2) into `pack_dir` through libgit2's indexer, which
// checks it and writes its index against `odb`; the pack, its index and the folder are flushed to
// disk before this returns. Compresses on up to `threads` threads. Returns the pack's name
// ("pack-<sha1>"), or "" when `objects` is empty and nothing was written. Throws Error(store)
// naming the folder when the pack cannot be written.
std::string write_pack(const std::vector<BatchObject>& objects, const std::filesystem::path& pack_dir,
                       git_odb* odb, std::size_t threads);

}  // namespace revisor::store
