#include "cli/commands.h"

namespace revisor::cli {

const std::vector<AddCommand>& all_commands() {
  static const std::vector<AddCommand> commands = {
  };
  return commands;
}

}  // namespace revisor::cli
