// The revisor executable: parses the command line and maps every error to its exit code.
#include <algorithm>
#include <cstdio>
#include <exception>

#include <CLI/CLI.hpp>
#include <fmt/core.h>

#include "revisor/base/error.h"

#include "cli/commands.h"
#include "cli/usage_error.h"

int main(int argc, char** argv) {
  CLI::App app{"revisor keeps every version of a news article and tells what changed, which\n"
               "corrections were published, and which changes were made without one."};
  app.set_version_flag("--version", REVISOR_VERSION);
  // At most one command; none is reported below, so an unknown word is named as unexpected
  // instead of CLI11 saying only that a subcommand is required.
  app.require_subcommand(0, 1);
  revisor::cli::GlobalOptions global;
  const CLI::Option* store_option =
      app.add_option("--store", global.store, "Store directory (default: $REVISOR_STORE, else .)")
          ->envname("REVISOR_STORE");
  // Runs after the environment is read and before any command: only a --store typed on the command
  // line is in the parse order, which is how a message can say where the store's name came from.
  app.parse_complete_callback([&] {
    const auto& parsed = app.parse_order();
    if (std::find(parsed.begin(), parsed.end(), store_option) != parsed.end())
      global.store_from = revisor::cli::StoreSource::option;
    else if (!global.store.empty())
      global.store_from = revisor::cli::StoreSource::environment;
  });
  for (auto add : revisor::cli::all_commands()) add(app, global);
  app.footer(
      "Run \"revisor COMMAND --help\" for a command's options.\n"
      "Exit codes: 0 success, 1 a failure of revisor or the store, 2 a usage error or refused input (empty,\n"
      "binary, invalid UTF-8, over 20 MiB, bad ids or times); a command's --help says where it differs\n"
      "(ingest --tree and --text exit 1 when they refused some versions).");
  try {
    app.parse(argc, argv);  // subcommand callbacks run here
    if (app.get_subcommands().empty()) {
      fmt::print(stderr, "revisor: no command given\n\n{}", app.help());
      return 2;
    }
  } catch (const CLI::ParseError& e) {
    if (e.get_exit_code() == 0) return app.exit(e);  // --help and --version print as CLI11 has them
    // CLI11's own exit codes are 100+ and its messages name no program: the contract is exit 2 and
    // "revisor: " first.
    fmt::print(stderr, "{}", revisor::cli::usage_error_message(app, e));
    return 2;
  } catch (const revisor::Error& e) {
    std::fflush(stdout);
    fmt::print(stderr, "revisor: {}\n", e.what());
    return e.exit_code();
  } catch (const std::exception& e) {
    std::fflush(stdout);
    fmt::print(stderr, "revisor: internal error: {}\n", e.what());
    return 1;
  }
  return global.exit_code;
}
