// revisor sources add|remove|list: the feeds and pages `revisor watch` polls, kept in the store
// (refs/revisor/watch) so every watcher of the store, and every clone, polls the same ones.
#include <fmt/core.h>

#include <memory>
#include <string>
#include <vector>

#include "cli/commands.h"
#include "cli/store_locator.h"
#include "revisor/base/timestamp.h"
#include "revisor/watch/page_url.h"
#include "revisor/watch/watcher.h"

namespace revisor::cli {

void add_sources_command(CLI::App& app, GlobalOptions& global) {
  auto urls = std::make_shared<std::vector<std::string>>();
  CLI::App* sources = app.add_subcommand("sources", "Add, remove or list the feeds and pages watch polls");
  sources->require_subcommand(1);
  CLI::App* add = sources->add_subcommand("add", "Add feed or page URLs to the store's sources");
  add->add_option("URL", *urls, "Feed (RSS, Atom, RDF) or article page URLs")->required();
  add->callback([urls, &global] {
    open_store(global);
    const auto added = watch::add_sources(store_dir(global), *urls, Timestamp::now());
    for (const auto& u : added) fmt::print("added {}\n", u);
    if (added.size() < urls->size())
      fmt::print(stderr, "revisor: {} already listed\n", urls->size() - added.size());
  });
  auto removed = std::make_shared<std::string>();
  CLI::App* remove = sources->add_subcommand("remove", "Remove a URL from the store's sources");
  remove->add_option("URL", *removed, "A listed URL")->required();
  remove->callback([removed, &global] {
    open_store(global);
    watch::remove_source(store_dir(global), *removed, Timestamp::now());
    fmt::print("removed {}\n", watch::clean_url(*removed));
  });
  CLI::App* list = sources->add_subcommand("list", "Print the store's sources, one a line");
  list->callback([&global] {
    open_store(global);
    for (const auto& u : watch::list_sources(store_dir(global))) fmt::print("{}\n", u);
  });
  sources->footer("Exit codes: 0 ok, 1 store failure, 2 a URL that is not http(s), or remove of a URL not listed.");
}

}  // namespace revisor::cli
