// Shard: one of N parts of a store for audits spread over machines (`audit --shard K/N`). An
// article's shard follows from its id alone, by a hash fixed across builds, machines and releases.
#pragma once

#include <cstddef>
#include <cstdint>
#include <string_view>

namespace revisor {

struct Shard {
  std::size_t index = 1;  // 1-based: 1..count
  std::size_t count = 1;
};

// "K/N" with 1 <= K <= N. Throws Error(usage) naming the value otherwise.
Shard parse_shard(std::string_view spec);

// 64-bit FNV-1a of the id's bytes: unlike std::hash, the same everywhere.
std::uint64_t stable_id_hash(std::string_view id) noexcept;

// Whether the article `id` belongs to `shard`: stable_id_hash(id) % count == index - 1.
bool in_shard(std::string_view id, const Shard& shard) noexcept;

}  // namespace revisor
