// terminal_sanitize(): makes article text harmless to print on a terminal. Scraped text may hold
// ESC sequences or bidirectional overrides that would recolour, retitle or reorder the user's screen.
#pragma once

#include <string>
#include <string_view>

namespace revisor::report {

// C0 controls (but tab; and newline when `keep_newlines`) become their visible Control Pictures
// (ESC -> U+241B), DEL -> U+2421; C1 controls, bidirectional embeddings/overrides/isolates and
// invalid UTF-8 become U+FFFD.
std::string terminal_sanitize(std::string_view text, bool keep_newlines = false);

}  // namespace revisor::report
