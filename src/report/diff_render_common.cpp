#include "report/diff_render_common.h"

#include "report/terminal_sanitize.h"

namespace revisor::report::diff_detail {

std::string strip_controls(std::string_view text) { return terminal_sanitize(text); }

TextSpan sentences_span(const text::Document& doc, const std::vector<std::uint32_t>& sentences) {
  if (sentences.empty()) return {};
  return {doc.sentences()[sentences.front()].span.begin, doc.sentences()[sentences.back()].span.end};
}

}  // namespace revisor::report::diff_detail
