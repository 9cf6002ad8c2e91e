#include "report/html_escape.h"

#include "revisor/base/utf8.h"

namespace revisor::report {

namespace {

// Characters neither HTML nor XML 1.0 accept in text, even as references, and the bidirectional
// embeddings, overrides and isolates that would let scraped text reorder the report around it.
bool forbidden(char32_t c) noexcept {
  if (c < 0x20) return c != '\t' && c != '\n' && c != '\r';
  if (c >= 0x7F && c <= 0x9F) return true;
  if ((c >= 0x202A && c <= 0x202E) || (c >= 0x2066 && c <= 0x2069)) return true;
  return c == 0xFFFE || c == 0xFFFF;
}

}  // namespace

std::string html_escape(std::string_view text) {
  std::string out;
  out.reserve(text.size() + text.size() / 8);
  Utf8Scanner scan(text);
  while (!scan.done()) {
    const auto cp = scan.next();
    if (!cp.valid || forbidden(cp.value)) {
      out += kReplacement;
      continue;
    }
    switch (cp.value) {
      case '&':
        out += "&amp;";
        break;
      case '<':
        out += "&lt;";
        break;
      case '>':
        out += "&gt;";
        break;
      case '"':
        out += "&quot;";
        break;
      case '\'':
        out += "&#39;";
        break;
      default:
        out += cp.bytes;
    }
  }
  return out;
}

std::string safe_href(std::string_view url) {
  auto starts = [&](std::string_view prefix) {
    if (url.size() < prefix.size()) return false;
    for (std::size_t i = 0; i < prefix.size(); ++i) {
      char c = url[i];
      if (c >= 'A' && c <= 'Z') c = static_cast<char>(c - 'A' + 'a');
      if (c != prefix[i]) return false;
    }
    return true;
  };
  if (!starts("http://") && !starts("https://")) return "";
  for (char c : url) {
    if (static_cast<unsigned char>(c) <= 0x20) return "";  // no white space or controls in a link
  }
  return html_escape(url);
}

}  // namespace revisor::report
