// Format: every output format revisor renders, the one parser of a --format value, and the options
// every render() takes. Each kind of output (report, audit, diff) lists the formats it has.
#pragma once

#include <span>
#include <string>
#include <string_view>

namespace revisor::report {

enum class Format { text, markdown, json, html, unified };

// The name --format takes: "text", "markdown", "json", "html", "unified". Never throws.
std::string_view to_string(Format format) noexcept;

// The format `name` spells ("md" is markdown too) when `allowed` holds it. Throws Error(usage)
// naming the value and listing the allowed formats otherwise.
Format parse_format(std::string_view name, std::span<const Format> allowed);

struct RenderOptions {
  bool color = false;                 // text: ANSI colours (the caller decides: a terminal and no NO_COLOR)
  std::string index_href;             // report html: when set, the page links back to this index page
  std::string generator = "revisor";  // report: named in the page footer and the JSON
};

}  // namespace revisor::report
