// The character set an HTML page declares (<meta charset>, <meta http-equiv=Content-Type>) and the
// conversion of its bytes to UTF-8 with ICU's converters.
#pragma once

#include <gumbo.h>

#include <string>
#include <string_view>

namespace revisor::text {

// The declared charset label, lower-cased and trimmed; "" when the page declares none.
std::string declared_charset(const GumboNode* root);

// True for labels that name UTF-8 (or nothing): such pages need no conversion.
bool is_utf8_label(std::string_view label);

// Converts `bytes` from `label` to UTF-8. Labels follow the WHATWG encoding standard where it differs
// from ICU (iso-8859-1 and us-ascii mean windows-1252). Unmappable bytes become U+FFFD. Throws
// Error(bad_input) "<file>: ..." for a label ICU does not know.
std::string convert_to_utf8(std::string_view bytes, std::string_view label, std::string_view file_name);

}  // namespace revisor::text
