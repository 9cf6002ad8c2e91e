#include "text/html_prescan.h"

#include <algorithm>
#include <array>
#include <string>
#include <vector>

#include "text/input_check.h"

namespace revisor::text {
namespace {

// Measured with gumbo 0.10: 20,000 nested divs (work 2e8) parse in about half a second; real pages of
// 5 MB stay below 1e7.
constexpr std::uint64_t kMaxWork = 60'000'000;
constexpr std::uint32_t kMaxDepth = 5'000;

// Elements that never hold children or that the tree builder closes by itself when a sibling opens.
// (rb, rt and rp are not: outside <ruby> gumbo nests them, and time grows with the square of their count.)
constexpr std::array<std::string_view, 30> kFlat = {
    "area", "base", "br", "col", "embed", "hr", "img", "input", "link", "meta", "param", "source",
    "track", "wbr", "keygen", "p", "li", "dt", "dd", "option", "optgroup", "tr", "td", "th", "tbody",
    "thead", "tfoot", "html", "head", "body"};

// Elements whose content is raw text: a '<' inside them is not a tag.
constexpr std::array<std::string_view, 6> kRawText = {"script", "style", "textarea", "title", "xmp", "plaintext"};

bool is_name_char(char c) {
  return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '-' || c == ':';
}

std::string lower(std::string_view s) {
  std::string out(s);
  for (char& c : out) {
    if (c >= 'A' && c <= 'Z') c = static_cast<char>(c + 32);
  }
  return out;
}

std::size_t find_ci(std::string_view hay, std::string_view needle, std::size_t from) {
  for (std::size_t i = hay.find('<', from); i != std::string_view::npos; i = hay.find('<', i + 1)) {
    if (hay.size() - i >= needle.size() && lower(hay.substr(i, needle.size())) == needle) return i;
  }
  return std::string_view::npos;
}

// The end of the tag that starts at `lt`: the first '>' outside quoted attribute values.
std::size_t tag_end(std::string_view html, std::size_t lt) {
  char quote = 0;
  for (std::size_t i = lt + 1; i < html.size(); ++i) {
    const char c = html[i];
    if (quote) {
      if (c == quote) quote = 0;
    } else if (c == '"' || c == '\'') {
      // Quotes only open attribute values after '='; a stray quote elsewhere is just a character.
      if (html[i - 1] == '=' || (html[i - 1] == ' ' && i >= 2 && html[i - 2] == '=')) quote = c;
    } else if (c == '>') {
      return i;
    }
  }
  return html.size();
}

}  // namespace

NestingEstimate estimate_nesting(std::string_view html) {
  NestingEstimate est;
  std::vector<std::string> open;  // names of open elements, innermost last
  std::size_t i = 0;
  while ((i = html.find('<', i)) != std::string_view::npos) {
    if (i + 1 >= html.size()) break;
    const char next = html[i + 1];
    if (html.substr(i, 4) == "<!--") {
      const std::size_t end = html.find("-->", i + 4);
      i = end == std::string_view::npos ? html.size() : end + 3;
      continue;
    }
    const bool closing = next == '/';
    std::size_t name_begin = i + (closing ? 2 : 1);
    std::size_t name_end = name_begin;
    while (name_end < html.size() && is_name_char(html[name_end])) ++name_end;
    if (name_end == name_begin) {  // "<!doctype", "< 3", "</ >": not an element tag
      i = next == '!' || next == '?' ? tag_end(html, i) + 1 : i + 1;
      continue;
    }
    const std::string name = lower(html.substr(name_begin, name_end - name_begin));
    const std::size_t end = tag_end(html, i);
    i = end + 1;
    if (closing) {
      // Real end tags match an element near the top; searching deeper only costs time on garbage.
      const auto search_end = open.rbegin() + static_cast<std::ptrdiff_t>(std::min<std::size_t>(open.size(), 64));
      auto it = std::find(open.rbegin(), search_end, name);
      if (it == search_end) continue;
      open.erase(std::next(it).base(), open.end());
      continue;
    }
    est.work += open.size();
    if (est.work > kMaxWork) break;  // already refused: the rest of a huge page need not be read
    if (end < html.size() && html[end - 1] == '/') continue;  // self-closing (SVG, MathML)
    if (std::find(kRawText.begin(), kRawText.end(), name) != kRawText.end()) {
      const std::size_t close = find_ci(html, "</" + name, i);
      i = close == std::string_view::npos ? html.size() : close;
      continue;
    }
    if (std::find(kFlat.begin(), kFlat.end(), name) != kFlat.end()) continue;
    open.push_back(name);
    est.max_depth = std::max(est.max_depth, static_cast<std::uint32_t>(open.size()));
  }
  return est;
}

void check_html_nesting(std::string_view html, std::string_view file_name) {
  const NestingEstimate est = estimate_nesting(html);
  if (est.max_depth > kMaxDepth || est.work > kMaxWork) {
    refuse_input(file_name, "HTML nested too deeply to parse (about " + std::to_string(est.max_depth) +
                                " levels of unclosed elements; the limit is " + std::to_string(kMaxDepth) +
                                " levels and " + std::to_string(kMaxWork) + " element-depth steps)");
  }
}

}  // namespace revisor::text
