// The report renderers: one ArticleReport read four ways (terminal text, Markdown, JSON, a
// self-contained HTML page), plus the HTML index page that lists many articles' reports.
#pragma once

#include <cstddef>
#include <ostream>
#include <span>
#include <string>
#include <string_view>

#include "revisor/report/report_model.h"

namespace revisor::report {

enum class Format { text, markdown, json, html };

// "text", "markdown" (or "md"), "json", "html"; throws Error(usage) naming the value otherwise.
Format parse_format(std::string_view name);
std::string_view to_string(Format format) noexcept;

struct RenderOptions {
  bool color = false;                 // text: ANSI colours (the caller decides: a terminal and no NO_COLOR)
  std::string index_href;             // html: when set, the page links back to this index page
  std::string generator = "revisor";  // named in the page footer and the JSON
};

void render(Format format, const ArticleReport& report, std::ostream& out, const RenderOptions& options = {});

void render_text(const ArticleReport& report, std::ostream& out, const RenderOptions& options = {});
void render_markdown(const ArticleReport& report, std::ostream& out, const RenderOptions& options = {});
void render_json(const ArticleReport& report, std::ostream& out, const RenderOptions& options = {});
void render_html(const ArticleReport& report, std::ostream& out, const RenderOptions& options = {});

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
  std::size_t removed_notices = 0;
};

IndexEntry index_entry(const ArticleReport& report, std::string href);

// Rows sorted by stealth edits (most first) without JavaScript; a small script adds sorting by
// any column. Self-contained like the article pages.
void render_index_html(std::span<const IndexEntry> entries, std::ostream& out,
                       const RenderOptions& options = {});

}  // namespace revisor::report
