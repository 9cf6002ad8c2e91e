#include <fmt/core.h>

#include "revisor/report/render.h"

#include "report/audit_render_common.h"
#include "report/renderers.h"
#include "report/vocabulary.h"

namespace revisor::report {

namespace {

constexpr std::size_t kQuote = 200;

// Markdown that article text cannot break: emphasis, links, tables and HTML are escaped.
std::string md(std::string_view s) {
  std::string out;
  for (char c : s) {
    if (c == '\\' || c == '`' || c == '*' || c == '_' || c == '[' || c == ']' || c == '<' || c == '>' ||
        c == '|' || c == '#' || c == '~') {
      out.push_back('\\');
    }
    out.push_back(c == '\n' ? ' ' : c);
  }
  return out;
}

// The change in its sentence, marked as the report's Markdown marks it.
std::string finding(const analyze::ChangeRef& c) {
  return md(audit_parts::change_label(c)) + ": " + detail::markdown_segments(ref_segments(c, kQuote / 2));
}

void render_article(std::string& out, const analyze::ArticleAudit& a) {
  out += fmt::format("## {}\n\n{}", md(a.id), vocab::count(a.versions.size(), vocab::kVersions));
  if (!a.versions.empty()) {
    out += fmt::format(", observed {} to {}", md(to_iso8601(a.versions.front().observed_at)), md(to_iso8601(a.versions.back().observed_at)));
  }
  out += ".\n";
  for (const auto& e : a.page_events)
    out += fmt::format("\n- {}: {}", md(to_iso8601(e.at)), md(page_event_words(e)));
  out += a.page_events.empty() ? "" : "\n";
  if (!a.developing_signs.empty())
    out += fmt::format("\nDeveloping story: {}.\n", md(audit_parts::developing_words(a.developing_signs)));
  out += "\n### Notices\n\n";
  if (a.notices.empty()) out += "None.\n";
  for (const auto& f : a.notices) {
    const std::string types = audit_parts::error_type_words(f.notice, ", ");
    const bool supported = f.status == analyze::NoticeStatus::supported;
    out +=
        fmt::format("- **v{} {}** ({}{}{}), {}{}: {}\n", f.notice.version, analyze::to_string(f.notice.kind),
                    md(f.notice.language), types.empty() ? "" : "; ", types, analyze::to_string(f.status),
                    supported ? " (matches " + vocab::count(f.links.size(), vocab::kChanges) + ")" : "",
                    md(audit_parts::shorten(f.notice.text, 2 * kQuote)));
    for (const auto& l : f.links) out += fmt::format("  - {}\n", finding(l));
  }
  if (!a.removed_notices.empty()) {
    out += "\n### Removed notices\n\n";
    for (const auto& r : a.removed_notices) {
      out += fmt::format("- v{} drops the {} of v{}: {}\n", r.version, analyze::to_string(r.kind), r.first_version,
                         md(audit_parts::shorten(r.text, kQuote)));
    }
  }
  const auto counts = analyze::count_findings(a);
  const std::string severities = audit_parts::severity_breakdown(counts.stealth_by_severity);
  out += fmt::format("\n### {} ({}{})\n\n", vocab::heading(vocab::kStealthEdits), counts.stealth_edits,
                     severities.empty() ? "" : ": " + severities);
  if (a.stealth_edits.empty()) out += "None.\n";
  for (const auto& e : a.stealth_edits)
    out += fmt::format("- **{}** {}\n", analyze::to_string(e.severity), finding(e));
  if (!a.new_reporting.empty()) {
    out += fmt::format("\n### {} ({})\n\n", vocab::heading(vocab::kNewReporting),
                       vocab::count(counts.new_reporting, vocab::kAddedSentences));
    for (std::size_t i = 0; i < a.new_reporting.size() && i < audit_parts::kNewReportingShown; ++i)
      out += fmt::format("- {}\n", finding(a.new_reporting[i]));
    if (a.new_reporting.size() > audit_parts::kNewReportingShown)
      out += fmt::format("- \u2026 and {} more\n", a.new_reporting.size() - audit_parts::kNewReportingShown);
  }
  out += "\n";
}

}  // namespace

void detail::render_audit_markdown(const AuditReport& audit, std::ostream& os) {
  std::string out = "# revisor audit\n\n";
  for (const auto& a : audit.articles) render_article(out, a);
  if (audit.summary) {
    out += "## Summary\n\n| figure | value |\n| --- | --- |\n";
    for (const auto& [label, value] : audit_parts::summary_lines(*audit.summary)) {
      out += fmt::format("| {} | {} |\n", md(label), md(value));
    }
  }
  if (!audit.articles.empty() || audit.summary) {
    out += "\n## Labels\n\n";
    for (const auto& t : audit_parts::audit_legend(audit.articles, audit.summary.has_value()).terms())
      out += fmt::format("- **{}**: {}\n", md(t.label), md(t.meaning));
  }
  os << out;
}

}  // namespace revisor::report
