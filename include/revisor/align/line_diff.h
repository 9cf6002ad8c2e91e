// line_hunks(): a line diff of two texts grouped into hunks with context, the shape `diff -u`,
// `patch` and `git apply` work in. Pure; the report layer only formats it.
#pragma once

#include <cstddef>
#include <string_view>
#include <vector>

namespace revisor::align {

enum class LineOp : unsigned char { keep, remove, insert };

struct DiffLine {
  LineOp op = LineOp::keep;
  std::string_view text;   // the line without its '\n', a view into the old (keep, remove) or new text
  bool ends_text = false;  // the last line of a text that does not end in '\n'
};

// One hunk: 1-based first line and line count on each side, as in "@@ -old_start,old_count
// +new_start,new_count @@". A side with count 0 has start = the line before the hunk (0 at the top).
struct LineHunk {
  std::size_t old_start = 0;
  std::size_t old_count = 0;
  std::size_t new_start = 0;
  std::size_t new_count = 0;
  std::vector<DiffLine> lines;
};

// The hunks turning `old_text` into `new_text`, each changed run with up to `context` unchanged lines
// on either side; runs closer than 2 * context lines share a hunk. Lines end at '\n'; a text not
// ending in '\n' has a last line marked ends_text. The views point into both texts, which must
// outlive the result. Equal texts give no hunks. A very long, mostly rewritten text gets a valid but
// not minimal diff (the same size bound as sentence alignment).
std::vector<LineHunk> line_hunks(std::string_view old_text, std::string_view new_text,
                                 std::size_t context = 3);

}  // namespace revisor::align
