// The three diff renderers behind render(Format, const DiffView&, ...), one per format.
#pragma once

#include <ostream>

#include "revisor/report/diff_render.h"

namespace revisor::report::diff_detail {

void render_text(const DiffView& view, std::ostream& out, bool color);
void render_unified(const DiffView& view, std::ostream& out);
void render_json(const DiffView& view, std::ostream& out);

}  // namespace revisor::report::diff_detail
