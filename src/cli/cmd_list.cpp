// revisor list: every article in the store with its version count and observation span.
#include <fmt/core.h>

#include <algorithm>

#include "cli/commands.h"
#include "cli/store_locator.h"
#include "revisor/base/terminal_text.h"
#include "revisor/store/article_store.h"

namespace revisor::cli {

void add_list_command(CLI::App& app, GlobalOptions& global) {
  CLI::App* cmd = app.add_subcommand("list", "List the articles in the store");
  cmd->footer("Columns: article id, number of versions, first and last observed (UTC), newest headline.");
  cmd->callback([&global] {
    store::ArticleStore s = open_store(global);
    auto articles = s.list();
    if (articles.empty()) {
      fmt::print(stderr, "the store {} holds no articles yet\n", store_dir(global).string());
      return;
    }
    std::size_t width = 7;
    for (const auto& a : articles) width = std::max(width, a.id.size());
    fmt::print("{:<{}}  {:>8}  {:<20}  {:<20}  {}\n", "ARTICLE", width, "VERSIONS", "FIRST OBSERVED",
               "LAST OBSERVED", "HEADLINE");
    for (const auto& a : articles)
      fmt::print("{:<{}}  {:>8}  {:<20}  {:<20}  {}\n", a.id, width, a.versions, to_iso8601(a.first_observed),
                 to_iso8601(a.last_observed), terminal_cell(a.headline));
  });
}

}  // namespace revisor::cli
