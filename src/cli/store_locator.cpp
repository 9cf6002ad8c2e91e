#include "cli/store_locator.h"

namespace revisor::cli {

std::filesystem::path store_dir(const GlobalOptions& global) {
  return global.store.empty() ? std::filesystem::path(".") : std::filesystem::path(global.store);
}

store::ArticleStore open_store(const GlobalOptions& global) {
  return store::ArticleStore::open(store_dir(global));
}

}  // namespace revisor::cli
