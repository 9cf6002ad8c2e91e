#include "store/similarity_key.h"

#include <array>
#include <cstddef>
#include <limits>

namespace revisor::store {
namespace {

constexpr std::size_t kShingleWords = 4;
constexpr std::size_t kOpeningWords = 100;

bool is_space(char c) noexcept { return c == ' ' || c == '\n' || c == '\t' || c == '\r' || c == '\f' || c == '\v'; }

std::uint64_t fnv1a(std::string_view s, std::uint64_t h = 14695981039346656037ull) noexcept {
  for (unsigned char c : s) {
    h ^= c;
    h *= 1099511628211ull;
  }
  return h;
}

// FNV-1a's low bits are weak; the minimum must be taken over well-mixed values (splitmix64's finalizer).
std::uint64_t mix(std::uint64_t x) noexcept {
  x ^= x >> 30;
  x *= 0xbf58476d1ce4e5b9ull;
  x ^= x >> 27;
  x *= 0x94d049bb133111ebull;
  x ^= x >> 31;
  return x;
}

}  // namespace

std::uint64_t similarity_key(std::string_view text) noexcept {
  // The last kShingleWords words, as a ring of views into `text`.
  std::array<std::string_view, kShingleWords> window{};
  std::size_t words = 0;
  std::uint64_t best = std::numeric_limits<std::uint64_t>::max();
  std::size_t i = 0;
  while (i < text.size() && words < kOpeningWords) {
    while (i < text.size() && is_space(text[i])) ++i;
    const std::size_t start = i;
    while (i < text.size() && !is_space(text[i])) ++i;
    if (i == start) break;
    window[words % kShingleWords] = text.substr(start, i - start);
    ++words;
    if (words < kShingleWords) continue;
    std::uint64_t h = 14695981039346656037ull;
    for (std::size_t k = 0; k < kShingleWords; ++k) {
      h = fnv1a(window[(words + k) % kShingleWords], h);
      h = fnv1a(" ", h);  // keeps "ab c" and "a bc" apart
    }
    const std::uint64_t m = mix(h);
    if (m < best) best = m;
  }
  if (words < kShingleWords) return mix(fnv1a(text));
  return best;
}

}  // namespace revisor::store
