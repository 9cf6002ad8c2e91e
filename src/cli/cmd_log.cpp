// revisor log ID: the versions of one article, oldest first.
#include <fmt/core.h>

#include <memory>

#include "cli/commands.h"
#include "cli/store_locator.h"
#include "revisor/base/terminal_text.h"
#include "revisor/report/report_model.h"
#include "revisor/store/article_store.h"

namespace revisor::cli {

void add_log_command(CLI::App& app, GlobalOptions& global) {
  auto id = std::make_shared<std::string>();
  CLI::App* cmd = app.add_subcommand("log", "List the versions of one article, oldest first");
  cmd->add_option("ID", *id, "Article id")->required();
  cmd->footer(
      "Columns: version number, observed at (UTC), size of the stored text in bytes, commit id,\n"
      "headline. `revisor show ID@N` prints version N; `git --git-dir STORE show COMMIT` shows the\n"
      "whole commit. Lines marked - are page events a watcher recorded: the page gone (404, 410, or\n"
      "a redirect to another article) or back.");
  cmd->callback([id, &global] {
    ArticleId article(*id);
    store::ArticleStore s = open_store(global);
    auto versions = s.log(article);
    const auto events = s.events(article);
    fmt::print("{:>3}  {:<20}  {:>7}  {:<40}  {}\n", "N", "OBSERVED", "BYTES", "COMMIT", "HEADLINE");
    // Page events sit between the versions in time, in the headline column.
    auto event = events.begin();
    auto print_events_before = [&](const Timestamp* until) {
      for (; event != events.end() && (!until || event->at < *until); ++event)
        fmt::print("{:>3}  {:<20}  {:>7}  {:<40}  {}\n", "-", to_iso8601(event->at), "", "",
                   terminal_cell(report::page_event_words(*event)));
    };
    for (const auto& v : versions) {
      print_events_before(&v.observed_at);
      fmt::print("{:>3}  {:<20}  {:>7}  {:<40}  {}\n", v.number, to_iso8601(v.observed_at), v.bytes, v.commit,
                 terminal_cell(v.headline));
    }
    print_events_before(nullptr);
  });
}

}  // namespace revisor::cli
