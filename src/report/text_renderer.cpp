// Terminal text: the report as a person reads it in a terminal. Article text passes through
// terminal_sanitize(); colours only when the caller asks (a terminal, NO_COLOR unset).
#include <string>

#include "revisor/base/terminal_text.h"
#include "revisor/report/render.h"

#include "report/display.h"
#include "report/renderers.h"

namespace revisor::report {

namespace {

class Painter {
 public:
  explicit Painter(bool color) : color_(color) {}
  std::string operator()(std::string_view code, const std::string& s) const {
    if (!color_) return s;
    return "\x1b[" + std::string(code) + "m" + s + "\x1b[0m";
  }

 private:
  bool color_;
};

constexpr std::string_view kBold = "1", kDim = "2", kRed = "31", kGreen = "32", kCyan = "36",
                           kBoldYellow = "1;33";

std::string safe(std::string_view s) { return terminal_sanitize(s); }

std::string inline_change(const ChangeView& c, const Painter& paint) {
  std::string out;
  for (const auto& s : c.segments) {
    if (!s.edit) {
      out += safe(s.text);
      continue;
    }
    if (s.space_before) out += ' ';
    if (!s.old_text.empty()) out += paint(kRed, "[-" + safe(s.old_text) + "-]");
    if (!s.new_text.empty()) out += paint(kGreen, "{+" + safe(s.new_text) + "+}");
  }
  return out;
}

std::string ref_text(const analyze::ChangeRef& ref, const Painter& paint) {
  std::string out = "v";
  out.append(std::to_string(ref.from)).append("\u2192v").append(std::to_string(ref.to)).append(": ");
  if (!ref.old_text.empty()) out += paint(kRed, "[-" + safe(ref.old_text) + "-]");
  if (!ref.new_text.empty()) out += paint(kGreen, "{+" + safe(ref.new_text) + "+}");
  return out + " (" + std::string(analyze::to_string(ref.category)) + ")";
}

void change_text(std::string& out, const ArticleReport& r, const ChangeView& c, const Painter& paint) {
  // Built with append: g++ 12 at -O3 warns -Wrestrict (falsely) on "literal" + std::string temporaries.
  std::string what = c.headline ? "headline " : "";
  out.append("    * ").append(paint(kBold, what.append(describe(c.op))));
  if (c.notice_text.empty() && c.removed_notice_text.empty())
    out.append(" [").append(analyze::to_string(c.category)).append("]");
  for (auto n : c.removed_notice_text) {
    if (n < r.removed_notices.size())
      out.append(" ").append(
          paint(kRed, std::string("(").append(describe(r.removed_notices[n].kind)).append(" removed)")));
  }
  for (auto n : c.notice_text) {
    if (n < r.notices.size())
      out.append(" ").append(paint(
          kCyan, std::string("(the ").append(describe(r.notices[n].finding.notice.kind)).append(" itself)")));
  }
  if (c.stealth) out.append(" ").append(paint(kBoldYellow, "STEALTH EDIT (no notice)"));
  for (auto n : c.notices) {
    if (n < r.notices.size()) {
      out.append(" ").append(paint(kCyan, std::string("<- named by ")
                                              .append(describe(r.notices[n].finding.notice.kind))
                                              .append(" #")
                                              .append(std::to_string(n + 1))));
    }
  }
  out.append("\n      ").append(inline_change(c, paint)).append("\n");
}

}  // namespace

void detail::render_report_text(const ArticleReport& r, std::ostream& os, const RenderOptions& options) {
  const Painter paint(options.color);
  std::string out;
  out += paint(kBold, safe(r.headline.empty() ? r.id : r.headline)) + "\n";
  out += paint(kDim, safe(r.id)) + "\n";
  if (r.headlines.size() > 1) {
    out += "Headline changed:\n";
    for (const auto& h : r.headlines) out += "  v" + std::to_string(h.version) + "  " + safe(h.text) + "\n";
  }
  if (!r.url.empty()) out += "URL:             " + safe(r.url) + "\n";
  out += "Versions:        " + std::to_string(r.versions.size()) + "\n";
  out += "First observed:  " + safe(to_display(r.first_observed())) + "\n";
  out += "Last observed:   " + safe(to_display(r.last_observed())) + "\n";
  out += "Notices:         " + notice_summary(r) + "\n";
  const auto stealth = std::to_string(r.stealth_edits.size());
  out += "Stealth edits:   " + (r.stealth_edits.empty() ? stealth : paint(kBoldYellow, stealth)) + "\n";
  out += "Removed notices: " + std::to_string(r.removed_notices.size()) + "\n";

  out += "\n" + paint(kBold, "Findings") + "\n";
  if (r.notices.empty() && r.stealth_edits.empty() && r.removed_notices.empty()) out += "  none\n";
  for (std::size_t i = 0; i < r.notices.size(); ++i) {
    const auto& n = r.notices[i];
    out += "  #" + std::to_string(i + 1) + " " + paint(kCyan, std::string(describe(n.finding.notice.kind))) +
           ", first in version " + std::to_string(n.finding.notice.version) +
           (n.finding.status == analyze::NoticeStatus::supported
                ? ", matches " + plural(n.links.size(), "change", "changes")
                : std::string(", no matching change found")) +
           "\n    \"" + safe(n.finding.notice.text) + "\"\n";
    for (const auto& l : n.links) out += "    -> " + ref_text(l.ref, paint) + "\n";
  }
  for (const auto& s : r.stealth_edits)
    out += "  " + paint(kBoldYellow, "stealth edit") + " " + ref_text(s.ref, paint) + "\n";
  for (const auto& rn : r.removed_notices) {
    out += "  " + paint(kRed, "removed " + std::string(describe(rn.kind))) + " (in version " +
           std::to_string(rn.first_version) + ", gone in version " + std::to_string(rn.version) + "): \"" +
           safe(rn.text) + "\"\n";
  }

  out += "\n" + paint(kBold, "Timeline") + "\n";
  for (const auto& v : r.versions) {
    out += "  " + paint(kBold, "Version " + std::to_string(v.meta.number)) + "  " +
           safe(to_display(v.meta.observed_at)) + "  " + display_bytes(v.meta.bytes) + "\n";
    out += "    " + safe(v.headline) + "\n";
    for (const auto& t : r.transitions) {
      if (t.to != v.meta.number) continue;
      for (const auto& c : t.changes) {
        if (!c.typographic_only) change_text(out, r, c, paint);
      }
      if (t.typographic_changes > 0) {
        out +=
            paint(kDim, "    (" + plural(t.typographic_changes, "typographic change", "typographic changes") +
                            " not shown)") +
            "\n";
      }
      if (t.changes.empty()) out += "    (no change in the text)\n";
    }
    for (auto n : v.notices) {
      out += "    " +
             paint(kCyan, std::string(describe(r.notices[n].finding.notice.kind)) + " #" +
                              std::to_string(n + 1) + " published in this version") +
             "\n";
    }
    for (auto n : v.removed_notices) {
      out += "    " +
             paint(kRed, std::string(describe(r.removed_notices[n].kind)) + " removed in this version") +
             "\n";
    }
  }
  os << out;
}

}  // namespace revisor::report
