// The unified format: `diff -u` of the stored text (article.txt, one line per paragraph and blank
// line), which patch and git apply accept; the word-level view is the text and JSON formats' job.
#include <fmt/format.h>

#include "revisor/align/line_diff.h"
#include "revisor/base/terminal_text.h"

#include "report/diff_render_common.h"
#include "report/diff_render_parts.h"

namespace revisor::report::diff_detail {
namespace {

// diff -u writes a range of one line without its count, and an empty range as the line before it.
std::string range(std::size_t start, std::size_t count) {
  if (count == 1) return std::to_string(start);
  return fmt::format("{},{}", start, count);
}

char mark(align::LineOp op) {
  switch (op) {
    case align::LineOp::remove:
      return '-';
    case align::LineOp::insert:
      return '+';
    case align::LineOp::keep:
      break;
  }
  return ' ';
}

}  // namespace

void render_unified(const DiffView& v, std::ostream& out) {
  // Stored versions get git's a/ b/ prefixes so `git apply` and `patch -p1` read the names.
  if (v.from_version) {
    out << fmt::format("--- a/{}@{}\n+++ b/{}@{}\n", strip_controls(v.article), *v.from_version,
                       strip_controls(v.article), *v.to_version);
  } else {
    out << fmt::format("--- {}\n+++ {}\n", strip_controls(v.from_file), strip_controls(v.to_file));
  }
  for (const auto& h : align::line_hunks(v.before.text(), v.after.text())) {
    out << fmt::format("@@ -{} +{} @@\n", range(h.old_start, h.old_count), range(h.new_start, h.new_count));
    for (const auto& line : h.lines) {
      // Stored text holds no C0 controls (normalization made them spaces); what could still drive a
      // terminal (C1 controls, bidirectional overrides) is replaced, and such a line will not apply.
      out << mark(line.op) << terminal_sanitize(line.text) << '\n';
      if (line.ends_text) out << "\\ No newline at end of file\n";
    }
  }
}

}  // namespace revisor::report::diff_detail
