// Markdown for code-hosting sites: a summary table, then findings and the timeline with word edits as
// ~~old~~ **new**. Article text is Markdown-escaped, then HTML-escaped, so it renders as text.
#include <fmt/core.h>

#include <span>
#include <string>
#include <vector>

#include "revisor/base/utf8.h"
#include "revisor/report/render.h"

#include "report/display.h"
#include "report/audit_render_common.h"
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

// CommonMark's flanking rules, read so that they hold for every spec version GitHub and cmark-gfm
// follow: 0.31 counts symbols (S*) as punctuation, 0.29 does not, so a symbol is "maybe" punctuation
// inside a marker and never counted on as punctuation outside one.
bool is_space(char32_t c) {
  return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f' || c == 0xA0 || c == 0x1680 ||
         (c >= 0x2000 && c <= 0x200A) || c == 0x202F || c == 0x205F || c == 0x3000;
}

bool ascii_punct(char32_t c) {
  return (c >= 0x21 && c <= 0x2F) || (c >= 0x3A && c <= 0x40) || (c >= 0x5B && c <= 0x60) ||
         (c >= 0x7B && c <= 0x7E);
}

// Unicode punctuation (P*) in the blocks news text uses: Latin-1, General and Supplemental
// Punctuation, CJK and fullwidth forms.
bool surely_punct(char32_t c) {
  if (c < 0x80) return ascii_punct(c);
  return c == 0xA1 || c == 0xA7 || c == 0xAB || c == 0xB6 || c == 0xB7 || c == 0xBB || c == 0xBF ||
         (c >= 0x2010 && c <= 0x2027) || (c >= 0x2030 && c <= 0x2043) || (c >= 0x2045 && c <= 0x2051) ||
         (c >= 0x2053 && c <= 0x205E) || (c >= 0x2E00 && c <= 0x2E4F) || (c >= 0x3001 && c <= 0x3003) ||
         (c >= 0x3008 && c <= 0x3011) || (c >= 0x3014 && c <= 0x301F) || (c >= 0xFE10 && c <= 0xFE19) ||
         (c >= 0xFE30 && c <= 0xFE4F) || (c >= 0xFF01 && c <= 0xFF0F) || c == 0xFF1A || c == 0xFF1B ||
         c == 0xFF1F || c == 0xFF20 || (c >= 0xFF3B && c <= 0xFF3D) || c == 0xFF3F || c == 0xFF5B ||
         c == 0xFF5D || (c >= 0xFF5F && c <= 0xFF65);
}

// Punctuation or a symbol, or a format character that may sit next to one: never a letter or digit.
bool maybe_punct(char32_t c) {
  if (c < 0x80) return ascii_punct(c);
  return (c >= 0xA1 && c <= 0xBF) || c == 0xD7 || c == 0xF7 || (c >= 0x2000 && c <= 0x2BFF) ||
         (c >= 0x2E00 && c <= 0x2E7F) || (c >= 0x3000 && c <= 0x303F) || (c >= 0xFE10 && c <= 0xFE6F) ||
         (c >= 0xFF01 && c <= 0xFF20) || (c >= 0xFF3B && c <= 0xFF40) || (c >= 0xFF5B && c <= 0xFF65) ||
         (c >= 0x1F000 && c <= 0x1FAFF) || c == 0xFFFD;
}

// An opening marker before `first` opens (left-flanking) after `before` (0: start of the line).
bool opens(char32_t before, char32_t first) {
  return !maybe_punct(first) || before == 0 || is_space(before) || surely_punct(before);
}

// A closing marker after `last` closes (right-flanking) before `after` (0: end of the line).
bool closes(char32_t last, char32_t after) {
  return !maybe_punct(last) || after == 0 || is_space(after) || surely_punct(after);
}

char32_t first_cp(std::string_view s) {
  if (s.empty()) return 0;
  return Utf8Scanner(s).next().value;
}

char32_t last_cp(std::string_view s) {
  if (s.empty()) return 0;
  std::size_t b = s.size() - 1;
  while (b > 0 && s.size() - b < 4 && (static_cast<unsigned char>(s[b]) & 0xC0) == 0x80) --b;
  return first_cp(s.substr(b));
}

