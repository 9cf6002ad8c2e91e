#include "cli/terminal_text.h"

#include <unistd.h>

#include <cstdio>
#include <cstdlib>
#include <string>

#include "revisor/base/terminal_text.h"

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

void write_output(std::string_view text) {
  if (isatty(STDOUT_FILENO) == 1) {
    const std::string safe = terminal_sanitize(text, true);
    std::fwrite(safe.data(), 1, safe.size(), stdout);
  } else {
    std::fwrite(text.data(), 1, text.size(), stdout);
  }
}

}  // namespace revisor::cli
