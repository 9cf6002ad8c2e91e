#include "revisor/base/error.h"
#include "revisor/report/diff_render.h"
#include "report/diff_render_parts.h"

namespace revisor::report {

void render_diff(DiffFormat format, const DiffView& view, std::ostream& out, bool color) {
  if (!view.before || !view.after || !view.changes) {
    throw Error(ErrorKind::internal, "render_diff: the view lacks a document or its change set");
  }
  switch (format) {
    case DiffFormat::text: diff_detail::render_text(view, out, color); return;
    case DiffFormat::unified: diff_detail::render_unified(view, out); return;
    case DiffFormat::json: diff_detail::render_json(view, out); return;
  }
}

DiffFormat parse_diff_format(const std::string& name) {
  if (name == "text") return DiffFormat::text;
  if (name == "unified") return DiffFormat::unified;
  if (name == "json") return DiffFormat::json;
  throw Error(ErrorKind::usage, "unknown diff format '" + name + "': use text, unified or json");
}

}  // namespace revisor::report