// A letter, digit or the like: an edit that ends inside a word is shown with all of it.
bool word_char(char32_t c) { return c != 0 && !is_space(c) && !maybe_punct(c); }

// Where a word ends for widening an edit: Markdown turns a line break into a space too.
bool word_break(char c) { return c == ' ' || c == '\n'; }

// The text without its leading and trailing white space, and where that begins and ends.
struct Trimmed {
  std::string_view lead, body, trail;
};

Trimmed trim(std::string_view s) {
  std::size_t b = 0;
  std::size_t e = s.size();
  {
    Utf8Scanner scan(s);
    while (!scan.done()) {
      const auto cp = scan.next();
      if (!is_space(cp.value)) break;
      b += cp.bytes.size();
    }
  }
  while (e > b) {
    std::size_t start = e - 1;
    while (start > b && (static_cast<unsigned char>(s[start]) & 0xC0) == 0x80) --start;
    if (!is_space(first_cp(s.substr(start, e - start)))) break;
    e = start;
  }
  return {s.substr(0, b), s.substr(b, e - b), s.substr(e)};
}

// Strikethrough and bold must hug their text, or GitHub leaves the markers as literal characters;
// the white space around the text goes outside them.
std::string wrap(std::string_view marker, std::string_view text) {
  const auto t = trim(text);
  if (t.body.empty()) return md(text);
  return md(t.lead) + std::string(marker) + md(t.body) + std::string(marker) + md(t.trail);
}

bool has_text(std::string_view s) { return !trim(s).body.empty(); }

// An edit's markers only parse when flanking holds at both outer ends: "spring**,**" or
// "**“**word" would leave the stars as text. There, and where an edit ends inside a word
// ("**O’Neil**l" reads as two words), the edit is widened to the whole word it touches (old and new
// alike: the borrowed text is the same in both versions), so the markers sit next to a space:
// "~~spring~~ **spring,**". Edits left touching (nothing between them) become one edit, so
// "**“**reckless**”**" reads "~~reckless~~ **“reckless”**" and no two marker runs meet.
bool widen_left(std::string& before, Segment& e) {
  const auto lead = trim(has_text(e.old_text) ? e.old_text : e.new_text);
  if (e.space_before || before.empty() || !lead.lead.empty() || lead.body.empty()) return false;
  const auto outside = last_cp(before);
  const auto inside = first_cp(lead.body);
  if (opens(outside, inside) && !(word_char(outside) && word_char(inside))) return false;
  std::size_t cut = before.size();
  while (cut > 0 && !word_break(before[cut - 1])) --cut;
  const std::string borrowed = before.substr(cut);
  before.erase(cut);
  e.old_text = borrowed + e.old_text;
  e.new_text = borrowed + e.new_text;
  return true;
}

bool widen_right(Segment& e, std::string& after) {
  const auto tail = trim(has_text(e.new_text) ? e.new_text : e.old_text);
  if (after.empty() || !tail.trail.empty() || tail.body.empty()) return false;
  const auto inside = last_cp(tail.body);
  const auto outside = first_cp(after);
  if (closes(inside, outside) && !(word_char(inside) && word_char(outside))) return false;
  std::size_t cut = 0;
  while (cut < after.size() && !word_break(after[cut])) ++cut;
  e.old_text += after.substr(0, cut);
  e.new_text += after.substr(0, cut);
  after.erase(0, cut);
  return true;
}

std::vector<Segment> flanked(std::vector<Segment> segs) {
  // Widening can change which side an edit starts with, so repeat until nothing moves (once or twice).
  for (bool changed = true; changed;) {
    changed = false;
    std::vector<Segment> out;
    for (auto& s : segs) {
      if (!s.edit) {
        if (!out.empty() && out.back().edit) changed |= widen_right(out.back(), s.text);
        if (!s.text.empty()) out.push_back(std::move(s));
        continue;
      }
      if (!out.empty() && !out.back().edit) {
        changed |= widen_left(out.back().text, s);
        if (out.back().text.empty()) out.pop_back();
      }
      if (!s.space_before && !out.empty() && out.back().edit) {
        out.back().old_text += s.old_text;
        out.back().new_text += s.new_text;
        changed = true;
        continue;
      }
      out.push_back(std::move(s));
    }
    segs = std::move(out);
  }
  return segs;
}

