#include "analyze/credit_lines.h"

#include <re2/re2.h>

#include <algorithm>
#include <array>
#include <string>

namespace revisor::analyze {

using text::Document;

// Marks of a credit line, looked for in its first 300 bytes, lower-cased (ASCII).
bool is_credit_line(std::string_view sentence) {
  std::string s;
  for (char ch : sentence.substr(0, 300)) {
    s.push_back(ch >= 'A' && ch <= 'Z' ? static_cast<char>(ch + 32) : ch);
  }
  static constexpr std::array<std::string_view, 18> kMarks = {
      "reporting by", "editing by", "writing by", "additional reporting", "contributed reporting",
      "contributed to this report", "contributed to this story", "photo by", "(ap photo", "getty images",
      "photograph:", "image credit", "photo credit", "photo:", "credit:", "courtesy of", "compiled by",
      "graphics by"};
  if (std::any_of(kMarks.begin(), kMarks.end(), [&](std::string_view m) { return s.find(m) != std::string::npos; }))
    return true;
  // A byline: "By Ann Lee and Bo Chen", short and standing alone.
  return s.starts_with("by ") && s.size() < 80 && s.find(',') == std::string::npos;
}

// Where, when and by whom the story was filed, in capitals before an agency's name in brackets.
std::size_t dateline_length(std::string_view sentence) {
  static const RE2 dateline(
      R"(^([A-Z][A-Z .'-]+(?:,[^()]{1,40})?\((?:Reuters|AP|AFP|CNN|Bloomberg|dpa|EFE|ANSA|UPI)\)\s*(?:-|\x{2013}|\x{2014})))");
  re2::StringPiece whole;
  if (!RE2::PartialMatch(sentence.substr(0, 120), dateline, &whole)) return 0;
  return whole.size();
}

bool in_dateline(const Document& doc, std::span<const std::uint32_t> ids, TextSpan span) {
  for (auto id : ids) {
    if (id >= doc.sentences().size()) continue;
    const auto& sentence = doc.sentences()[id].span;
    if (span.begin < sentence.begin || span.begin > sentence.end) continue;
    return span.end <= sentence.begin + dateline_length(doc.slice(sentence));
  }
  return false;
}

bool credit_change(const Document& before, const Document& after, const align::SentenceChange& change) {
  auto all_credit = [](const Document& doc, std::span<const std::uint32_t> ids) {
    bool any_sentence = false;
    for (auto id : ids) {
      if (id >= doc.sentences().size()) continue;
      any_sentence = true;
      if (!is_credit_line(doc.slice(doc.sentences()[id].span))) return false;
    }
    return any_sentence;
  };
  return all_credit(before, change.old_sentences) || all_credit(after, change.new_sentences);
}

}  // namespace revisor::analyze
