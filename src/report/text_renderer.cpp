// Terminal text: the report as a person reads it in a terminal. Article text passes through
// terminal_sanitize(); colours only when the caller asks (a terminal, NO_COLOR unset).
#include <fmt/core.h>

#include <algorithm>
#include <span>
#include <string>

#include "revisor/base/terminal_text.h"
#include "revisor/report/render.h"

#include "report/audit_render_common.h"
#include "report/display.h"
#include "report/renderers.h"
#include "report/vocabulary.h"

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

constexpr std::size_t kFolded = 100;  // bytes of a new-reporting sentence shown in the timeline

std::string inline_segments(std::span<const Segment> segments, const Painter& paint) {
  std::string out;
  for (const auto& s : segments) {
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

std::string ref_text(const ChangeLink& link, const Painter& paint, vocab::Legend& legend) {
  legend.use(link.ref.category);
  return fmt::format("v{}\u2192v{} {}, {}: {}", link.ref.from, link.ref.to, analyze::to_string(link.ref.category),
                     vocab::describe_change_kind(link.ref), inline_segments(link.segments, paint));
}

void change_text(std::string& out, const ArticleReport& r, const ChangeView& c, const Painter& paint,
                 vocab::Legend& legend) {
  // Built with append: g++ 12 at -O3 warns -Wrestrict (falsely) on "literal" + std::string temporaries.
  std::string what = c.headline ? "headline " : "";
  out.append("    * ").append(paint(kBold, what.append(describe(c.op))));
  if (c.notice_text.empty() && c.removed_notice_text.empty()) {
    out.append(" [").append(analyze::to_string(c.category)).append("]");
    legend.use(c.category);
  }
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
  if (c.stealth) {
    out.append(" ").append(paint(kBoldYellow, "STEALTH EDIT (no notice)"));
    legend.use("stealth edit");
  }
  for (auto n : c.notices) {
    if (n < r.notices.size()) {
      out.append(" ").append(paint(kCyan, std::string("<- named by ")
                                              .append(describe(r.notices[n].finding.notice.kind))
                                              .append(" #")
                                              .append(std::to_string(n + 1))));
    }
  }
  out.append("\n      ").append(inline_segments(c.segments, paint)).append("\n");
}

}  // namespace

std::string detail::text_segments(std::span<const Segment> segments, bool color) {
  return inline_segments(segments, Painter(color));
}

void detail::render_report_text(const ArticleReport& r, std::ostream& os, const RenderOptions& options) {
  const Painter paint(options.color);
  vocab::Legend legend;
  legend.use("notice");
  legend.use("stealth edit");
  legend.use("removed notice");
  std::string out;
  out += paint(kBold, safe(r.headline.empty() ? r.id : r.headline)) + "\n";
  out += paint(kDim, safe(r.id)) + "\n";
  if (r.headlines.size() > 1) {
    out += "Headline changed:\n";
    for (const auto& h : r.headlines) out += "  v" + std::to_string(h.version) + "  " + safe(h.text) + "\n";
  }
  auto line = [&](std::string label, const std::string& value) {
    label += ":";
    label.resize(std::max<std::size_t>(label.size() + 1, 17), ' ');
    out += label + value + "\n";
  };
  if (!r.url.empty()) line("URL", safe(r.url));
  line(vocab::heading(vocab::kVersions), std::to_string(r.counts.versions));
  line("First observed", safe(to_display(r.first_observed())));
  line("Last observed", safe(to_display(r.last_observed())));
  line(vocab::heading(vocab::kNotices), notice_summary(r));
  const auto severities = audit_parts::severity_breakdown(r.counts.stealth_by_severity);
  const auto stealth =
      std::to_string(r.counts.stealth_edits) + (severities.empty() ? "" : " (" + severities + ")");
  line(vocab::heading(vocab::kStealthEdits),
       r.counts.stealth_edits == 0 ? stealth : paint(kBoldYellow, stealth));
  if (r.counts.new_reporting > 0) {
    legend.use("new reporting");
    line(vocab::heading(vocab::kNewReporting), vocab::count(r.counts.new_reporting, vocab::kAddedSentences));
  }
  if (!r.developing_signs.empty()) {
    legend.use("developing story");
    line("Developing story", safe(audit_parts::developing_words(r.developing_signs)));
  }
  line(vocab::heading(vocab::kRemovedNotices), std::to_string(r.counts.removed_notices));

  out += "\n" + paint(kBold, "Findings") + "\n";
  if (r.notices.empty() && r.stealth_edits.empty() && r.removed_notices.empty()) out += "  none\n";
  for (std::size_t i = 0; i < r.notices.size(); ++i) {
    const auto& n = r.notices[i];
    const bool supported = n.finding.status == analyze::NoticeStatus::supported;
    legend.use(analyze::to_string(n.finding.status));
    out += "  #" + std::to_string(i + 1) + " " + paint(kCyan, std::string(describe(n.finding.notice.kind))) +
           ", first in version " + std::to_string(n.finding.notice.version) + ", " +
           std::string(analyze::to_string(n.finding.status)) +
           (supported ? ": matches " + vocab::count(n.links.size(), vocab::kChanges)
                      : std::string(": no matching change found")) +
           "\n    \"" + safe(n.finding.notice.text) + "\"\n";
    for (const auto& l : n.links) out += "    -> " + ref_text(l, paint, legend) + "\n";
  }
  if (!r.stealth_edits.empty()) legend.use("severity");
  for (const auto& s : r.stealth_edits)
    out += "  " + paint(kBoldYellow, "stealth edit") + " [" + std::string(analyze::to_string(s.ref.severity)) +
           "] " + ref_text(s, paint, legend) + "\n";
  for (const auto& rn : r.removed_notices) {
    out += "  " + paint(kRed, "removed " + std::string(describe(rn.kind))) + " (in version " +
           std::to_string(rn.first_version) + ", gone in version " + std::to_string(rn.version) + "): \"" +
           safe(rn.text) + "\"\n";
  }

  out += "\n" + paint(kBold, "Timeline") + "\n";
  for (std::size_t k = 0; k < r.versions.size(); ++k) {
    const auto& v = r.versions[k];
    out += "  " + paint(kBold, "Version " + std::to_string(v.meta.number)) + "  " +
           safe(to_display(v.meta.observed_at)) + "  " + display_bytes(v.meta.bytes) + "\n";
    out += "    " + safe(v.headline) + "\n";
    for (const auto& t : r.transitions) {
      if (t.to != v.meta.number) continue;
      for (const auto& c : t.changes) {
        if (c.typographic_only) continue;
        // Folded to one short line each: added, not a change to what readers were told.
        if (c.new_reporting && !c.stealth) {
          out += "    " + paint(kDim, "+ new reporting: " + safe(audit_parts::shorten(c.new_text, kFolded))) + "\n";
          continue;
        }
        change_text(out, r, c, paint, legend);
      }
      if (t.typographic_changes > 0) {
        legend.use("typographic");
        out += paint(kDim, "    (" + vocab::count(t.typographic_changes, vocab::kTypographicChanges) +
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
    for (const auto& e : r.events_after(k))
      out += "  " + paint(kRed, safe(page_event_words(e))) + "  " + safe(to_display(e.at)) + "\n";
  }
  out += "\n" + paint(kBold, "Labels") + "\n";
  for (const auto& t : legend.terms()) {
    std::string label(t.label);
    label.resize(std::max<std::size_t>(label.size() + 1, 17), ' ');
    out += "  " + label + std::string(t.meaning) + "\n";
  }
  os << out;
}

}  // namespace revisor::report
