// Utf8Scanner: walks UTF-8 text one code point at a time, reporting invalid bytes as U+FFFD, for
// the escapers that must look at every character (html_escape, terminal_sanitize, Markdown).
#pragma once

#include <cstddef>
#include <cstdint>
#include <string>
#include <string_view>

namespace revisor::report {

inline constexpr std::string_view kReplacement = "\xEF\xBF\xBD";  // U+FFFD

struct CodePoint {
  char32_t value = 0;      // 0xFFFD for an invalid sequence
  std::string_view bytes;  // the bytes it was read from
  bool valid = true;
};

class Utf8Scanner {
 public:
  explicit Utf8Scanner(std::string_view s) : s_(s) {}
  bool done() const noexcept { return pos_ >= s_.size(); }
  CodePoint next() noexcept;

 private:
  std::string_view s_;
  std::size_t pos_ = 0;
};

}  // namespace revisor::report
