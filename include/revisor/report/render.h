// The report renderers: one ArticleReport read four ways (terminal text, Markdown, JSON, a
// self-contained HTML page), plus the HTML index page that lists many articles' reports.
#pragma once

#include <array>
#include <cstddef>
#include <ostream>
#include <span>
#include <string>
#include <string_view>

#include "revisor/report/format.h"
#include "revisor/report/report_model.h"

namespace revisor::report {

// The formats a report has, in the order usage messages list them.
inline constexpr std::array kReportFormats{Format::text, Format::markdown, Format::json, Format::html};

// Writes `report` to `out` in `format`, whole; article text is escaped for the format (made visible
// on a terminal). Throws Error(usage) for a format not in kReportFormats.
void render(Format format, const ArticleReport& report, std::ostream& out, const RenderOptions& options = {});

// One row of the index page.
struct IndexEntry {
  std::string id;
  std::string headline;
  std::string href;  // relative link to the article's page
  std::size_t versions = 0;
  Timestamp first_observed;
  Timestamp last_observed;
  std::size_t notices = 0;
  std::size_t stealth_edits = 0;
  std::array<std::size_t, 3> stealth_by_severity{};  // indexed by analyze::Severity
  std::size_t new_reporting = 0;
  bool developing = false;
  std::size_t removed_notices = 0;
};

// The index row of `report`, linking to `href` (relative to the index page). Never throws but
// for allocation.
IndexEntry index_entry(const ArticleReport& report, std::string href);

// Whether `a` ranks before `b` on the index: by the severity of its most severe stealth edit; at
// the same severity, an article that is not a developing story first (so one silent figure change
// is not crowded out by long live stories, rewritten as they go); then more high-severity stealth
// edits, more medium, more low; then by id. Never throws.
bool index_order(const IndexEntry& a, const IndexEntry& b) noexcept;

// Writes the index page: rows in index_order without JavaScript, a small script adds sorting by
// any column; self-contained like the article pages.
void render_index_html(std::span<const IndexEntry> entries, std::ostream& out,
                       const RenderOptions& options = {});

}  // namespace revisor::report
