// The inline style sheet of revisor's HTML pages (report and index), kept apart from the markup.
#pragma once

#include <string_view>

namespace revisor::report {

// Content-Security-Policy for pages with no script: nothing may load or run, inline CSS only.
inline constexpr std::string_view kPageCsp = "default-src 'none'; style-src 'unsafe-inline'";

std::string_view page_css() noexcept;

}  // namespace revisor::report
