// A cheap scan of HTML tags before the real parse, to refuse pages whose nesting would make the
// HTML5 tree builder (gumbo) run for minutes: its scope checks walk the stack of open elements for
// many start tags, so time grows with element count times depth.
#pragma once

#include <cstdint>
#include <string_view>

namespace revisor::text {

struct NestingEstimate {
  std::uint32_t max_depth = 0;  // deepest run of start tags not yet closed
  std::uint64_t work = 0;       // sum over start tags of the depth they open at
};

// Counts start and end tags; void elements and elements HTML closes implicitly (p, li, td, option...)
// do not deepen. An over-estimate of what the tree builder sees, never an under-estimate for divs.
NestingEstimate estimate_nesting(std::string_view html);

// Refuses (Error bad_input, "<file>: <problem>") a page nested too deeply to parse in reasonable time.
void check_html_nesting(std::string_view html, std::string_view file_name);

}  // namespace revisor::text
