// The per-format renderers behind the public render() overloads, one per (output, format) pair, and
// the error for a pair that does not exist. Private to report: callers choose a Format instead.
#pragma once

#include <ostream>
#include <span>
#include <string>
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

// Segments read inline the way each format marks word edits, shared by the report and the audit so
// a finding and the timeline mark a change alike. Text is made safe for a terminal, Markdown escaped.
std::string text_segments(std::span<const Segment> segments, bool color);
std::string markdown_segments(std::span<const Segment> segments);

// Error(usage): "<what> has no <format> format: use <allowed>".
[[noreturn]] void unsupported_format(std::string_view what, Format format, std::span<const Format> allowed);

}  // namespace revisor::report::detail
