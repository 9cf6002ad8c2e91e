#include "report/audit_render_common.h"

#include <fmt/core.h>

namespace revisor::report::audit_parts {

std::string shorten(std::string_view s, std::size_t max_bytes) {
  std::string out;
  bool cut = s.size() > max_bytes;
  if (cut) {
    std::size_t end = max_bytes;
    while (end > 0 && (static_cast<unsigned char>(s[end]) & 0xC0) == 0x80) --end;
    s = s.substr(0, end);
  }
  out.reserve(s.size() + 3);
  for (char c : s) out.push_back(c == '\n' ? ' ' : c);
  if (cut) out += "\u2026";
  return out;
}

std::string change_label(const analyze::ChangeRef& c) {
  return fmt::format("v{}\u2192v{} {}, {}", c.from, c.to, analyze::to_string(c.category),
                     vocab::describe_change_kind(c));
}

std::string severity_breakdown(const std::array<std::size_t, 3>& by) {
  std::string out;
  for (int k = 2; k >= 0; --k) {
    const std::size_t n = by[static_cast<std::size_t>(k)];
    if (n == 0) continue;
    if (!out.empty()) out += ", ";
    out += fmt::format("{} {}", n, analyze::to_string(static_cast<analyze::Severity>(k)));
  }
  return out;
}

std::string developing_words(const std::vector<std::string>& signs) {
  std::string out;
  for (const auto& s : signs) out += (out.empty() ? "" : "; ") + s;
  return out;
}

std::vector<std::pair<std::string, std::string>> summary_lines(const analyze::ArchiveSummary& s) {
  std::vector<std::pair<std::string, std::string>> lines;
  lines.emplace_back(vocab::kArticles.many, std::to_string(s.articles));
  lines.emplace_back(vocab::kVersions.many,
                     fmt::format("{} ({})", s.versions, vocab::count(s.transitions, vocab::kTransitions)));
  std::string kinds;
  for (std::size_t k = 0; k < s.notices_by_kind.size(); ++k) {
    if (s.notices_by_kind[k] == 0) continue;
    if (!kinds.empty()) kinds += ", ";
    kinds += vocab::count(s.notices_by_kind[k], vocab::notice_noun(static_cast<analyze::NoticeKind>(k)));
  }
  lines.emplace_back(vocab::kNotices.many, s.notices == 0 ? "0" : fmt::format("{} ({})", s.notices, kinds));
  lines.emplace_back("supported / unsupported", fmt::format("{} / {}", s.supported, s.unsupported));
  std::string parts;
  for (const auto& [c, n] : s.stealth_edits_by_category) {
    if (!parts.empty()) parts += ", ";
    parts += fmt::format("{} {}", n, analyze::to_string(c));
  }
  auto part = [&](std::size_t n, vocab::Noun noun) {
    if (n == 0) return;
    if (!parts.empty()) parts += ", ";
    parts += vocab::count(n, noun);
  };
  part(s.stealth_additions, {"sentence added", "sentences added"});
  part(s.stealth_removals, {"sentence removed", "sentences removed"});
  lines.emplace_back(vocab::kStealthEdits.many,
                     s.stealth_edits == 0 ? "0" : fmt::format("{} ({})", s.stealth_edits, parts));
  if (s.stealth_edits > 0) lines.emplace_back("by severity", severity_breakdown(s.stealth_by_severity));
  lines.emplace_back(std::string(vocab::kNewReporting.many), vocab::count(s.new_reporting, vocab::kAddedSentences));
  lines.emplace_back("developing stories", vocab::count(s.developing_stories, vocab::kArticles));
  lines.emplace_back(vocab::kRemovedNotices.many, std::to_string(s.removed_notices));
  if (s.median_delay_hours && s.worst_delay_hours) {
    lines.emplace_back("change to notice",
                       fmt::format("median {:.1f} h, worst {:.1f} h (over {})", *s.median_delay_hours,
                                   *s.worst_delay_hours, vocab::count(s.delays, vocab::kLinkedNotices)));
  } else {
    lines.emplace_back("change to notice", "no linked notices");
  }
  return lines;
}

std::string error_type_words(const analyze::Notice& n, std::string_view separator) {
  std::string out;
  for (std::size_t i = 0; i < n.error_types.size(); ++i) {
    if (!out.empty()) out += separator;
    out += analyze::to_string(n.error_types[i]);
    if (i < n.error_type_sources.size()) out.append(" (").append(analyze::to_string(n.error_type_sources[i])).append(")");
  }
  return out;
}

vocab::Legend audit_legend(const std::vector<analyze::ArticleAudit>& audits, bool summary) {
  vocab::Legend legend;
  legend.use("notice");
  for (const auto& a : audits) {
    for (const auto& f : a.notices) {
      legend.use(analyze::to_string(f.status));
      for (auto t : f.notice.error_types) legend.use(t);
      for (auto t : f.notice.error_type_sources) legend.use(analyze::to_string(t));
      for (const auto& l : f.links) legend.use(l.category);
    }
    if (!a.removed_notices.empty()) legend.use("removed notice");
    for (const auto& e : a.stealth_edits) legend.use(e.category);
    if (!a.stealth_edits.empty()) legend.use("severity");
    if (!a.new_reporting.empty()) legend.use("new reporting");
    if (!a.developing_signs.empty()) legend.use("developing story");
  }
  legend.use("stealth edit");
  if (summary) {
    legend.use("supported");
    legend.use("unsupported");
    legend.use("removed notice");
    legend.use("change to notice");
    legend.use("severity");
    legend.use("new reporting");
    legend.use("developing story");
  }
  return legend;
}

}  // namespace revisor::report::audit_parts
