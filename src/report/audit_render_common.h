// Pieces the text and Markdown audit renderers share: shortened quotes and the summary's lines.
#pragma once

#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include "revisor/analyze/audit.h"
#include "revisor/analyze/summary.h"

namespace revisor::report::audit_parts {

// At most `max_bytes` of `s` (cut on a UTF-8 boundary, "…" appended when cut), newlines as spaces.
std::string shorten(std::string_view s, std::size_t max_bytes);

// "v1→v2 date: “Wednesday” → “Thursday”" (or "added: …", "removed: …").
std::string describe_change(const analyze::ChangeRef& c, std::size_t max_bytes);

// The archive-wide figures as (label, value) lines, in reading order.
std::vector<std::pair<std::string, std::string>> summary_lines(const analyze::ArchiveSummary& s);

}  // namespace revisor::report::audit_parts
