#include "revisor/align/line_diff.h"

#include <algorithm>
#include <cstdint>

#include "align/dtl_adapter.h"
#include "align/interner.h"

namespace revisor::align {
namespace {

struct Line {
  std::string_view text;
  bool ends_text = false;
};

std::vector<Line> split_lines(std::string_view text) {
  std::vector<Line> lines;
  std::size_t begin = 0;
  while (begin < text.size()) {
    const auto nl = text.find('\n', begin);
    if (nl == std::string_view::npos) {
      lines.push_back({text.substr(begin), true});
      break;
    }
    lines.push_back({text.substr(begin, nl - begin), false});
    begin = nl + 1;
  }
  return lines;
}

// A last line without '\n' differs from the same text with one: patch must see it removed and added.
std::uint32_t line_id(Interner& interner, const Line& line) {
  return interner.id(line.text) * 2 + (line.ends_text ? 1 : 0);
}

// Same bound as AlignOptions::max_dtl_elements: past it, patience anchors keep the cost near-linear.
constexpr std::size_t kMaxDtlLines = 6000;

}  // namespace

std::vector<LineHunk> line_hunks(std::string_view old_text, std::string_view new_text, std::size_t context) {
  const auto a = split_lines(old_text);
  const auto b = split_lines(new_text);
  Interner interner;
  std::vector<std::uint32_t> ids_a;
  std::vector<std::uint32_t> ids_b;
  for (const auto& l : a) ids_a.push_back(line_id(interner, l));
  for (const auto& l : b) ids_b.push_back(line_id(interner, l));
  const auto lcs = longest_common_subsequence(ids_a, ids_b, kMaxDtlLines);

  // The whole script, with each line's 0-based index on both sides.
  struct Step {
    DiffLine line;
    std::size_t i = 0;  // old lines before this step
    std::size_t j = 0;  // new lines before this step
  };
  std::vector<Step> script;
  std::size_t i = 0;
  std::size_t j = 0;
  auto emit_until = [&](std::size_t end_a, std::size_t end_b) {
    for (; i < end_a; ++i) script.push_back({{LineOp::remove, a[i].text, a[i].ends_text}, i, j});
    for (; j < end_b; ++j) script.push_back({{LineOp::insert, b[j].text, b[j].ends_text}, i, j});
  };
  for (const auto& m : lcs.matches) {
    emit_until(m.a, m.b);
    script.push_back({{LineOp::keep, a[i].text, a[i].ends_text}, i, j});
    ++i;
    ++j;
  }
  emit_until(a.size(), b.size());

  std::vector<LineHunk> hunks;
  std::size_t k = 0;
  while (k < script.size()) {
    while (k < script.size() && script[k].line.op == LineOp::keep) ++k;
    if (k == script.size()) break;
    const std::size_t first = k >= context ? k - context : 0;
    // Extend over changes whose gap of kept lines is at most 2 * context.
    std::size_t last_change = k;
    std::size_t scan = k;
    while (scan < script.size()) {
      if (script[scan].line.op != LineOp::keep) {
        last_change = scan;
        ++scan;
        continue;
      }
      std::size_t run_end = scan;
      while (run_end < script.size() && script[run_end].line.op == LineOp::keep) ++run_end;
      if (run_end == script.size() || run_end - scan > 2 * context) break;
      scan = run_end;
    }
    const std::size_t end = std::min(script.size(), last_change + 1 + context);
    LineHunk hunk;
    for (std::size_t s = first; s < end; ++s) {
      const auto op = script[s].line.op;
      if (op != LineOp::insert) ++hunk.old_count;
      if (op != LineOp::remove) ++hunk.new_count;
      hunk.lines.push_back(script[s].line);
    }
    hunk.old_start = script[first].i + (hunk.old_count > 0 ? 1 : 0);
    hunk.new_start = script[first].j + (hunk.new_count > 0 ? 1 : 0);
    hunks.push_back(std::move(hunk));
    k = end;
  }
  return hunks;
}

}  // namespace revisor::align
