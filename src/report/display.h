// Small display helpers every renderer shares, so the formats agree on how a time, a size or a
// count reads.
#pragma once

#include <cstdint>
#include <string>
#include <string_view>

#include "revisor/report/report_model.h"

namespace revisor::report {

// 4312 -> "4,312 bytes"
std::string display_bytes(std::uint64_t bytes);
// "1 change", "2 changes"
std::string plural(std::size_t n, std::string_view singular, std::string_view plural_form);
// "1 correction, 2 updates" or "none"
std::string notice_summary(const ArticleReport& report);
// A ChangeRef's changed words as "old → new" (or "added: …", "removed: …"), unescaped.
std::string describe_ref(const analyze::ChangeRef& ref);

}  // namespace revisor::report
