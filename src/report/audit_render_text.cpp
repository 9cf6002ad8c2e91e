#include <fmt/core.h>

#include "report/audit_render_common.h"
#include "report/renderers.h"
#include "revisor/base/terminal_text.h"

namespace revisor::report {

namespace {

constexpr std::size_t kQuote = 160;

std::string safe(std::string_view s) { return terminal_sanitize(s); }

void render_article(std::string& out, const analyze::ArticleAudit& a) {
  std::string span;
  if (!a.versions.empty()) {
    span = fmt::format(", {} .. {}", to_iso8601(a.versions.front().observed_at), to_iso8601(a.versions.back().observed_at));
  }
  out += fmt::format("{}  ({} versions{})\n", safe(a.id), a.versions.size(), safe(span));
  if (a.notices.empty()) out += "  no notices\n";
  for (const auto& f : a.notices) {
    std::string types;
    for (auto t : f.notice.error_types) types.append(types.empty() ? "" : ",").append(analyze::to_string(t));
    out += fmt::format("  v{} {} [{}]{}{}: {}\n", f.notice.version, analyze::to_string(f.notice.kind),
                       safe(f.notice.language), types.empty() ? "" : " ", types, analyze::to_string(f.status));
    out += fmt::format("      \u201C{}\u201D\n", safe(audit_parts::shorten(f.notice.text, 2 * kQuote)));
    for (const auto& l : f.links) {
      out += fmt::format("      -> {}\n", safe(audit_parts::describe_change(l, kQuote)));
      if (l.kind == analyze::ChangeKind::edit) {
        out += fmt::format("         in: {}\n", safe(audit_parts::shorten(l.new_sentence, 2 * kQuote)));
      }
    }
  }
  for (const auto& r : a.removed_notices) {
    out += fmt::format("  removed in v{} ({} from v{}): \u201C{}\u201D\n", r.version, analyze::to_string(r.kind),
                       r.first_version, safe(audit_parts::shorten(r.text, kQuote)));
  }
  out += fmt::format("  stealth edits: {}\n", a.stealth_edits.size());
  for (const auto& e : a.stealth_edits) {
    out += fmt::format("    {}\n", safe(audit_parts::describe_change(e, kQuote)));
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
  os << out;
}

}  // namespace revisor::report
