#include "revisor/report/diff_render.h"

#include "report/diff_render_parts.h"
#include "report/renderers.h"

namespace revisor::report {

void render(Format format, const DiffView& diff, std::ostream& out, const RenderOptions& options) {
  switch (format) {
    case Format::text:
      return diff_detail::render_text(diff, out, options.color);
    case Format::unified:
      return diff_detail::render_unified(diff, out);
    case Format::json:
      return diff_detail::render_json(diff, out);
    case Format::markdown:
    case Format::html:
      break;
  }
  detail::unsupported_format("a diff", format, kDiffFormats);
}

}  // namespace revisor::report
