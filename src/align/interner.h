// Interner: maps comparison keys (views into the Documents being aligned) to dense integers, so
// every diff and similarity step compares integers, never strings (xdiff's xdl_prepare_ctx).
#pragma once

#include <cstdint>
#include <string_view>
#include <unordered_map>

namespace revisor::align {

class Interner {
 public:
  // The views must outlive the Interner: they point into Document keys.
  std::uint32_t id(std::string_view key) {
    auto [it, inserted] = ids_.try_emplace(key, static_cast<std::uint32_t>(ids_.size()));
    return it->second;
  }

 private:
  std::unordered_map<std::string_view, std::uint32_t> ids_;
};

}  // namespace revisor::align
