#include "revisor/base/utf8.h"

namespace revisor {

CodePoint Utf8Scanner::next() noexcept {
  const auto start = pos_;
  const auto b0 = static_cast<unsigned char>(s_[pos_]);
  int len = 0;
  char32_t cp = 0;
  char32_t min = 0;
  if (b0 < 0x80) {
    ++pos_;
    return {b0, s_.substr(start, 1), true};
  } else if ((b0 & 0xE0) == 0xC0) {
    len = 2, cp = b0 & 0x1F, min = 0x80;
  } else if ((b0 & 0xF0) == 0xE0) {
    len = 3, cp = b0 & 0x0F, min = 0x800;
  } else if ((b0 & 0xF8) == 0xF0) {
    len = 4, cp = b0 & 0x07, min = 0x10000;
  }
  bool ok = len > 0 && start + static_cast<std::size_t>(len) <= s_.size();
  for (int i = 1; ok && i < len; ++i) {
    const auto b = static_cast<unsigned char>(s_[start + static_cast<std::size_t>(i)]);
    if ((b & 0xC0) != 0x80) ok = false;
    cp = (cp << 6) | (b & 0x3F);
  }
  if (ok && (cp < min || cp > 0x10FFFF || (cp >= 0xD800 && cp <= 0xDFFF))) ok = false;
  if (!ok) {
    ++pos_;  // resynchronize on the next byte
    return {0xFFFD, s_.substr(start, 1), false};
  }
  pos_ += static_cast<std::size_t>(len);
  return {cp, s_.substr(start, static_cast<std::size_t>(len)), true};
}

}  // namespace revisor
