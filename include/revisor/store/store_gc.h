// Store compaction (`revisor gc`): everything the articles and their reflogs reach is written as one
// delta-compressed pack, then only the loose objects and older packs that pack holds are removed.
#pragma once

#include <cstdint>
#include <filesystem>
#include <functional>
#include <string>

namespace revisor::store {

struct GcSummary {
  std::size_t objects_packed = 0;  // objects in the new pack
  std::size_t loose_removed = 0;   // loose objects deleted because the new pack holds them
  std::size_t packs_removed = 0;   // older packs deleted because the new pack holds all of theirs
  std::uint64_t bytes_before = 0;  // of the store's objects/ folder
  std::uint64_t bytes_after = 0;
  std::string pack;                // path of the new pack file; empty when the store holds no article
  std::size_t refs_packed = 0;     // loose ref files moved into packed-refs
};

// Called as the pack is built: `stage` names the step ("counting", "compressing", "writing"), `done`
// of `total` objects. Called from the packing thread only.
using GcObserver = std::function<void(const std::string& stage, std::size_t done, std::size_t total)>;

// Packs the store at `dir` (ArticleStore::open's checks apply). Safe beside concurrent ingests:
// nothing is deleted before the new pack and its index are on disk (fsynced), and an object is
// deleted only when that pack holds it, so objects written after gc started stay. Then the loose
// refs go into packed-refs (one file read instead of one per article); a ref another process
// holds locked or moved meanwhile stays loose, and loose refs win over packed ones. Throws
// Error(not_found) for no store, Error(store) or Error(io) naming the step and file that failed.
GcSummary gc_store(const std::filesystem::path& dir, const GcObserver& observer = {});

}  // namespace revisor::store
