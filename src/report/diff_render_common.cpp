#include "report/diff_render_common.h"

#include "revisor/base/terminal_text.h"

namespace revisor::report::diff_detail {

std::string strip_controls(std::string_view text) {
  // A range over several sentences (split, merge) may cross a paragraph break: show it as a pilcrow
  // instead of a control picture.
  std::string flat;
  flat.reserve(text.size());
  for (std::size_t i = 0; i < text.size(); ++i) {
    if (text[i] != '\n') {
      flat.push_back(text[i]);
      continue;
    }
    while (i + 1 < text.size() && text[i + 1] == '\n') ++i;
    flat += " \u00b6 ";
  }
  return terminal_sanitize(flat);
}

TextSpan sentences_span(const text::Document& doc, const std::vector<std::uint32_t>& sentences) {
  if (sentences.empty()) return {};
  return {doc.sentences()[sentences.front()].span.begin, doc.sentences()[sentences.back()].span.end};
}

std::string from_label(const DiffView& view) {
  return view.from_version ? std::to_string(*view.from_version) : view.from_file;
}

std::string to_label(const DiffView& view) {
  return view.to_version ? std::to_string(*view.to_version) : view.to_file;
}

}  // namespace revisor::report::diff_detail
