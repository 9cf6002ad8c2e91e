// Reads a plain text or Markdown version: the first non-empty line is the headline (a leading "# "
// dropped), the rest is the body, paragraphs separated by blank lines.
#pragma once

#include <string_view>

#include "revisor/text/article_text.h"

namespace revisor::text {

// `utf8` has passed check_raw_input and check_utf8. Throws Error(bad_input) when no body is left.
ExtractedArticle read_plain_text(std::string_view utf8, std::string_view file_name, bool markdown);

}  // namespace revisor::text
