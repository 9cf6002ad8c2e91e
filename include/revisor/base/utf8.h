// Utf8Scanner: walks UTF-8 text one code point at a time, reporting each invalid byte as U+FFFD, for
// the code that must look at every character (HTML and terminal escaping, Markdown).
#pragma once

#include <cstddef>
#include <cstdint>
#include <string>
#include <string_view>

namespace revisor {

inline constexpr std::string_view kReplacement = "\xEF\xBF\xBD";  // U+FFFD in UTF-8

struct CodePoint {
  char32_t value = 0;      // 0xFFFD for an invalid sequence
  std::string_view bytes;  // the bytes it was read from
  bool valid = true;
};

// Views the text it scans (which must outlive it); one scanner per thread.
class Utf8Scanner {
 public:
  explicit Utf8Scanner(std::string_view s) : s_(s) {}
  // True once every byte has been read.
  bool done() const noexcept { return pos_ >= s_.size(); }
  // The next code point; call only while !done(). An invalid, overlong, surrogate or truncated
  // sequence yields {0xFFFD, its first byte, false} and scanning resumes at the byte after it.
  CodePoint next() noexcept;

 private:
  std::string_view s_;
  std::size_t pos_ = 0;
};

}  // namespace revisor
