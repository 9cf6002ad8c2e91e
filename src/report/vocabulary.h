// The words revisor's outputs use for what they count and label, and what each means. A count has
// one name, spelled here; a label a reader meets has one explanation, written here, shown by the
// legends of every format (and the README's "Reading a report" table repeats them).
#pragma once

#include <cstddef>
#include <span>
#include <string>
#include <string_view>
#include <vector>

#include "revisor/analyze/audit.h"

namespace revisor::report::vocab {

// A counted thing, in both numbers.
struct Noun {
  std::string_view one;
  std::string_view many;
};

inline constexpr Noun kArticles{"article", "articles"};
inline constexpr Noun kVersions{"version", "versions"};
inline constexpr Noun kTransitions{"transition", "transitions"};
inline constexpr Noun kNotices{"notice", "notices"};
inline constexpr Noun kChanges{"change", "changes"};
inline constexpr Noun kStealthEdits{"stealth edit", "stealth edits"};
inline constexpr Noun kNewReporting{"new reporting", "new reporting"};
inline constexpr Noun kAddedSentences{"sentence added", "sentences added"};
inline constexpr Noun kRemovedNotices{"removed notice", "removed notices"};
inline constexpr Noun kLinkedNotices{"linked notice", "linked notices"};
inline constexpr Noun kTypographicChanges{"typographic change", "typographic changes"};

// "1 stealth edit", "2 stealth edits"
std::string count(std::size_t n, Noun noun);
// The noun as a heading or tile label: "Stealth edits".
std::string heading(Noun noun);
// A notice kind in both numbers: "correction"/"corrections", "editor's note"/"editor's notes".
Noun notice_noun(analyze::NoticeKind kind) noexcept;

// What a ChangeRef is, in words: "words changed", "words added", "words removed", "sentence
// added", "sentence removed" (a whole sentence is an addition, not an edit from "").
std::string_view describe_change_kind(const analyze::ChangeRef& ref) noexcept;

struct Term {
  std::string_view label;
  std::string_view meaning;
};

// Every label a reader meets, in the order a legend lists them.
std::span<const Term> glossary() noexcept;
// The meaning of `label` ("stealth edit", "supported", a category name, ...), "" when unknown.
std::string_view explain(std::string_view label) noexcept;

// Collects the labels one output shows, so its legend explains those and no others.
class Legend {
 public:
  void use(std::string_view label);
  void use(analyze::Category category) { use(analyze::to_string(category)); }
  // The terms used, in glossary order.
  std::vector<Term> terms() const;

 private:
  std::vector<std::string> used_;
};

}  // namespace revisor::report::vocab