std::string inline_segments(std::span<const Segment> segments) {
  std::string out;
  bool after_edit = false;  // the output ends in a closing marker
  for (const auto& s : flanked(std::vector<Segment>(segments.begin(), segments.end()))) {
    if (!s.edit) {
      out += md(s.text);
      if (!s.text.empty()) after_edit = false;
      continue;
    }
    // Two edits with nothing between them read apart, and their markers cannot merge into one run.
    if (s.space_before || after_edit) out += ' ';
    if (!s.old_text.empty()) out += wrap("~~", s.old_text);
    if (!s.old_text.empty() && !s.new_text.empty()) out += ' ';
    if (!s.new_text.empty()) out += wrap("**", s.new_text);
    after_edit = true;
  }
  return out;
}

std::string ref_md(const ChangeLink& link, vocab::Legend& legend) {
  legend.use(link.ref.category);
  return fmt::format("v{} \u2192 v{} `{}`, {}: {}", link.ref.from, link.ref.to, analyze::to_string(link.ref.category),
                     vocab::describe_change_kind(link.ref), inline_segments(link.segments));
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
  const auto severities = audit_parts::severity_breakdown(r.counts.stealth_by_severity);
  out += "| " + vocab::heading(vocab::kStealthEdits) + " | " + std::to_string(r.counts.stealth_edits) +
         (severities.empty() ? "" : " (" + severities + ")") + " |\n";
  if (r.counts.new_reporting > 0) {
    legend.use("new reporting");
    out += "| " + vocab::heading(vocab::kNewReporting) + " | " +
           vocab::count(r.counts.new_reporting, vocab::kAddedSentences) + " |\n";
  }
  if (!r.developing_signs.empty()) {
    legend.use("developing story");
    out += "| Developing story | " + md(audit_parts::developing_words(r.developing_signs)) + " |\n";
  }
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
    legend.use("severity");
    for (const auto& s : r.stealth_edits)
      out += "- **" + std::string(analyze::to_string(s.ref.severity)) + "** " + ref_md(s, legend) + "\n";
    out += "\n";
  }
  if (!r.removed_notices.empty()) {
    out += "### Removed notices\n\n";
    for (const auto& rn : r.removed_notices) {
      out += "- " + std::string(describe(rn.kind)) + " shown from version " +
             std::to_string(rn.first_version) + ", gone in version " + std::to_string(rn.version) + ": " +
             wrap("~~", rn.text) + "\n";
    }
    out += "\n";
  }

  out += "\n## Timeline\n";
  for (std::size_t k = 0; k < r.versions.size(); ++k) {
    const auto& v = r.versions[k];
    out += "\n### Version " + std::to_string(v.meta.number) + " \u00b7 " +
           md(to_display(v.meta.observed_at)) + "\n\n" + wrap("*", v.headline) + " \u00b7 " +
           display_bytes(v.meta.bytes) + "\n\n";
    for (const auto& t : r.transitions) {
      if (t.to != v.meta.number) continue;
      if (t.changes.empty()) out += "No change in the text.\n";
      std::size_t added = 0;
      for (const auto& c : t.changes) {
        if (c.new_reporting && !c.stealth) ++added;
        else if (!c.typographic_only) out += change_md(r, c, legend);
      }
      // New reporting is folded, as typographic changes are: added, not changed under readers.
      if (added > 0) {
        out += "\n<details><summary>" + vocab::heading(vocab::kNewReporting) + ": " +
               vocab::count(added, vocab::kAddedSentences) + "</summary>\n\n";
        for (const auto& c : t.changes) {
          if (c.new_reporting && !c.stealth) out += change_md(r, c, legend);
        }
        out += "\n</details>\n";
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
    for (const auto& e : r.events_after(k))
      out += "\n**" + md(page_event_words(e)) + "** \u00b7 " + md(to_display(e.at)) + "\n";
  }
  out += "\n## Labels\n\n";
  for (const auto& t : legend.terms()) out += "- **" + md(t.label) + "**: " + md(t.meaning) + "\n";
  out += "\n---\n*Made by " + md(options.generator) + ".*\n";
  os << out;
}

}  // namespace revisor::report
