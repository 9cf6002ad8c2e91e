// Comparison keys: the form of a token used to decide whether two texts say the same thing. Case is
// folded and typographic variants unified (curly and straight quotes, dash variants, no-break spaces),
// so a purely typographic change compares equal while the stored text keeps the publisher's characters.
#pragma once

#include <string>
#include <string_view>

namespace revisor::text {

// Appends the key of valid UTF-8 `s` to `out`.
void append_comparison_key(std::string& out, std::string_view s);

inline std::string comparison_key(std::string_view s) {
  std::string out;
  append_comparison_key(out, s);
  return out;
}

}  // namespace revisor::text
