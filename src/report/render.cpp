#include "revisor/report/render.h"

#include "revisor/base/error.h"

namespace revisor::report {

Format parse_format(std::string_view name) {
  if (name == "text") return Format::text;
  if (name == "markdown" || name == "md") return Format::markdown;
  if (name == "json") return Format::json;
  if (name == "html") return Format::html;
  throw Error(ErrorKind::usage,
              "unknown report format '" + std::string(name) + "': use text, markdown, json or html");
}

std::string_view to_string(Format format) noexcept {
  switch (format) {
    case Format::text:
      return "text";
    case Format::markdown:
      return "markdown";
    case Format::json:
      return "json";
    case Format::html:
      return "html";
  }
  return "text";
}

void render(Format format, const ArticleReport& report, std::ostream& out, const RenderOptions& options) {
  switch (format) {
    case Format::text:
      render_text(report, out, options);
      return;
    case Format::markdown:
      render_markdown(report, out, options);
      return;
    case Format::json:
      render_json(report, out, options);
      return;
    case Format::html:
      render_html(report, out, options);
      return;
  }
}

IndexEntry index_entry(const ArticleReport& report, std::string href) {
  IndexEntry e;
  e.id = report.id;
  e.headline = report.headline;
  e.href = std::move(href);
  e.versions = report.versions.size();
  e.first_observed = report.first_observed();
  e.last_observed = report.last_observed();
  e.notices = report.notices.size();
  e.stealth_edits = report.stealth_edits.size();
  e.removed_notices = report.removed_notices.size();
  return e;
}

}  // namespace revisor::report
