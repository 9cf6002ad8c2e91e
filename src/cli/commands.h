// The subcommands of the revisor executable: each add_<verb>_command registers one CLI11
// subcommand whose callback does the work; cmd_<verb>.cpp holds each one.
#pragma once

#include <CLI/CLI.hpp>
#include <string>
#include <vector>

namespace revisor::cli {

// Where GlobalOptions::store came from, so that a message about the store can say so.
enum class StoreSource { current_directory, option, environment };

// Options shared by every subcommand, filled before any callback runs.
struct GlobalOptions {
  std::string store;  // --store DIR, else $REVISOR_STORE, else "." (resolved by each command)
  StoreSource store_from = StoreSource::current_directory;
  // What main returns when the command finishes without an Error: a command that completes its
  // work but must report a partial failure (an import with refused rows) sets 1.
  int exit_code = 0;
};

using AddCommand = void (*)(CLI::App& app, GlobalOptions& global);

// Every subcommand, in the order --help lists them (command_list.cpp).
const std::vector<AddCommand>& all_commands();

void add_init_command(CLI::App& app, GlobalOptions& global);
void add_ingest_command(CLI::App& app, GlobalOptions& global);
void add_import_command(CLI::App& app, GlobalOptions& global);
void add_list_command(CLI::App& app, GlobalOptions& global);
void add_log_command(CLI::App& app, GlobalOptions& global);
void add_show_command(CLI::App& app, GlobalOptions& global);
void add_audit_command(CLI::App& app, GlobalOptions& global);
void add_report_command(CLI::App& app, GlobalOptions& global);
void add_feed_command(CLI::App& app, GlobalOptions& global);
void add_verify_command(CLI::App& app, GlobalOptions& global);
void add_watch_command(CLI::App& app, GlobalOptions& global);
void add_sources_command(CLI::App& app, GlobalOptions& global);

void add_diff_command(CLI::App& app, GlobalOptions& global);
void add_remote_command(CLI::App& app, GlobalOptions& global);
void add_push_command(CLI::App& app, GlobalOptions& global);
void add_pull_command(CLI::App& app, GlobalOptions& global);

}  // namespace revisor::cli
