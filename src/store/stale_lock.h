// A ref's lock file left behind by a process killed while writing: how long a live writer may hold
// one, and the error that names a stale one and the command that removes it.
#pragma once

#include <chrono>
#include <filesystem>
#include <string>

namespace revisor::store {

// A writer holds a ref's lock for the moment of one rename; one older than this was left behind.
inline constexpr std::chrono::seconds kStaleLockAge{60};

// Throws Error(store) naming the lock of `ref` in `store_dir` and the `rm` that removes it when the
// lock exists and is at least `stale_after` old; returns otherwise. Deleting it here could race a
// live writer on a slow disk, so revisor never does: it names the lock and the command instead.
void explain_stale_lock(const std::filesystem::path& store_dir, const std::string& ref,
                        std::chrono::seconds stale_after = kStaleLockAge);

}  // namespace revisor::store
