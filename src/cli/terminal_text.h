// Text from articles is hostile input: before it reaches a terminal, control characters (an ESC
// could drive the user's terminal) are replaced. Used by the store commands' output.
#pragma once

#include <string>
#include <string_view>

namespace revisor::cli {

// Replaces C0 controls other than '\n' and '\t', and DEL, with U+FFFD; keeps everything else.
// With `one_line`, '\n' and '\t' become spaces too (for table cells).
std::string terminal_text(std::string_view s, bool one_line = false);

// Colour by default: standard output is a terminal and NO_COLOR (https://no-color.org) is unset or
// empty.
bool stdout_wants_color();

}  // namespace revisor::cli
