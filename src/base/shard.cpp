#include "revisor/base/shard.h"

#include <fmt/core.h>

#include <charconv>
#include <string>

#include "revisor/base/error.h"

namespace revisor {

Shard parse_shard(std::string_view spec) {
  const auto bad = [&] {
    return Error(ErrorKind::usage, fmt::format("--shard {}: expected K/N with 1 <= K <= N, such as 2/8", spec));
  };
  const auto slash = spec.find('/');
  if (slash == std::string_view::npos) throw bad();
  auto number = [&](std::string_view s) {
    std::size_t n = 0;
    auto [end, ec] = std::from_chars(s.data(), s.data() + s.size(), n);
    if (s.empty() || ec != std::errc() || end != s.data() + s.size()) throw bad();
    return n;
  };
  Shard shard{number(spec.substr(0, slash)), number(spec.substr(slash + 1))};
  if (shard.count == 0 || shard.index == 0 || shard.index > shard.count) throw bad();
  return shard;
}

std::uint64_t stable_id_hash(std::string_view id) noexcept {
  std::uint64_t h = 14695981039346656037ULL;
  for (unsigned char c : id) {
    h ^= c;
    h *= 1099511628211ULL;
  }
  return h;
}

bool in_shard(std::string_view id, const Shard& shard) noexcept {
  return stable_id_hash(id) % shard.count == shard.index - 1;
}

}  // namespace revisor
