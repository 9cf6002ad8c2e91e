// The index page of `report --all`: one row per article with its counts, most stealth edits first.
#include <algorithm>
#include <string>
#include <vector>

#include "revisor/report/render.h"

#include "report/display.h"
#include "report/html_escape.h"
#include "report/html_parts.h"
#include "report/html_style.h"
#include "report/index_script.h"
#include "report/vocabulary.h"

namespace revisor::report {

namespace {

std::string num_cell(std::size_t n, std::string_view cls = "num") {
  return "<td class=\"" + std::string(cls) + "\" data-v=\"" + std::to_string(n) + "\">" + std::to_string(n) +
         "</td>";
}

std::string text_cell(const std::string& sort_key, const std::string& html) {
  return "<td data-v=\"" + html_escape(sort_key) + "\">" + html + "</td>";
}

std::string title_attr(std::string_view label) {
  return " title=\"" + html_escape(vocab::explain(label)) + "\"";
}

// "high (2), medium (1)": the severities an article's stealth edits reach, most severe first.
std::string severity_cell(const IndexEntry& e) {
  std::string out;
  for (std::size_t k = e.stealth_by_severity.size(); k-- > 0;) {
    if (e.stealth_by_severity[k] == 0) continue;
    const auto severity = static_cast<analyze::Severity>(k);
    if (!out.empty()) out += ", ";
    out += severity_html(severity) + " " + std::to_string(e.stealth_by_severity[k]);
  }
  return out.empty() ? "\u2014" : out;
}

}  // namespace

void render_index_html(std::span<const IndexEntry> entries, std::ostream& os, const RenderOptions& options) {
  std::vector<IndexEntry> rows(entries.begin(), entries.end());
  std::stable_sort(rows.begin(), rows.end(), index_order);
  std::size_t stealth = 0, notices = 0;
  for (const auto& e : rows) stealth += e.stealth_edits, notices += e.notices;

  std::string out;
  out += "<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n";
  out +=
      "<meta http-equiv=\"Content-Security-Policy\" content=\"default-src 'none'; style-src 'unsafe-inline'; "
      "script-src '" +
      std::string(kIndexScriptHash) + "'\">\n";
  out += "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n";
  out += "<title>Change reports \u2014 " + vocab::count(rows.size(), vocab::kArticles) + "</title>\n";
  out += "<style>" + std::string(page_css()) +
         ".wrap{max-width:72rem}</style>\n</head>\n<body>\n<div class=\"wrap\">\n";
  out += "<header>\n<p class=\"kicker\">revisor</p>\n<h1>Change reports</h1>\n<dl class=\"stats\">";
  out += "<div><dt>" + vocab::heading(vocab::kArticles) + "</dt><dd>" + std::to_string(rows.size()) +
         "</dd></div>";
  out += "<div><dt" + title_attr("notice") + ">" + vocab::heading(vocab::kNotices) + "</dt><dd>" +
         std::to_string(notices) + "</dd></div>";
  out += std::string("<div") + (stealth ? " class=\"alert\"" : "") + "><dt" + title_attr("stealth edit") +
         ">" + vocab::heading(vocab::kStealthEdits) + "</dt><dd>" + std::to_string(stealth) + "</dd></div>";
  out += "</dl>\n</header>\n<main>\n";
  if (rows.empty()) {
    out += "<p class=\"empty\">The store holds no articles.</p>\n";
  } else {
    out +=
        "<table>\n<caption class=\"vmeta\" style=\"text-align:left\">Sorted by the most severe stealth edit, "
        "stories that are not developing first, then by the number of high, medium and low ones. "
        "Column headings sort when JavaScript is on.</caption>\n<thead><tr>"
        "<th scope=\"col\" data-sort=\"text\">Article</th>"
        "<th scope=\"col\" data-sort=\"num\" class=\"num\">" +
        vocab::heading(vocab::kVersions) +
        "</th>"
        "<th scope=\"col\" data-sort=\"text\">First observed</th>"
        "<th scope=\"col\" data-sort=\"text\">Last observed</th>"
        "<th scope=\"col\" data-sort=\"num\" class=\"num\"" +
        title_attr("notice") + ">" + vocab::heading(vocab::kNotices) +
        "</th>"
        "<th scope=\"col\" data-sort=\"num\" aria-sort=\"descending\"" + title_attr("severity") +
        ">Severity</th>"
        "<th scope=\"col\" data-sort=\"num\" class=\"num\"" +
        title_attr("stealth edit") + ">" + vocab::heading(vocab::kStealthEdits) +
        "</th>"
        "<th scope=\"col\" data-sort=\"num\" class=\"num\"" +
        title_attr("new reporting") + ">" + vocab::heading(vocab::kNewReporting) +
        "</th>"
        "<th scope=\"col\" data-sort=\"num\" class=\"num\"" +
        title_attr("removed notice") + ">" + vocab::heading(vocab::kRemovedNotices) +
        "</th>"
        "</tr></thead>\n<tbody>\n";
    for (std::size_t rank = 0; rank < rows.size(); ++rank) {
      const auto& e = rows[rank];
      out += e.stealth_edits ? "<tr class=\"has-stealth\">" : "<tr>";
      const std::string title = e.headline.empty() ? e.id : e.headline;
      out += text_cell(e.id, "<a href=\"" + html_escape(e.href) + "\">" + html_escape(title) +
                                 "</a><br><code class=\"vmeta\">" + html_escape(e.id) + "</code>" +
                                 (e.developing ? " <span class=\"cat\"" + title_attr("developing story") +
                                                     ">developing story</span>"
                                               : std::string()));
      out += num_cell(e.versions);
      out += text_cell(to_iso8601(e.first_observed), html_escape(to_display(e.first_observed)));
      out += text_cell(to_iso8601(e.last_observed), html_escape(to_display(e.last_observed)));
      out += num_cell(e.notices);
      // The page's own order, so sorting by this column again restores it.
      const std::size_t severity_key = rows.size() - rank;
      out += "<td data-v=\"" + std::to_string(severity_key) + "\">" + severity_cell(e) + "</td>";
      out += num_cell(e.stealth_edits, "num stealth");
      out += num_cell(e.new_reporting);
      out += num_cell(e.removed_notices);
      out += "</tr>\n";
    }
    out += "</tbody>\n</table>\n";
  }
  vocab::Legend legend;
  legend.use("notice");
  legend.use("stealth edit");
  legend.use("severity");
  legend.use("new reporting");
  if (std::any_of(rows.begin(), rows.end(), [](const IndexEntry& e) { return e.developing; }))
    legend.use("developing story");
  legend.use("removed notice");
  out += legend_html(legend);
  out += "</main>\n<footer>Made by " + html_escape(options.generator) + ".</footer>\n</div>\n";
  out += "<script>" + std::string(kIndexScript) + "</script>\n</body>\n</html>\n";
  os << out;
}

}  // namespace revisor::report
