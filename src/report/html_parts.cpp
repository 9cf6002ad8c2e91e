#include "report/html_parts.h"

#include "report/html_escape.h"
#include "report/vocabulary.h"

namespace revisor::report {

namespace {

std::string attr_id(const std::string& anchor, const FragmentOptions& options) {
  if (!options.ids || anchor.empty()) return "";
  return " id=\"" + html_escape(anchor) + "\"";
}

}  // namespace

std::string category_html(analyze::Category category) {
  const std::string name(analyze::to_string(category));
  return "<span class=\"cat cat-" + name + (analyze::is_substantive(category) ? "" : " minor") +
         "\" title=\"" + html_escape(vocab::explain(name)) + "\">" + html_escape(name) + "</span>";
}

std::string severity_html(analyze::Severity severity) {
  const std::string name(analyze::to_string(severity));
  return "<span class=\"sev sev-" + name + "\" title=\"" + html_escape(vocab::explain("severity")) + "\">" +
         html_escape(name) + "</span>";
}

std::string segments_html(const ChangeView& change, const FragmentOptions& options) {
  return segments_html(change.segments, change.anchor, options);
}

std::string segments_html(std::span<const Segment> segments, const std::string& own_anchor,
                          const FragmentOptions& options) {
  std::string out;
  for (const auto& s : segments) {
    if (!s.edit) {
      out += html_escape(s.text);
      continue;
    }
    std::string cls = "edit";
    if (s.typographic) cls += " typo";
    if (s.stealth) cls += " stealth";
    if (s.linked) cls += " linked";
    // Whole added/removed sentences reuse the change's anchor, which the <li> already carries.
    const bool own_id = s.anchor != own_anchor;
    if (s.space_before) out += ' ';
    out += "<span class=\"" + cls + "\"" + (own_id ? attr_id(s.anchor, options) : "") + ">";
    if (!s.old_text.empty()) out += "<del>" + html_escape(s.old_text) + "</del>";
    if (!s.old_text.empty() && !s.new_text.empty()) out += ' ';
    if (!s.new_text.empty()) out += "<ins>" + html_escape(s.new_text) + "</ins>";
    out += "</span>";
  }
  return out;
}

std::string change_html(const ChangeView& change, const ArticleReport& report,
                        const FragmentOptions& options) {
  std::string cls = "change";
  if (change.typographic_only) cls += " typographic";
  if (change.stealth) cls += " is-stealth";
  if (change.new_reporting) cls += " is-new-reporting";
  if (!change.notices.empty()) cls += " is-linked";
  std::string out = "<li class=\"" + cls + "\"" + attr_id(change.anchor, options) + ">";
  out += "<p class=\"tags\">";
  out += "<span class=\"op op-" + std::string(align::to_string(change.op)) + "\">" +
         std::string(change.headline ? "headline " : "") + html_escape(describe(change.op)) + "</span> ";
  if (change.notice_text.empty() && change.removed_notice_text.empty()) out += category_html(change.category);
  for (auto n : change.removed_notice_text) {
    if (n < report.removed_notices.size())
      out += "<strong class=\"flag removed\">" + html_escape(describe(report.removed_notices[n].kind)) +
             " removed</strong>";
  }
  for (auto n : change.notice_text) {
    if (n >= report.notices.size()) continue;
    const auto& nv = report.notices[n];
    const std::string label = "the " + std::string(describe(nv.finding.notice.kind)) + " itself";
    out += options.links ? "<a class=\"flag notice\" href=\"#" + html_escape(nv.anchor) + "\">" +
                               html_escape(label) + "</a>"
                         : "<strong class=\"flag notice\">" + html_escape(label) + "</strong>";
  }
  if (change.stealth) {
    out += " <strong class=\"flag stealth\" title=\"" + html_escape(vocab::explain("stealth edit")) +
           "\">stealth edit: no notice</strong>";
  } else if (change.new_reporting) {
    out += " <strong class=\"flag added\" title=\"" + html_escape(vocab::explain("new reporting")) +
           "\">new reporting</strong>";
  }
  for (auto n : change.notices) {
    if (n >= report.notices.size()) continue;
    const auto& nv = report.notices[n];
    const std::string label = "named by " + std::string(describe(nv.finding.notice.kind));
    if (options.links) {
      out += " <a class=\"flag notice\" href=\"#" + html_escape(nv.anchor) + "\">" + html_escape(label) +
             " \u2191</a>";
    } else {
      out += " <strong class=\"flag notice\">" + html_escape(label) + "</strong>";
    }
  }
  out += "</p><p class=\"sentence\">" + segments_html(change, options) + "</p></li>";
  return out;
}

std::string legend_html(const vocab::Legend& legend) {
  std::string out =
      "<section class=\"legend\" aria-labelledby=\"labels\">\n<h2 id=\"labels\">What the labels "
      "mean</h2>\n<dl>";
  for (const auto& t : legend.terms())
    out += "<dt>" + html_escape(t.label) + "</dt><dd>" + html_escape(t.meaning) + "</dd>";
  return out + "</dl>\n</section>\n";
}

}  // namespace revisor::report
