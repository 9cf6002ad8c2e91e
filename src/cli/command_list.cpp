#include "cli/commands.h"

namespace revisor::cli {

const std::vector<AddCommand>& all_commands() {
  static const std::vector<AddCommand> commands = {
      add_init_command,
      add_ingest_command,
      add_list_command,
      add_log_command,
      add_show_command,
      add_audit_command,
      add_report_command,
      add_feed_command,
      add_diff_command,
  };
  return commands;
}

}  // namespace revisor::cli
