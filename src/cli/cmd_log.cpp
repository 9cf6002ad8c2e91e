// revisor log ID: the versions of one article, oldest first.
#include <fmt/core.h>

#include <memory>

#include "cli/commands.h"
#include "cli/store_locator.h"
#include "revisor/base/terminal_text.h"
#include "revisor/store/article_store.h"

namespace revisor::cli {

void add_log_command(CLI::App& app, GlobalOptions& global) {
  auto id = std::make_shared<std::string>();
  CLI::App* cmd = app.add_subcommand("log", "List the versions of one article, oldest first");
  cmd->add_option("ID", *id, "Article id")->required();
  cmd->footer(
      "Columns: version number, observed at (UTC), size of the stored text in bytes, commit id,\n"
      "headline. `revisor show ID@N` prints version N; `git --git-dir STORE show COMMIT` shows the\n"
      "whole commit.");
  cmd->callback([id, &global] {
    ArticleId article(*id);
    store::ArticleStore s = open_store(global);
    auto versions = s.log(article);
    fmt::print("{:>3}  {:<20}  {:>7}  {:<40}  {}\n", "N", "OBSERVED", "BYTES", "COMMIT", "HEADLINE");
    for (const auto& v : versions)
      fmt::print("{:>3}  {:<20}  {:>7}  {:<40}  {}\n", v.number, to_iso8601(v.observed_at), v.bytes, v.commit,
                 terminal_cell(v.headline));
  });
}

}  // namespace revisor::cli
