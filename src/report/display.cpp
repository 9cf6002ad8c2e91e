#include "report/display.h"

#include "report/vocabulary.h"

namespace revisor::report {

std::string display_bytes(std::uint64_t bytes) {
  std::string digits = std::to_string(bytes);
  std::string out;
  for (std::size_t i = 0; i < digits.size(); ++i) {
    if (i > 0 && (digits.size() - i) % 3 == 0) out += ',';
    out += digits[i];
  }
  return out + (bytes == 1 ? " byte" : " bytes");
}

std::string plural(std::size_t n, std::string_view singular, std::string_view plural_form) {
  return std::to_string(n) + " " + std::string(n == 1 ? singular : plural_form);
}

std::string notice_summary(const ArticleReport& report) {
  std::string out;
  for (const auto& [kind, n] : report.notice_counts()) {
    if (!out.empty()) out += ", ";
    out += vocab::count(n, vocab::notice_noun(kind));
  }
  return out.empty() ? "none" : out;
}

std::string describe_ref(const analyze::ChangeRef& ref) {
  if (ref.old_text.empty() && ref.new_text.empty()) return "(no text)";
  if (ref.old_text.empty()) return "added: " + ref.new_text;
  if (ref.new_text.empty()) return "removed: " + ref.old_text;
  return ref.old_text + " \u2192 " + ref.new_text;
}

}  // namespace revisor::report
