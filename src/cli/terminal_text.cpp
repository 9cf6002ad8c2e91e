#include "cli/terminal_text.h"

#include <unistd.h>

#include <cstdlib>

namespace revisor::cli {

bool stdout_wants_color() {
  const char* no_color = std::getenv("NO_COLOR");
  return isatty(STDOUT_FILENO) == 1 && (no_color == nullptr || *no_color == '\0');
}

bool color_wanted(std::string_view mode) {
  if (mode == "always") return true;
  if (mode == "never") return false;
  return stdout_wants_color();
}

}  // namespace revisor::cli
