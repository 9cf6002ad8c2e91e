// The revisor executable: parses the command line and maps every error to its exit code.
#include <CLI/CLI.hpp>
#include <fmt/core.h>

#include <cstdio>
#include <exception>

#include "cli/commands.h"
#include "revisor/base/error.h"

int main(int argc, char** argv) {
  CLI::App app{"revisor: keeps every version of a news article and tells what changed, which\n"
               "corrections were published, and which changes were made without one."};
  app.set_version_flag("--version", REVISOR_VERSION);
  // At most one command; none is reported below, so an unknown word is named as unexpected
  // instead of CLI11 saying only that a subcommand is required.
  app.require_subcommand(0, 1);
  revisor::cli::GlobalOptions global;
  app.add_option("--store", global.store, "Store directory (default: $REVISOR_STORE, else .)")
      ->envname("REVISOR_STORE");
  for (auto add : revisor::cli::all_commands()) add(app, global);
  try {
    app.parse(argc, argv);  // subcommand callbacks run here
    if (app.get_subcommands().empty()) {
      fmt::print(stderr, "revisor: no command given\n\n{}", app.help());
      return 2;
    }
  } catch (const CLI::ParseError& e) {
    // CLI11's own exit codes are 100+; the contract is 0 for --help/--version, 2 for usage errors.
    return app.exit(e) == 0 ? 0 : 2;
  } catch (const revisor::Error& e) {
    std::fflush(stdout);
    fmt::print(stderr, "revisor: {}\n", e.what());
    return e.exit_code();
  } catch (const std::exception& e) {
    std::fflush(stdout);
    fmt::print(stderr, "revisor: internal error: {}\n", e.what());
    return 1;
  }
  return 0;
}
