#include <fmt/core.h>

#include "revisor/base/terminal_text.h"
#include "revisor/report/render.h"

#include "report/audit_render_common.h"
#include "report/renderers.h"
#include "report/vocabulary.h"

namespace revisor::report {

namespace {

constexpr std::size_t kQuote = 160;

std::string safe(std::string_view s) { return terminal_sanitize(s); }

// "v1→v2 name, words changed: Mayor Jonathan [-Whitacker-]{+Whittaker+}, who …": the change in
// its sentence, marked as the report marks it.
std::string finding(const analyze::ChangeRef& c) {
  return safe(audit_parts::change_label(c)) + ": " +
         detail::text_segments(ref_segments(c, kQuote / 2), false);
}

void render_article(std::string& out, const analyze::ArticleAudit& a) {
  std::string span;
  if (!a.versions.empty()) {
    span = fmt::format(", {} .. {}", to_iso8601(a.versions.front().observed_at), to_iso8601(a.versions.back().observed_at));
  }
  out +=
      fmt::format("{}  ({}{})\n", safe(a.id), vocab::count(a.versions.size(), vocab::kVersions), safe(span));
  for (const auto& e : a.page_events)
    out += fmt::format("  {} {}\n", to_iso8601(e.at), safe(page_event_words(e)));
  if (!a.developing_signs.empty())
    out += fmt::format("  developing story: {}\n", safe(audit_parts::developing_words(a.developing_signs)));
  if (a.notices.empty()) out += "  no notices\n";
  for (const auto& f : a.notices) {
    const std::string types = audit_parts::error_type_words(f.notice, ", ");
    const bool supported = f.status == analyze::NoticeStatus::supported;
    const std::string matches =
        supported ? fmt::format(" (matches {})", vocab::count(f.links.size(), vocab::kChanges)) : std::string();
    out += fmt::format("  v{} {} [{}]{}{}: {}{}\n", f.notice.version, analyze::to_string(f.notice.kind),
                       safe(f.notice.language), types.empty() ? "" : " ", types, analyze::to_string(f.status),
                       matches);
    out += fmt::format("      \u201C{}\u201D\n", safe(audit_parts::shorten(f.notice.text, 2 * kQuote)));
    for (const auto& l : f.links) out += fmt::format("      -> {}\n", finding(l));
  }
  for (const auto& r : a.removed_notices) {
    out += fmt::format("  removed in v{} ({} from v{}): \u201C{}\u201D\n", r.version, analyze::to_string(r.kind),
                       r.first_version, safe(audit_parts::shorten(r.text, kQuote)));
  }
  const auto counts = analyze::count_findings(a);
  const std::string severities = audit_parts::severity_breakdown(counts.stealth_by_severity);
  out += fmt::format("  {}: {}{}\n", vocab::kStealthEdits.many, counts.stealth_edits,
                     severities.empty() ? "" : " (" + severities + ")");
  for (const auto& e : a.stealth_edits)
    out += fmt::format("    [{}] {}\n", analyze::to_string(e.severity), finding(e));
  if (!a.new_reporting.empty()) {
    out += fmt::format("  {}: {}\n", vocab::kNewReporting.many, vocab::count(counts.new_reporting, vocab::kAddedSentences));
    for (std::size_t i = 0; i < a.new_reporting.size() && i < audit_parts::kNewReportingShown; ++i)
      out += fmt::format("    {}\n", finding(a.new_reporting[i]));
    if (a.new_reporting.size() > audit_parts::kNewReportingShown)
      out += fmt::format("    \u2026 and {} more\n", a.new_reporting.size() - audit_parts::kNewReportingShown);
  }
}

}  // namespace

void detail::render_audit_text(const AuditReport& audit, std::ostream& os) {
  std::string out;
  for (const auto& a : audit.articles) {
    render_article(out, a);
    out += "\n";
  }
  if (audit.summary) {
    out += "Summary\n";
    for (const auto& [label, value] : audit_parts::summary_lines(*audit.summary)) {
      out += fmt::format("  {:<25} {}\n", label, value);
    }
  }
  if (!audit.articles.empty() || audit.summary) {
    out += "\nLabels\n";
    for (const auto& t : audit_parts::audit_legend(audit.articles, audit.summary.has_value()).terms())
      out += fmt::format("  {:<25} {}\n", t.label, t.meaning);
  }
  os << out;
}

}  // namespace revisor::report
