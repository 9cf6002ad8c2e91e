// Markdown for code-hosting sites: a summary table, then findings and the timeline with word edits as
// ~~old~~ **new**. Article text is Markdown-escaped, then HTML-escaped, so it renders as text.
#include <span>
#include <string>

#include "revisor/report/render.h"

#include "report/display.h"
#include "report/html_escape.h"
#include "report/renderers.h"
#include "report/vocabulary.h"

namespace revisor::report {

namespace {

// Backslash-escapes Markdown syntax, then html_escape() handles '<', '&' and controls; line breaks
// become spaces so text cannot open a new block or end a table row. A leading list or quote marker
// is escaped because callers place text right after "> " or a list indent.
std::string md(std::string_view s) {
  std::string out;
  out.reserve(s.size() + 8);
  std::size_t lead = 0;
  while (lead < s.size() && s[lead] >= '0' && s[lead] <= '9') ++lead;
  for (std::size_t i = 0; i < s.size(); ++i) {
    const char c = s[i];
    const bool at_start = i == 0 && (c == '-' || c == '+' || c == '=');
    const bool list_number = i == lead && lead > 0 && (c == '.' || c == ')');
    switch (c) {
      case '\\':
      case '`':
      case '*':
      case '_':
      case '[':
      case ']':
      case '#':
      case '|':
      case '~':
        out += '\\';
        out += c;
        break;
      case '\n':
      case '\r':
        out += ' ';
        break;
      default:
        if (at_start || list_number) out += '\\';
        out += c;
    }
  }
  return html_escape(out);
}

// Strikethrough and bold must hug their text, or GitHub leaves the markers as literal characters.
std::string wrap(std::string_view marker, std::string_view text) {
  auto b = text.find_first_not_of(' ');
  if (b == std::string_view::npos) return std::string(text);
  auto e = text.find_last_not_of(' ');
  return std::string(text.substr(0, b)) + std::string(marker) + md(text.substr(b, e - b + 1)) +
         std::string(marker) + std::string(text.substr(e + 1));
}

std::string inline_segments(std::span<const Segment> segments) {
  std::string out;
  for (const auto& s : segments) {
    if (!s.edit) {
      out += md(s.text);
      continue;
    }
    if (s.space_before) out += ' ';
    if (!s.old_text.empty()) out += wrap("~~", s.old_text);
    if (!s.old_text.empty() && !s.new_text.empty()) out += ' ';
    if (!s.new_text.empty()) out += wrap("**", s.new_text);
  }
  return out;
}

std::string ref_md(const ChangeLink& link, vocab::Legend& legend) {
  legend.use(link.ref.category);
  return "v" + std::to_string(link.ref.from) + " \u2192 v" + std::to_string(link.ref.to) + " `" +
         std::string(analyze::to_string(link.ref.category)) + "`, " +
         std::string(vocab::describe_change_kind(link.ref)) + ": " + inline_segments(link.segments);
}

std::string change_md(const ArticleReport& r, const ChangeView& c, vocab::Legend& legend) {
  std::string out = "- **" + std::string(c.headline ? "Headline " : "") + std::string(describe(c.op)) + "**";
  if (c.notice_text.empty() && c.removed_notice_text.empty()) {
    out += " `" + std::string(analyze::to_string(c.category)) + "`";
    legend.use(c.category);
  }
  for (auto n : c.removed_notice_text) {
    if (n < r.removed_notices.size())
      out += " *(" + std::string(describe(r.removed_notices[n].kind)) + " removed)*";
  }
  for (auto n : c.notice_text) {
    if (n < r.notices.size())
      out += " *(the " + std::string(describe(r.notices[n].finding.notice.kind)) + " itself)*";
  }
  if (c.stealth) {
    out += " \u26a0\ufe0f **stealth edit: no notice**";
    legend.use("stealth edit");
  }
  for (auto n : c.notices) {
    if (n < r.notices.size()) {
      out += " \u2190 named by " + std::string(describe(r.notices[n].finding.notice.kind)) + " " +
             std::to_string(n + 1);
    }
  }
  return out + "  \n  " + inline_segments(c.segments) + "\n";
}

}  // namespace

std::string detail::markdown_segments(std::span<const Segment> segments) { return inline_segments(segments); }

void detail::render_report_markdown(const ArticleReport& r, std::ostream& os, const RenderOptions& options) {
  vocab::Legend legend;
  legend.use("notice");
  legend.use("stealth edit");
  legend.use("removed notice");
  std::string out;
  out += "# " + md(r.headline.empty() ? r.id : r.headline) + "\n\n";
  out += "Change report for `" + html_escape(r.id) + "`";
  if (!r.url.empty()) {
    // A pointy-bracket destination takes any URL safe_href passes; entities in it are decoded.
    const auto href = safe_href(r.url);
    out += " \u00b7 " + (href.empty() ? md(r.url) : "[" + md(r.url) + "](<" + href + ">)");
  }
  out += "\n\n| | |\n| --- | --- |\n";
  out += "| " + vocab::heading(vocab::kVersions) + " | " + std::to_string(r.counts.versions) + " |\n";
  out += "| First observed | " + md(to_display(r.first_observed())) + " |\n";
  out += "| Last observed | " + md(to_display(r.last_observed())) + " |\n";
  out += "| " + vocab::heading(vocab::kNotices) + " | " + md(notice_summary(r)) + " |\n";
  out +=
      "| " + vocab::heading(vocab::kStealthEdits) + " | " + std::to_string(r.counts.stealth_edits) + " |\n";
  out += "| " + vocab::heading(vocab::kRemovedNotices) + " | " + std::to_string(r.counts.removed_notices) +
         " |\n";
  if (r.headlines.size() > 1) {
    out += "\n**Headline history**\n\n";
    for (const auto& h : r.headlines) out += "1. v" + std::to_string(h.version) + ": " + md(h.text) + "\n";
  }

  out += "\n## Findings\n\n";
  if (r.notices.empty() && r.stealth_edits.empty() && r.removed_notices.empty()) {
    out += "No notices, no stealth edits, no removed notices.\n";
  }
  for (std::size_t i = 0; i < r.notices.size(); ++i) {
    const auto& n = r.notices[i];
    out += "### Notice " + std::to_string(i + 1) + ": " + std::string(describe(n.finding.notice.kind)) +
           " (version " + std::to_string(n.finding.notice.version) + ")\n\n> " + md(n.finding.notice.text) +
           "\n\n";
    legend.use(analyze::to_string(n.finding.status));
    out += n.finding.status == analyze::NoticeStatus::supported
               ? "Supported: matches " + vocab::count(n.links.size(), vocab::kChanges) + ".\n\n"
               : "Unsupported: no matching change found.\n\n";
    for (const auto& l : n.links) out += "- Refers to " + ref_md(l, legend) + "\n";
    if (!n.links.empty()) out += "\n";
  }
  if (!r.stealth_edits.empty()) {
    out += "### Stealth edits\n\nSubstantive changes that no notice acknowledges:\n\n";
    for (const auto& s : r.stealth_edits) out += "- " + ref_md(s, legend) + "\n";
    out += "\n";
  }
  if (!r.removed_notices.empty()) {
    out += "### Removed notices\n\n";
    for (const auto& rn : r.removed_notices) {
      out += "- " + std::string(describe(rn.kind)) + " shown from version " +
             std::to_string(rn.first_version) + ", gone in version " + std::to_string(rn.version) + ": ~~" +
             md(rn.text) + "~~\n";
    }
    out += "\n";
  }

  out += "\n## Timeline\n";
  for (const auto& v : r.versions) {
    out += "\n### Version " + std::to_string(v.meta.number) + " \u00b7 " +
           md(to_display(v.meta.observed_at)) + "\n\n*" + md(v.headline) + "* \u00b7 " +
           display_bytes(v.meta.bytes) + "\n\n";
    for (const auto& t : r.transitions) {
      if (t.to != v.meta.number) continue;
      if (t.changes.empty()) out += "No change in the text.\n";
      for (const auto& c : t.changes) {
        if (!c.typographic_only) out += change_md(r, c, legend);
      }
      if (t.typographic_changes > 0) {
        legend.use("typographic");
        out += "\n<details><summary>" + vocab::count(t.typographic_changes, vocab::kTypographicChanges) +
               "</summary>\n\n";
        for (const auto& c : t.changes) {
          if (c.typographic_only) out += change_md(r, c, legend);
        }
        out += "\n</details>\n";
      }
    }
    for (auto n : v.notices) {
      out += "\n> **" + std::string(describe(r.notices[n].finding.notice.kind)) +
             " published in this version** (notice " + std::to_string(n + 1) + ")\n";
    }
    for (auto n : v.removed_notices) {
      out += "\n> **" + std::string(describe(r.removed_notices[n].kind)) + " removed in this version**\n";
    }
  }
  out += "\n## Labels\n\n";
  for (const auto& t : legend.terms()) out += "- **" + md(t.label) + "**: " + md(t.meaning) + "\n";
  out += "\n---\n*Made by " + md(options.generator) + ".*\n";
  os << out;
}

}  // namespace revisor::report
