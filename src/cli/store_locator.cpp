#include "cli/store_locator.h"

#include <system_error>

#include <fmt/core.h>

#include "revisor/base/error.h"

namespace revisor::cli {
namespace {

std::string how_chosen(const GlobalOptions& global, const std::filesystem::path& dir) {
  switch (global.store_from) {
    case StoreSource::option:
      return fmt::format(
          "--store named {}; to use another store, name it with --store DIR or REVISOR_STORE=DIR",
          dir.string());
    case StoreSource::environment:
      return fmt::format(
          "REVISOR_STORE named {}; to use another store, name it with --store DIR or REVISOR_STORE=DIR",
          dir.string());
    case StoreSource::current_directory:
      break;
  }
  return "neither --store nor REVISOR_STORE named a store, so the current directory was looked at; name one "
         "with --store DIR or REVISOR_STORE=DIR";
}

}  // namespace

std::filesystem::path store_dir(const GlobalOptions& global) {
  return global.store.empty() ? std::filesystem::path(".") : std::filesystem::path(global.store);
}

store::ArticleStore open_store(const GlobalOptions& global) {
  auto dir = store_dir(global);
  // "." would leave a user wondering which directory was meant.
  std::error_code ec;
  if (global.store.empty()) dir = std::filesystem::current_path(ec);
  if (ec) dir = store_dir(global);
  try {
    return store::ArticleStore::open(dir);
  } catch (const Error& e) {
    if (e.kind() != ErrorKind::not_found) throw;
    // The store names the directory and how to make a store; only the command line knows how that
    // directory was chosen and how to choose another.
    throw Error(ErrorKind::not_found, fmt::format("{}\n  ({})", e.what(), how_chosen(global, dir)));
  }
}

}  // namespace revisor::cli
