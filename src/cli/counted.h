// A count with its noun for the summaries commands print ("1 version", "3 versions"): the noun
// agrees with the count.
#pragma once

#include <fmt/core.h>

#include <cstddef>
#include <string>
#include <string_view>

namespace revisor::cli {

inline std::string counted(std::size_t n, std::string_view one, std::string_view many) {
  return fmt::format("{} {}", n, n == 1 ? one : many);
}

}  // namespace revisor::cli
