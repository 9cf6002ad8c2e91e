// TextSpan: a half-open byte range [begin, end) into one UTF-8 string (usually Document::text()).
// Offsets, not views, so spans stay valid when the string they index is copied or moved.
#pragma once

#include <cstdint>

namespace revisor {

struct TextSpan {
  std::uint32_t begin = 0;  // 0-based byte offset, inclusive
  std::uint32_t end = 0;    // 0-based byte offset, exclusive

  std::uint32_t size() const noexcept { return end - begin; }
  bool empty() const noexcept { return end == begin; }
  friend bool operator==(const TextSpan&, const TextSpan&) = default;
};

}  // namespace revisor
