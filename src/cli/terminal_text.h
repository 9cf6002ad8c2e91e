// Whether the commands colour what they print. Article text itself is made safe for the terminal
// by base's terminal_sanitize() / terminal_cell() (revisor/base/terminal_text.h).
#pragma once

namespace revisor::cli {

// Colour by default: standard output is a terminal and NO_COLOR (https://no-color.org) is unset or
// empty.
bool stdout_wants_color();

}  // namespace revisor::cli
