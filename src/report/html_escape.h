// html_escape(): the one place revisor turns text into HTML (and XML) character data. Every piece of
// article text, id, URL and time that reaches an HTML page or an Atom feed goes through it.
#pragma once

#include <string>
#include <string_view>

namespace revisor::report {

// Escapes & < > " ' so the result is safe as element content and inside a quoted attribute, and
// replaces what XML 1.0 and HTML forbid as characters (C0 controls but tab/LF/CR, C1 controls,
// U+FFFE/U+FFFF, invalid UTF-8) with U+FFFD, so the output is also valid XML character data.
std::string html_escape(std::string_view text);

// An href for a URL taken from article metadata: the escaped URL when it is http(s), else "" (a
// "javascript:" or "data:" URL from a scraped page must not become a link).
std::string safe_href(std::string_view url);

}  // namespace revisor::report
