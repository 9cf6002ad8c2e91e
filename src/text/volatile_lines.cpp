#include "revisor/text/volatile_lines.h"

#include <re2/re2.h>

#include <algorithm>

namespace revisor::text {
namespace {

std::vector<std::string_view> paragraphs(std::string_view text) {
  std::vector<std::string_view> out;
  std::size_t start = 0;
  while (start < text.size()) {
    std::size_t end = text.find("\n\n", start);
    if (end == std::string_view::npos) end = text.size();
    std::string_view p = text.substr(start, end - start);
    while (!p.empty() && p.back() == '\n') p.remove_suffix(1);
    if (!p.empty()) out.push_back(p);
    start = end + 2;
  }
  return out;
}

bool contains(const std::vector<std::string_view>& list, std::string_view p) {
  return std::find(list.begin(), list.end(), p) != list.end();
}

}  // namespace

std::string line_shape(std::string_view paragraph) {
  std::string shape;
  for (char c : paragraph) {
    const bool digit = c >= '0' && c <= '9';
    if (!digit) shape += c;
    else if (shape.empty() || shape.back() != '#') shape += '#';
  }
  return shape;
}

void learn_volatile_lines(std::string_view first, std::string_view second, std::vector<std::string>& shapes) {
  const auto a = paragraphs(first);
  const auto b = paragraphs(second);
  std::vector<std::string> changed;
  for (std::string_view p : a)
    if (!contains(b, p)) changed.push_back(line_shape(p));
  for (std::string_view p : b)
    if (!contains(a, p)) changed.push_back(line_shape(p));
  if (changed.empty() || changed.size() > 6) return;  // at most 3 paragraphs, each seen on both sides
  for (std::string& s : changed)
    if (std::find(shapes.begin(), shapes.end(), s) == shapes.end()) shapes.push_back(std::move(s));
}

bool is_page_furniture(std::string_view paragraph) {
  if (paragraph.size() > 80) return false;
  static const RE2 furniture(
      R"((?i)^\W*((last\s+)?(updated|modified|published|posted|edited)\s*:?\s*)?)"
      R"((\d+|an?|one)\s+(second|sec|minute|min|hour|hr|day)s?\s+ago\W*$)"
      R"(|^\W*[\d.,]+[km]?\s+(views?|reads?|comments?|shares?|likes?|readers?)\W*$)");
  return RE2::PartialMatch(re2::StringPiece(paragraph.data(), paragraph.size()), furniture);
}

std::string without_volatile_lines(std::string_view article_text, const std::vector<std::string>& shapes) {
  std::string out;
  for (std::string_view p : paragraphs(article_text)) {
    if (is_page_furniture(p) || std::find(shapes.begin(), shapes.end(), line_shape(p)) != shapes.end()) continue;
    if (!out.empty()) out += "\n\n";
    out += p;
  }
  // The form of text::article_text: paragraphs apart by a blank line, one final newline.
  if (!out.empty()) out += '\n';
  return out;
}

}  // namespace revisor::text
