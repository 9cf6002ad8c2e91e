// revisor init DIR: makes an empty store.
#include <fmt/core.h>

#include <memory>

#include "cli/commands.h"
#include "revisor/store/article_store.h"

namespace revisor::cli {

void add_init_command(CLI::App& app, GlobalOptions& /*global*/) {
  auto dir = std::make_shared<std::string>();
  CLI::App* cmd = app.add_subcommand("init", "Make an empty store (a bare git repository) in DIR");
  cmd->add_option("DIR", *dir, "Directory for the new store; must not exist or be empty")
      ->required();
  cmd->footer(
      "Then point revisor at it with --store DIR or REVISOR_STORE=DIR. The store is plain git:\n"
      "  git --git-dir DIR log refs/articles/ID   lists an article's versions.");
  cmd->callback([dir] {
    store::ArticleStore::init(*dir);
    fmt::print("made an empty revisor store at {}\n", *dir);
  });
}

}  // namespace revisor::cli
