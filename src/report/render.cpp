#include "revisor/report/render.h"

#include "report/renderers.h"

namespace revisor::report {

void render(Format format, const ArticleReport& report, std::ostream& out, const RenderOptions& options) {
  switch (format) {
    case Format::text:
      return detail::render_report_text(report, out, options);
    case Format::markdown:
      return detail::render_report_markdown(report, out, options);
    case Format::json:
      return detail::render_report_json(report, out, options);
    case Format::html:
      return detail::render_report_html(report, out, options);
    case Format::unified:
      break;
  }
  detail::unsupported_format("a report", format, kReportFormats);
}

void render(Format format, const AuditReport& audit, std::ostream& out, const RenderOptions&) {
  switch (format) {
    case Format::text:
      return detail::render_audit_text(audit, out);
    case Format::markdown:
      return detail::render_audit_markdown(audit, out);
    case Format::json:
      return detail::render_audit_json(audit, out);
    case Format::html:
    case Format::unified:
      break;
  }
  detail::unsupported_format("an audit", format, kAuditFormats);
}

bool index_order(const IndexEntry& a, const IndexEntry& b) noexcept {
  auto top = [](const IndexEntry& e) {
    std::size_t k = e.stealth_by_severity.size();
    while (k > 0 && e.stealth_by_severity[k - 1] == 0) --k;
    return k;  // 0: no stealth edit, else 1 + the top severity
  };
  if (top(a) != top(b)) return top(a) > top(b);
  // A developing story is rewritten as it goes, its old paragraphs dropped by the dozen; a story that
  // is not changed under its readers with no such reason, so it comes first at the same severity.
  if (a.developing != b.developing) return b.developing;
  for (std::size_t k = a.stealth_by_severity.size(); k-- > 0;) {
    if (a.stealth_by_severity[k] != b.stealth_by_severity[k]) return a.stealth_by_severity[k] > b.stealth_by_severity[k];
  }
  return a.id < b.id;
}

IndexEntry index_entry(const ArticleReport& report, std::string href) {
  IndexEntry e;
  e.id = report.id;
  e.headline = report.headline;
  e.href = std::move(href);
  e.versions = report.counts.versions;
  e.first_observed = report.first_observed();
  e.last_observed = report.last_observed();
  e.notices = report.counts.notices;
  e.stealth_edits = report.counts.stealth_edits;
  e.stealth_by_severity = report.counts.stealth_by_severity;
  e.new_reporting = report.counts.new_reporting;
  e.developing = report.counts.developing;
  e.removed_notices = report.counts.removed_notices;
  return e;
}

}  // namespace revisor::report
