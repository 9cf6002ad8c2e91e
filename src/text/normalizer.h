// Normalization of stored text: Unicode NFC, LF line endings, runs of spaces collapsed. The
// publisher's characters are kept (quotes, dashes, no-break spaces); only their encoding is unified.
#pragma once

#include <string>
#include <string_view>

namespace revisor::text {

// No byte of `s` is above 0x7F: ASCII, which every Unicode normalization leaves as it is.
bool is_ascii(std::string_view s);

// Already in NFC (ASCII always is). Input must be valid UTF-8.
bool is_nfc(std::string_view utf8);

// NFC through ICU. Input must be valid UTF-8.
std::string to_nfc(std::string_view utf8);

// One block of text (a headline or a paragraph): CR LF and lone CR become LF, tabs and other control
// characters become spaces, byte order marks (U+FEFF) are dropped, runs of spaces collapse to one,
// each line is trimmed and blank lines are dropped, so the result holds no "\n\n" and no leading or
// trailing white space.
std::string normalize_block(std::string_view utf8);

// normalize_block(utf8) would return `utf8` unchanged: checked without building a copy.
bool is_normalized_block(std::string_view utf8);

// Lines of a whole file with CR LF / CR turned into LF, without trailing white space on each line.
std::string normalize_line_endings(std::string_view utf8);

}  // namespace revisor::text
