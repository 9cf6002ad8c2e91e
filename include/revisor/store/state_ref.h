// StateRef: one small named document kept in the store beside the articles (the watcher's sources and
// schedule), as a commit under refs/revisor/<name> whose tree holds state.json, so a clone carries it.
#pragma once

#include <filesystem>
#include <optional>
#include <string>
#include <string_view>

#include "revisor/base/timestamp.h"

namespace revisor::store {

// "refs/revisor/" + name; names are lowercase letters and '-'.
std::string state_ref_name(std::string_view name);

// The document last written under `name` in the store at `dir`, or nullopt when none was. Throws
// Error(not_found) when `dir` is no revisor store, Error(store) when the ref or its tree is damaged.
std::optional<std::string> read_state(const std::filesystem::path& dir, std::string_view name);

// Writes `document` as a new commit on top of the previous one (its history is the state's history)
// and moves the ref by compare-and-swap; a concurrent writer makes it throw Error(conflict).
void write_state(const std::filesystem::path& dir, std::string_view name, std::string_view document,
                 Timestamp when);

}  // namespace revisor::store
