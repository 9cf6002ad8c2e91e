// Audit rendering: `revisor audit` output as JSON (the stable contract in docs/audit-json.md), as
// terminal text or as Markdown, the last two ending with the archive-wide summary when given one.
#pragma once

#include <span>
#include <string>

#include "revisor/analyze/audit.h"
#include "revisor/analyze/summary.h"

namespace revisor::report {

std::string render_audit_json(std::span<const analyze::ArticleAudit> audits);

// `summary` null: no archive-wide figures (an audit of chosen articles). Text is safe to print on a
// terminal: control characters in article text are made visible.
std::string render_audit_text(std::span<const analyze::ArticleAudit> audits,
                              const analyze::ArchiveSummary* summary);
std::string render_audit_markdown(std::span<const analyze::ArticleAudit> audits,
                                  const analyze::ArchiveSummary* summary);

}  // namespace revisor::report
