// Helpers shared by the diff renderers: control-character stripping and sentence-range text.
#pragma once

#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

#include "revisor/base/text_span.h"
#include "revisor/report/diff_render.h"
#include "revisor/text/document.h"

namespace revisor::report::diff_detail {

// Article text made harmless for a terminal (base's terminal_sanitize: controls become visible
// pictures or U+FFFD, bidirectional overrides U+FFFD); a paragraph break inside becomes " ¶ ".
std::string strip_controls(std::string_view text);

// The byte range from the first listed sentence's start to the last one's end; empty when none.
TextSpan sentences_span(const text::Document& doc, const std::vector<std::uint32_t>& sentences);

// How text and unified name each side: the version number, or the file name with --files.
std::string from_label(const DiffView& view);
std::string to_label(const DiffView& view);

}  // namespace revisor::report::diff_detail
