// Finds the store a command works on: --store DIR, else $REVISOR_STORE (both land in
// GlobalOptions::store), else the current directory; and opens it.
#pragma once

#include <filesystem>

#include "cli/commands.h"
#include "revisor/store/article_store.h"

namespace revisor::cli {

// The store directory the options name ("." when none is given).
std::filesystem::path store_dir(const GlobalOptions& global);

// Opens that store. Throws Error(not_found) when it is no revisor store, naming the directory, how
// it was chosen (--store, REVISOR_STORE or the current directory) and how to make or name one.
store::ArticleStore open_store(const GlobalOptions& global);

}  // namespace revisor::cli
