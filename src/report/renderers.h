// The per-format renderers behind the public render() overloads, one per (output, format) pair, and
// the error for a pair that does not exist. Private to report: callers choose a Format instead.
#pragma once

#include <ostream>
#include <span>
#include <string_view>

#include "revisor/report/audit_render.h"
#include "revisor/report/format.h"
#include "revisor/report/report_model.h"

namespace revisor::report::detail {

void render_report_text(const ArticleReport& report, std::ostream& out, const RenderOptions& options);
void render_report_markdown(const ArticleReport& report, std::ostream& out, const RenderOptions& options);
void render_report_json(const ArticleReport& report, std::ostream& out, const RenderOptions& options);
void render_report_html(const ArticleReport& report, std::ostream& out, const RenderOptions& options);

void render_audit_text(const AuditReport& audit, std::ostream& out);
void render_audit_markdown(const AuditReport& audit, std::ostream& out);
void render_audit_json(const AuditReport& audit, std::ostream& out);

// Error(usage): "<what> has no <format> format: use <allowed>".
[[noreturn]] void unsupported_format(std::string_view what, Format format, std::span<const Format> allowed);

}  // namespace revisor::report::detail
