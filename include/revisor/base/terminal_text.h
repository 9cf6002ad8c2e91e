// The one policy for article text on its way to a terminal: scraped text is hostile and may hold ESC
// sequences, C1 controls or bidirectional overrides that would recolour, retitle or reorder the screen.
#pragma once

#include <string>
#include <string_view>

namespace revisor {

// Returns `text` safe to print: C0 controls become their visible Control Pictures (ESC -> U+241B)
// except tab, and newline when `keep_newlines`; DEL -> U+2421; C1 controls (U+0080..U+009F),
// bidirectional embeddings, overrides and isolates (U+202A..U+202E, U+2066..U+2069) and invalid
// UTF-8 become U+FFFD. Everything else is kept byte for byte. Pure; never throws beyond allocation.
std::string terminal_sanitize(std::string_view text, bool keep_newlines = false);

// terminal_sanitize() for one table cell: newline, tab and carriage return become spaces first, so
// a cell never breaks or shifts its row.
std::string terminal_cell(std::string_view text);

}  // namespace revisor
