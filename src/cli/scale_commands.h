// The subcommands for stores at scale: `gc` (cmd_gc.cpp) and `summary` (cmd_summary.cpp), registered
// in all_commands() like those of commands.h.
#pragma once

#include "cli/commands.h"

namespace revisor::cli {

void add_gc_command(CLI::App& app, GlobalOptions& global);
void add_summary_command(CLI::App& app, GlobalOptions& global);

}  // namespace revisor::cli
