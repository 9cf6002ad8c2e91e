// The audit as JSON lines (`audit --format jsonl`): one line per article, written as soon as it is
// audited, then a summary line whose figures add up across shards (`revisor summary` merges them).
#pragma once

#include <optional>
#include <string>
#include <string_view>

#include "revisor/analyze/audit.h"
#include "revisor/analyze/summary_parts.h"

namespace revisor::report {

// {"article": {...}}: the article object of docs/audit-json.md, on one line ending in '\n'.
std::string audit_article_line(const analyze::ArticleAudit& audit);

// {"summary": {...}}: the archive figures (as the text audit shows them) and every change-to-notice
// delay, sorted, so the line depends only on which articles were audited; one line ending in '\n'.
std::string audit_summary_line(const analyze::SummaryParts& parts);

// The parts a summary line carries, or nullopt for an article line. Throws Error(bad_input) naming
// `where` (file and line number) when the line is neither.
std::optional<analyze::SummaryParts> read_audit_line(std::string_view line, std::string_view where);

// The id of the article an article line holds, or nullopt for any other line. Throws
// Error(bad_input) naming `where` for an article line without an id.
std::optional<std::string> audit_line_article(std::string_view line, std::string_view where);

}  // namespace revisor::report
