#include "revisor/base/terminal_text.h"

#include "revisor/base/utf8.h"

namespace revisor {

namespace {

void append_utf8(std::string& out, char32_t c) {
  if (c < 0x800) {
    out.push_back(static_cast<char>(0xC0 | (c >> 6)));
  } else {
    out.push_back(static_cast<char>(0xE0 | (c >> 12)));
    out.push_back(static_cast<char>(0x80 | ((c >> 6) & 0x3F)));
  }
  out.push_back(static_cast<char>(0x80 | (c & 0x3F)));
}

bool bidi_control(char32_t c) noexcept {
  return (c >= 0x202A && c <= 0x202E) || (c >= 0x2066 && c <= 0x2069);
}

}  // namespace

std::string terminal_sanitize(std::string_view text, bool keep_newlines) {
  std::string out;
  out.reserve(text.size());
  std::size_t at = 0;
  while (at < text.size()) {
    // Printable ASCII, nearly all of most text, is copied a run at a time: one code point at a
    // time was a fifth of listing a large store.
    std::size_t run = at;
    while (run < text.size() && text[run] >= 0x20 && text[run] < 0x7F) ++run;
    out.append(text, at, run - at);
    at = run;
    if (at == text.size()) break;
    const CodePoint cp = Utf8Scanner(text.substr(at)).next();
    at += cp.bytes.size();
    const auto c = cp.value;
    if (!cp.valid || (c >= 0x80 && c <= 0x9F) || bidi_control(c)) {
      out += kReplacement;
    } else if (c == '\t' || (c == '\n' && keep_newlines)) {
      out.push_back(static_cast<char>(c));
    } else if (c < 0x20) {
      append_utf8(out, 0x2400 + c);
    } else if (c == 0x7F) {
      append_utf8(out, 0x2421);
    } else {
      out += cp.bytes;
    }
  }
  return out;
}

std::string terminal_cell(std::string_view text) {
  std::string flat(text);
  for (char& c : flat) {
    if (c == '\n' || c == '\t' || c == '\r') c = ' ';
  }
  return terminal_sanitize(flat);
}

}  // namespace revisor
