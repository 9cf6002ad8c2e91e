// Whether the commands colour what they print. Article text itself is made safe for the terminal
// by base's terminal_sanitize() / terminal_cell() (revisor/base/terminal_text.h).
#pragma once

#include <string_view>

namespace revisor::cli {

// The --color option of the commands that colour text: its help and its values.
inline constexpr const char* kColorOptionHelp =
    "auto (default: when stdout is a terminal and NO_COLOR is unset), always, never";

// Whether to colour for --color MODE: "always", "never", or "auto" as stdout_wants_color().
bool color_wanted(std::string_view mode);

// Colour by default: standard output is a terminal and NO_COLOR (https://no-color.org) is unset or
// empty.
bool stdout_wants_color();

// Writes a command's output to standard output. Formats that carry article text as it is (Markdown,
// JSON, JSON lines, Atom XML) may hold escape sequences, C1 controls or bidi overrides from a page:
// on a terminal the text goes through terminal_sanitize() (newlines and tabs kept), so nothing an
// article says can recolour, retitle or reorder the screen; into a file or a pipe, byte for byte.
// Not for output with revisor's own colours (text formats make article text safe as they render).
void write_output(std::string_view text);

}  // namespace revisor::cli
