#include "cli/terminal_text.h"

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

}  // namespace revisor::cli
