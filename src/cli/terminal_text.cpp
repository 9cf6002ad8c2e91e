#include "cli/terminal_text.h"

#include <unistd.h>

#include <cstdlib>

namespace revisor::cli {

std::string terminal_text(std::string_view s, bool one_line) {
  std::string out;
  out.reserve(s.size());
  for (char c : s) {
    auto u = static_cast<unsigned char>(c);
    if (c == '\n' || c == '\t' || c == '\r')
      out += one_line ? ' ' : (c == '\r' ? ' ' : c);
    else if (u < 0x20 || u == 0x7f)
      out += "\xEF\xBF\xBD";
    else
      out += c;
  }
  return out;
}

bool stdout_wants_color() {
  const char* no_color = std::getenv("NO_COLOR");
  return isatty(STDOUT_FILENO) == 1 && (no_color == nullptr || *no_color == '\0');
}

}  // namespace revisor::cli
