#include "cli/scale_commands.h"

namespace revisor::cli {

// In the order a newcomer uses them: make a store, fill it, look at it, compare, audit, publish; then
// check the store and share it.
const std::vector<AddCommand>& all_commands() {
  static const std::vector<AddCommand> commands = {
      add_init_command,
      add_ingest_command,
      add_import_command,
      add_watch_command,
      add_sources_command,
      add_list_command,
      add_log_command,
      add_show_command,
      add_diff_command,
      add_audit_command,
      add_summary_command,
      add_report_command,
      add_feed_command,
      add_verify_command,
      add_gc_command,
      add_remote_command,
      add_pull_command,
      add_push_command,
  };
  return commands;
}

}  // namespace revisor::cli
