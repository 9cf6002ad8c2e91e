// Writing a batch's objects into the store as one pack: every object whole (no delta search),
// compressed for speed; `revisor gc` later repacks with deltas. Private to the store layer.
#pragma once

#include <cstddef>
#include <filesystem>
#include <string>
#include <vector>

#include "store/batch_objects.h"

namespace revisor::store {

// Writes `objects` as a pack (format version 2) and its index (version 2) into `pack_dir`: each
// under a temporary name, synced, then renamed, the pack before its index, and the folder synced,
// all before this returns. The index is built from what was written (ids, offsets, CRC-32s), not
// by reading the pack back as libgit2's indexer does, which cost a third of a bulk ingest.
// Compresses on up to `threads` threads. Returns the pack's name ("pack-<sha1>"), or "" when
// `objects` is empty and nothing was written. Throws Error(store), or Error(io) when the folder
// cannot be synced, naming the file or folder that could not be written.
std::string write_pack(const std::vector<BatchObject>& objects, const std::filesystem::path& pack_dir,
                       std::size_t threads);

}  // namespace revisor::store
