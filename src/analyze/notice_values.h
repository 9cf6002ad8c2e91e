// What kinds of value a stretch of notice text carries (dates, numbers), so that a notice's contrast
// ("in 2023, not 2024") or restatement ("It has 900.") gives its error type.
#pragma once

#include <string_view>

namespace revisor::analyze::patterns {

struct ValueCounts {
  int dates = 0;    // years, month and weekday names, 3/10, 9:40 (any supported language)
  int numbers = 0;  // other figures, currency amounts, spelled numbers ("twelve", "millions")
};

// Values outside parentheses: a parenthesis in a notice cites where the error ran.
ValueCounts count_values(std::string_view text);

}  // namespace revisor::analyze::patterns
