// Reads an HTML page: headline, byline, dates, canonical URL, body paragraphs and captions, from the
// page's metadata (meta tags, JSON-LD) and its article markup.
#pragma once

#include <string_view>

#include "revisor/text/article_text.h"

namespace revisor::text {

// `bytes` has passed check_raw_input. Converts a declared non-UTF-8 charset with ICU, refuses invalid
// UTF-8, pages nested too deeply to parse and pages without article body (Error bad_input naming
// `file_name`).
ExtractedArticle read_html(std::string_view bytes, std::string_view file_name);

}  // namespace revisor::text
