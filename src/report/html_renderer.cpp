// The article page: header with counts, findings (notices, stealth edits, removed notices), then the
// timeline of versions with each transition's changes. No script; folding uses <details>.
#include <fmt/core.h>

#include <cstdint>
#include <string>

#include "revisor/report/render.h"

#include "report/audit_render_common.h"
#include "report/display.h"
#include "report/html_escape.h"
#include "report/html_parts.h"
#include "report/html_style.h"
#include "report/renderers.h"

namespace revisor::report {

namespace {

std::string time_html(Timestamp t) {
  return "<time datetime=\"" + to_iso8601(t) + "\">" + to_display(t) + "</time>";
}

std::string stat(std::string_view label, const std::string& value_html, bool alert = false,
                 std::string_view meaning = "") {
  const std::string title = meaning.empty() ? "" : " title=\"" + html_escape(meaning) + "\"";
  return std::string("<div") + (alert ? " class=\"alert\"" : "") + "><dt" + title + ">" + std::string(label) +
         "</dt><dd>" + value_html + "</dd></div>";
}

std::string version_link(int number) {
  return "<a href=\"#v" + std::to_string(number) + "\">version " + std::to_string(number) + "</a>";
}

void header_html(std::string& out, const ArticleReport& r) {
  out += "<header>\n<p class=\"kicker\">Change report \u00b7 <code>" + html_escape(r.id) + "</code></p>\n";
  out += "<h1>" + html_escape(r.headline.empty() ? r.id : r.headline) + "</h1>\n";
  if (r.headlines.size() > 1) {
    out += "<p class=\"vmeta\">The headline changed " + plural(r.headlines.size() - 1, "time", "times") +
           ":</p>\n<ol class=\"headlines\">";
    for (const auto& h : r.headlines) {
      out += "<li><span class=\"vnum\">v" + std::to_string(h.version) + "</span>" + html_escape(h.text) +
             "</li>";
    }
    out += "</ol>\n";
  }
  if (!r.url.empty()) {
    const auto href = safe_href(r.url);
    out += "<p class=\"url\">";
    out += href.empty()
               ? html_escape(r.url)
               : "<a href=\"" + href + "\" rel=\"noreferrer noopener\">" + html_escape(r.url) + "</a>";
    out += "</p>\n";
  }
  out += "<dl class=\"stats\">";
  const auto& n = r.counts;
  out += stat(vocab::heading(vocab::kVersions), std::to_string(n.versions));
  out += stat("First observed", time_html(r.first_observed()));
  out += stat("Last observed", time_html(r.last_observed()));
  out +=
      stat(vocab::heading(vocab::kNotices), html_escape(notice_summary(r)), false, vocab::explain("notice"));
  const auto severities = audit_parts::severity_breakdown(n.stealth_by_severity);
  out += stat(vocab::heading(vocab::kStealthEdits),
              std::to_string(n.stealth_edits) +
                  (severities.empty() ? "" : " <small>(" + html_escape(severities) + ")</small>"),
              n.stealth_edits > 0, vocab::explain("stealth edit"));
  if (n.new_reporting > 0) {
    out += stat(vocab::heading(vocab::kNewReporting), std::to_string(n.new_reporting), false,
                vocab::explain("new reporting"));
  }
  out += stat(vocab::heading(vocab::kRemovedNotices), std::to_string(n.removed_notices),
              n.removed_notices > 0, vocab::explain("removed notice"));
  out += "</dl>\n";
  if (!r.developing_signs.empty()) {
    out += "<p class=\"here\"><strong title=\"" + html_escape(vocab::explain("developing story")) +
           "\">Developing story</strong>: " + html_escape(audit_parts::developing_words(r.developing_signs)) +
           ". Sentences it adds are new reporting, not stealth edits.</p>\n";
  }
  out += "</header>\n";
}

enum class ShowSeverity : bool { no, yes };

// The finding read in its sentence, the change marked; the sentence links to the change in the timeline.
std::string link_item(const ChangeLink& l, ShowSeverity severity) {
  const FragmentOptions fo{false, false};
  // Built with fmt and append: g++ 12 at -O3 warns -Wrestrict (falsely) on "literal" + std::string.
  std::string out = fmt::format("<li>{}<span class=\"vmeta\">v{} \u2192 v{}</span> {} {}: ",
                                severity == ShowSeverity::yes ? severity_html(l.ref.severity) + " " : "",
                                l.ref.from, l.ref.to, category_html(l.ref.category),
                                html_escape(vocab::describe_change_kind(l.ref)));
  const auto sentence = segments_html(l.segments, "", fo);
  if (l.anchor.empty()) return out.append(sentence).append("</li>");
  return out.append("<a href=\"#").append(html_escape(l.anchor)).append("\">").append(sentence).append("</a></li>");
}

// A long list (a live story rewritten many times) shows its first items and folds the rest, so the
// timeline stays within reach; every item is also flagged where it stands in the timeline.
void link_list(std::string& out, const std::vector<ChangeLink>& links, std::size_t fold_after = SIZE_MAX,
               ShowSeverity severity = ShowSeverity::no) {
  // Folding a single item would hide nothing worth hiding.
  const bool fold = fold_after < links.size() && links.size() - fold_after > 1;
  const std::size_t shown = fold ? fold_after : links.size();
  out += "<ul>";
  for (std::size_t i = 0; i < shown; ++i) out += link_item(links[i], severity);
  out += "</ul>";
  if (shown == links.size()) return;
  out += "<details><summary>Show " + std::to_string(links.size() - shown) + " more</summary><ul>";
  for (std::size_t i = shown; i < links.size(); ++i) out += link_item(links[i], severity);
  out += "</ul></details>";
}

void findings_html(std::string& out, const ArticleReport& r, vocab::Legend& legend) {
  out += "<section aria-labelledby=\"findings\">\n<h2 id=\"findings\">Findings</h2>\n";
  if (r.notices.empty() && r.stealth_edits.empty() && r.removed_notices.empty()) {
    out += "<p class=\"empty\">No notices, no stealth edits, no removed notices.</p>\n";
  }
  if (!r.notices.empty()) {
    out += "<h3>Notices</h3>\n";
    for (const auto& n : r.notices) {
      const auto& notice = n.finding.notice;
      out += "<article class=\"card notice\" id=\"" + html_escape(n.anchor) + "\" aria-label=\"" +
             html_escape(describe(notice.kind)) + "\">\n<header><span class=\"badge\">" +
             html_escape(describe(notice.kind)) + "</span> first appeared in " + version_link(notice.version);
      const auto status = analyze::to_string(n.finding.status);
      legend.use(status);
      out += " \u00b7 <span class=\"status\" title=\"" + html_escape(vocab::explain(status)) + "\">" +
             html_escape(status) + "</span>";
      out += n.finding.status == analyze::NoticeStatus::supported
                 ? ": matches " + vocab::count(n.links.size(), vocab::kChanges)
                 : std::string(": <strong>no matching change found</strong>");
      out += "</header>\n<blockquote>" + html_escape(notice.text) + "</blockquote>\n";
      if (!n.links.empty()) {
        out += std::string("<p class=\"here\">") +
               (n.links.size() == 1 ? "The change it refers to:" : "The changes it refers to:") + "</p>";
        link_list(out, n.links);
        for (const auto& l : n.links) legend.use(l.ref.category);
      }
      out += "</article>\n";
    }
  }
  if (!r.stealth_edits.empty()) {
    out +=
        "<h3>Stealth edits</h3>\n<div class=\"card stealth\"><p class=\"here\">Substantive changes "
        "that no notice acknowledges:</p>";
    link_list(out, r.stealth_edits, 5, ShowSeverity::yes);
    for (const auto& l : r.stealth_edits) legend.use(l.ref.category);
    legend.use("severity");
    out += "</div>\n";
  }
  if (!r.new_reporting.empty()) {
    legend.use("new reporting");
    out += "<h3>New reporting</h3>\n<div class=\"card\"><p class=\"here\">" +
           vocab::count(r.new_reporting.size(), vocab::kAddedSentences) +
           " that change nothing readers were told before (not stealth edits):</p>";
    link_list(out, r.new_reporting, 0);
    out += "</div>\n";
  }
  if (!r.removed_notices.empty()) {
    out += "<h3>Removed notices</h3>\n";
    for (const auto& rn : r.removed_notices) {
      out += "<div class=\"card removed\"><header><span class=\"badge gone\">" +
             html_escape(describe(rn.kind)) + " removed</span> shown from " + version_link(rn.first_version) +
             ", gone in " + version_link(rn.version) + "</header><blockquote><del>" + html_escape(rn.text) +
             "</del></blockquote></div>\n";
    }
  }
  out += "</section>\n";
}

void transition_html(std::string& out, const ArticleReport& r, const TransitionView& t,
                     vocab::Legend& legend) {
  const FragmentOptions fo{};
  out += "<section class=\"transition\" aria-label=\"Changes from version " + std::to_string(t.from) +
         " to " + std::to_string(t.to) + "\">";
  std::size_t added = 0;
  for (const auto& c : t.changes) added += !c.typographic_only && c.new_reporting && !c.stealth ? 1 : 0;
  const auto shown = t.changes.size() - t.typographic_changes - added;
  out += "<h4>Since version " + std::to_string(t.from) + ": " + vocab::count(shown, vocab::kChanges);
  if (t.typographic_changes > 0) {
    out += ", " + vocab::count(t.typographic_changes, vocab::kTypographicChanges);
    legend.use("typographic");
  }
  if (added > 0) out += ", " + vocab::count(added, vocab::kAddedSentences) + " of new reporting";
  for (const auto& c : t.changes) {
    if (c.typographic_only) continue;
    if (c.notice_text.empty() && c.removed_notice_text.empty()) legend.use(c.category);
    if (c.stealth) legend.use("stealth edit");
  }
  out += "</h4>\n";
  if (t.degraded) {
    out += "<p class=\"here\">Large rewrite: parts of this comparison are coarser than usual.</p>\n";
  }
  if (t.changes.empty()) out += "<p class=\"empty\">No change in the text.</p>\n";
  if (shown > 0) {
    out += "<ol class=\"changes\">\n";
    for (const auto& c : t.changes) {
      if (!c.typographic_only && !(c.new_reporting && !c.stealth)) out += change_html(c, r, fo) + "\n";
    }
    out += "</ol>\n";
  }
  // Folded like typographic changes: a developing story's added paragraphs would bury its edits.
  if (added > 0) {
    out += "<details class=\"new-reporting\"><summary>Show " + vocab::count(added, vocab::kAddedSentences) +
           " of new reporting</summary>\n<ol class=\"changes\">\n";
    for (const auto& c : t.changes) {
      if (!c.typographic_only && c.new_reporting && !c.stealth) out += change_html(c, r, fo) + "\n";
    }
    out += "</ol></details>\n";
  }
  if (t.typographic_changes > 0) {
    out += "<details class=\"typographic\"><summary>Show " +
           vocab::count(t.typographic_changes, vocab::kTypographicChanges) +
           " (case, quotes, dashes, spacing, punctuation)</summary>\n<ol class=\"changes\">\n";
    for (const auto& c : t.changes) {
      if (c.typographic_only) out += change_html(c, r, fo) + "\n";
    }
    out += "</ol></details>\n";
  }
  out += "</section>\n";
}

void timeline_html(std::string& out, const ArticleReport& r, vocab::Legend& legend) {
  out +=
      "<section aria-labelledby=\"timeline\">\n<h2 id=\"timeline\">Timeline</h2>\n<ol class=\"timeline\">\n";
  for (std::size_t k = 0; k < r.versions.size(); ++k) {
    const auto& v = r.versions[k];
    out += "<li class=\"version\" id=\"v" + std::to_string(v.meta.number) + "\">\n<h3>Version " +
           std::to_string(v.meta.number) + "</h3>\n<p class=\"vmeta\">" + time_html(v.meta.observed_at) +
           " \u00b7 " + html_escape(display_bytes(v.meta.bytes));
    if (k > 0 && v.headline != r.versions[k - 1].headline) out += " \u00b7 <strong>new headline</strong>";
    out += "<br>" + html_escape(v.headline) + "</p>\n";
    for (const auto& t : r.transitions) {
      if (t.to == v.meta.number) transition_html(out, r, t, legend);
    }
    for (auto n : v.notices) {
      const auto& nv = r.notices[n];
      out += "<p class=\"here\"><span class=\"badge\">" + html_escape(describe(nv.finding.notice.kind)) +
             "</span> published in this version: <a href=\"#" + html_escape(nv.anchor) +
             "\">read the notice</a></p>\n";
    }
    for (auto n : v.removed_notices) {
      const auto& rn = r.removed_notices[n];
      out += "<p class=\"here\"><span class=\"badge gone\">" + html_escape(describe(rn.kind)) +
             " removed</span> in this version: <del>" + html_escape(rn.text) + "</del></p>\n";
    }
    for (const auto& e : r.events_after(k))
      out += "<p class=\"here\"><span class=\"badge gone\">" + html_escape(page_event_words(e)) + "</span> " +
             time_html(e.at) + "</p>\n";
    out += "</li>\n";
  }
  out += "</ol>\n</section>\n";
}

}  // namespace

void detail::render_report_html(const ArticleReport& r, std::ostream& os, const RenderOptions& options) {
  std::string out;
  out.reserve(16384);
  out += "<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n";
  out += "<meta http-equiv=\"Content-Security-Policy\" content=\"" + std::string(kPageCsp) + "\">\n";
  out += "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n";
  out += "<meta name=\"generator\" content=\"" + html_escape(options.generator) + "\">\n";
  out += "<title>" + html_escape(r.headline.empty() ? r.id : r.headline) + " \u2014 change report</title>\n";
  out += "<style>" + std::string(page_css()) + "</style>\n</head>\n<body>\n";
  out += "<a class=\"skip\" href=\"#timeline\">Skip to the timeline</a>\n<div class=\"wrap\">\n";
  if (!options.index_href.empty()) {
    out += "<nav><a href=\"" + html_escape(options.index_href) + "\">\u2190 All articles</a></nav>\n";
  }
  header_html(out, r);
  out += "<main>\n";
  vocab::Legend legend;
  legend.use("notice");
  legend.use("stealth edit");
  legend.use("removed notice");
  findings_html(out, r, legend);
  timeline_html(out, r, legend);
  out += legend_html(legend);
  out += "</main>\n<footer>Made by " + html_escape(options.generator) +
         ". Deleted words are <del>struck through</del>, inserted words <ins>underlined</ins>; typographic "
         "changes are folded away. Times are when revisor observed each version.</footer>\n";
  out += "</div>\n</body>\n</html>\n";
  os << out;
}

}  // namespace revisor::report
