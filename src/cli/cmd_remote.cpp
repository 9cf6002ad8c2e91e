// revisor remote add|remove|list, push and pull: share a store through any git server, merging the
// versions both sides added (store/remote_sync.h does the work).
#include <fmt/core.h>

#include <memory>
#include <string>
#include <vector>

#include "cli/commands.h"
#include "cli/counted.h"
#include "cli/staged_progress.h"
#include "cli/store_locator.h"
#include "revisor/base/error.h"
#include "revisor/store/remote_sync.h"
#include "revisor/watch/watch_state.h"

namespace revisor::cli {
namespace {

// The remote a push or pull without a name means: the only one, else "origin".
std::string chosen_remote(const GlobalOptions& global, const std::string& given) {
  if (!given.empty()) return given;
  const auto remotes = store::list_remotes(store_dir(global));
  if (remotes.size() == 1) return remotes.front().name;
  for (const auto& r : remotes)
    if (r.name == "origin") return r.name;
  if (remotes.empty())
    throw Error(ErrorKind::usage, "the store has no remote; add one with: revisor remote add NAME URL");
  std::string names;
  for (const auto& r : remotes) names += (names.empty() ? "" : ", ") + r.name;
  throw Error(ErrorKind::usage, fmt::format("the store has several remotes ({}); name one", names));
}

std::string merge_state(std::string_view name, const std::string& local, const std::string& remote) {
  if (name != "watch") return local;  // a state this revisor does not know how to merge stays as it is
  return watch::state_document(
      watch::merge_states(watch::parse_state(local, "this store"), watch::parse_state(remote, "the remote")));
}

}  // namespace

void add_remote_command(CLI::App& app, GlobalOptions& global) {
  CLI::App* remote = app.add_subcommand("remote", "Add, remove or list the git remotes push and pull use");
  remote->require_subcommand(1);
  auto name = std::make_shared<std::string>();
  auto url = std::make_shared<std::string>();
  CLI::App* add = remote->add_subcommand("add", "Name a git repository to share the store through");
  add->add_option("NAME", *name, "A short name (origin, team, ...)")->required();
  add->add_option("URL", *url,
                  "Any git URL: a path (a relative one is recorded in full) or file:// to a bare repository, "
                  "git://, ssh://, https://")
      ->required();
  add->footer(
      "The repository at URL must be bare (git init --bare) for push to update it. Any git server works:\n"
      "the store's articles are refs/articles/*, its watch state refs/revisor/watch.");
  add->callback([name, url, &global] {
    fmt::print("added remote {} {}\n", *name, store::add_remote(store_dir(global), *name, *url));
  });
  CLI::App* remove = remote->add_subcommand("remove", "Forget a remote and what was fetched from it");
  remove->add_option("NAME", *name, "A remote revisor remote list shows")->required();
  remove->callback([name, &global] {
    store::remove_remote(store_dir(global), *name);
    fmt::print("removed remote {}\n", *name);
  });
  CLI::App* list = remote->add_subcommand("list", "Print each remote: its name and URL");
  list->callback([&global] {
    for (const auto& r : store::list_remotes(store_dir(global))) fmt::print("{}\t{}\n", r.name, r.url);
  });
  remote->footer("Exit codes: 0 ok, 1 store failure, 2 a bad or unknown name.");
}

void add_pull_command(CLI::App& app, GlobalOptions& global) {
  auto name = std::make_shared<std::string>();
  CLI::App* cmd = app.add_subcommand("pull", "Fetch a remote's versions and merge them into this store");
  cmd->add_option("NAME", *name, "The remote (default: the only one, else origin)");
  cmd->footer(
      "Every article of the remote comes in: a new one is added; a chain the remote extended moves\n"
      "forward; a chain both stores extended becomes one chain holding every version of either side\n"
      "once, in observed time, as ingest places a late version (a version both hold appears once, and\n"
      "the same text seen again later is not a new version). The watch state is merged: every source\n"
      "of either side, each page as the side that checked it last knows it. Ingests may run meanwhile.\n"
      "Exit codes: 0 ok, 1 a fetch or store failure or an article refused (each is named), 2 no such remote.");
  cmd->callback([name, &global] {
    const std::string remote = chosen_remote(global, *name);
    StagedProgress progress("objects");
    const auto s = store::pull(store_dir(global), remote, merge_state,
                               [&](const std::string& stage, std::size_t done, std::size_t total) {
                                 progress.update(stage, done, total);
                               });
    progress.finish();
    for (const auto& p : s.problems) fmt::print(stderr, "revisor: not pulled: {}\n", p);
    std::string states;
    for (const auto& st : s.states) states += (states.empty() ? "; state updated: " : ", ") + st;
    fmt::print("pulled {}: {}: {} new, {} moved forward, {} merged, {} unchanged; {} added{}\n", remote,
               counted(s.remote_articles, "article", "articles"), s.new_articles, s.fast_forwarded, s.merged,
               s.unchanged, counted(s.versions_added, "version", "versions"), states);
    if (!s.problems.empty()) global.exit_code = 1;
  });
}

void add_push_command(CLI::App& app, GlobalOptions& global) {
  auto name = std::make_shared<std::string>();
  CLI::App* cmd = app.add_subcommand("push", "Send this store's versions to a remote");
  cmd->add_option("NAME", *name, "The remote (default: the only one, else origin)");
  cmd->footer(
      "Fetches first to see what the remote holds, then sends every article whose chain there holds no\n"
      "version this store lacks (a chain merged by pull replaces the remote's), and the watch state.\n"
      "An article the remote extended since the last pull is not sent: run revisor pull, then push.\n"
      "Exit codes: 0 all sent, 1 some not sent (each is named) or a transfer failure, 2 no such remote.");
  cmd->callback([name, &global] {
    const std::string remote = chosen_remote(global, *name);
    StagedProgress progress("objects");
    const auto s = store::push(store_dir(global), remote, [&](const std::string& stage, std::size_t done,
                                                              std::size_t total) { progress.update(stage, done, total); });
    progress.finish();
    for (const auto& d : s.diverged)
      fmt::print(stderr, "revisor: not pushed: {}: the remote holds versions this store lacks\n", d);
    for (const auto& r : s.rejected) fmt::print(stderr, "revisor: refused by the remote: {}\n", r);
    fmt::print("pushed {}: {} sent, {} already there, {} not sent\n", remote, s.pushed, s.up_to_date,
               s.diverged.size() + s.rejected.size());
    if (!s.diverged.empty())
      fmt::print(stderr, "revisor: run: revisor pull {} && revisor push {}\n", remote, remote);
    if (!s.diverged.empty() || !s.rejected.empty()) global.exit_code = 1;
  });
}

}  // namespace revisor::cli
