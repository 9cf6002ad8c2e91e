// Audit rendering: `revisor audit` output as JSON (the stable contract in docs/audit-json.md), as
// terminal text or as Markdown, the last two ending with the archive-wide summary when there is one.
#pragma once

#include <array>
#include <optional>
#include <ostream>
#include <vector>

#include "revisor/analyze/audit.h"
#include "revisor/analyze/summary.h"
#include "revisor/report/format.h"

namespace revisor::report {

// What one `revisor audit` run shows.
struct AuditReport {
  std::vector<analyze::ArticleAudit> articles;
  std::optional<analyze::ArchiveSummary> summary;  // none: an audit of chosen articles, no store figures
};

// The formats an audit has, in the order usage messages list them.
inline constexpr std::array kAuditFormats{Format::text, Format::json, Format::markdown};

// Writes the audit to `out` in `format`, articles in their given order; text makes control
// characters in article text visible. Throws Error(usage) for a format not in kAuditFormats.
void render(Format format, const AuditReport& audit, std::ostream& out, const RenderOptions& options = {});

}  // namespace revisor::report
