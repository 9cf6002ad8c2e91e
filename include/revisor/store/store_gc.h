// Store compaction (`revisor gc`): everything the articles and their reflogs reach is written as
// delta-compressed packs, then only the loose objects and older packs those packs hold are removed.
#pragma once

#include <cstdint>
#include <filesystem>
#include <functional>
#include <string>
#include <vector>

namespace revisor::store {

struct GcSummary {
  std::size_t objects_packed = 0;  // objects in the new packs
  std::size_t loose_removed = 0;   // loose objects deleted because a new pack holds them
  std::size_t packs_removed = 0;   // older packs deleted because the new packs hold all of theirs
  std::uint64_t bytes_before = 0;  // of the store's objects/ folder
  std::uint64_t bytes_after = 0;
  std::vector<std::string> packs;  // paths of the new pack files; none when the store holds no article
  std::size_t refs_packed = 0;     // loose ref files moved into packed-refs
  bool refs_busy = false;          // other writers held refs locked throughout: some stayed loose
};

struct GcOptions {
  // Articles go into one pack until it holds this many versions; a pack's delta search holds all of
  // its objects in memory, so this bounds gc's memory on a store of any size.
  std::size_t versions_per_pack = 100'000;
};

// Called as each pack is built: `stage` names the pack and the step ("pack 2: counting",
// "pack 2: compressing", "pack 2: writing"), `done` of `total` objects. Called from the packing
// thread only.
using GcObserver = std::function<void(const std::string& stage, std::size_t done, std::size_t total)>;

// Packs the store at `dir` (ArticleStore::open's checks apply), each version a delta candidate of
// the other versions of its article. Safe beside concurrent ingests: nothing is deleted before the new packs
// and their indexes are on disk (fsynced), and an object is deleted only when a new pack holds it, so objects
// written after gc started stay. Then the loose refs go into packed-refs (one file read instead of one per
// article); a ref another process moved meanwhile stays loose, and loose refs win over packed ones. While
// other writers hold refs locked gc tries again for about a second, then leaves the rest loose (refs_busy).
// Throws Error(store) naming a lock left by a killed process and the rm that removes it (the packs are
// written by then), Error(not_found) for no store, Error(store) or Error(io) naming the step and
// file that failed.
GcSummary gc_store(const std::filesystem::path& dir, const GcOptions& options = {}, const GcObserver& observer = {});

}  // namespace revisor::store
