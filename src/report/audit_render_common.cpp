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

std::string describe_change(const analyze::ChangeRef& c, std::size_t max_bytes) {
  std::string where = fmt::format("v{}\u2192v{} {}", c.from, c.to, analyze::to_string(c.category));
  switch (c.kind) {
    case analyze::ChangeKind::addition:
      return fmt::format("{} added: \u201C{}\u201D", where, shorten(c.new_text, max_bytes));
    case analyze::ChangeKind::removal:
      return fmt::format("{} removed: \u201C{}\u201D", where, shorten(c.old_text, max_bytes));
    case analyze::ChangeKind::edit: break;
  }
  return fmt::format("{}: \u201C{}\u201D \u2192 \u201C{}\u201D", where, shorten(c.old_text, max_bytes),
                     shorten(c.new_text, max_bytes));
}

std::vector<std::pair<std::string, std::string>> summary_lines(const analyze::ArchiveSummary& s) {
  std::vector<std::pair<std::string, std::string>> lines;
  lines.emplace_back("articles", std::to_string(s.articles));
  lines.emplace_back("versions", fmt::format("{} ({} transitions)", s.versions, s.transitions));
  std::string kinds;
  std::size_t total = 0;
  for (std::size_t k = 0; k < s.notices_by_kind.size(); ++k) {
    total += s.notices_by_kind[k];
    if (s.notices_by_kind[k] == 0) continue;
    if (!kinds.empty()) kinds += ", ";
    kinds += fmt::format("{} {}", s.notices_by_kind[k], analyze::to_string(static_cast<analyze::NoticeKind>(k)));
  }
  lines.emplace_back("notices", total == 0 ? "0" : fmt::format("{} ({})", total, kinds));
  lines.emplace_back("supported / unsupported", fmt::format("{} / {}", s.supported, s.unsupported));
  std::string cats;
  std::size_t edits = 0;
  for (const auto& [c, n] : s.stealth_edits_by_category) {
    edits += n;
    if (!cats.empty()) cats += ", ";
    cats += fmt::format("{} {}", n, analyze::to_string(c));
  }
  lines.emplace_back("stealth edits (wording)", edits == 0 ? "0" : fmt::format("{} ({})", edits, cats));
  lines.emplace_back("stealth additions", std::to_string(s.stealth_additions));
  lines.emplace_back("stealth removals", std::to_string(s.stealth_removals));
  lines.emplace_back("removed notices", std::to_string(s.removed_notices));
  if (s.median_delay_hours && s.worst_delay_hours) {
    lines.emplace_back("change to notice", fmt::format("median {:.1f} h, worst {:.1f} h ({} linked notices)",
                                                       *s.median_delay_hours, *s.worst_delay_hours, s.delays));
  } else {
    lines.emplace_back("change to notice", "no linked notices");
  }
  return lines;
}

}  // namespace revisor::report::audit_parts
