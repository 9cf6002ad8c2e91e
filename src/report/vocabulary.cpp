#include "report/vocabulary.h"

#include <algorithm>
#include <array>

#include "report/display.h"

namespace revisor::report::vocab {

namespace {

constexpr std::array kGlossary{
    Term{"notice", "a correction, clarification, update, editor's note or retraction the newsroom published"},
    Term{"supported", "a change in the text backs the notice"},
    Term{"unsupported", "no change in the text was found that the notice describes"},
    Term{"stealth edit",
         "a substantive change to what readers were already told (words changed, a sentence removed, or a "
         "sentence added in place of a removed claim or contradicting it) that no notice accounts for"},
    Term{"severity",
         "how much a stealth edit matters: high when a figure, date, negation, name or hedge changed or a "
         "claim was withdrawn; medium for another changed claim; low for the rest"},
    Term{"new reporting",
         "sentences added that change nothing readers were told before: counted and shown, not stealth edits"},
    Term{"developing story",
         "a story still unfolding (many versions, \"this is a developing story\", \"what we know\", live-blog "
         "entries, ten or more sentences of new reporting): expect new reporting"},
    Term{"removed notice", "a notice that a later version no longer carries"},
    Term{"change to notice",
         "time from the version a linked change appeared in to the version whose notice admits it"},
    Term{"date", "a weekday, calendar date or time changed"},
    Term{"number", "a quantity, amount of money or percentage changed"},
    Term{"name", "a person, organisation or place respelled or replaced"},
    Term{"title", "a role or affiliation changed"},
    Term{"quote", "words inside quotation marks changed"},
    Term{"attribution", "who said it changed"},
    Term{"location", "where it happened changed"},
    Term{"negation", "a negation added or removed"},
    Term{"fact", "other substantive wording changed"},
    Term{"other", "an error the notice names that fits no other category (a photo, a caption, a typo)"},
    Term{"wording", "where a notice's error type came from: its words name it (\"misstated the cost\")"},
    Term{"restated",
         "where a notice's error type came from: the fact it restates (\"in 2023, not 2024\"; \"said 1,200 "
         "workers. It has 900.\")"},
    Term{"change", "where a notice's error type came from: it names none, and the change it links to has it"},
    Term{"unstated", "where a notice's error type came from: nothing says, so a fact is assumed (other for an "
                     "editor's note)"},
    Term{"style",
         "wording that changes no claim (\"said\" to \"says\", a verb's tense, a pronoun for its noun)"},
    Term{"typo", "a small spelling fix inside one ordinary word"},
    Term{"typographic", "case, quotes, dashes, spacing or punctuation only"},
};

}  // namespace

std::string count(std::size_t n, Noun noun) { return plural(n, noun.one, noun.many); }

std::string heading(Noun noun) {
  std::string out(noun.many);
  if (!out.empty() && out[0] >= 'a' && out[0] <= 'z') out[0] = static_cast<char>(out[0] - 'a' + 'A');
  return out;
}

Noun notice_noun(analyze::NoticeKind kind) noexcept {
  switch (kind) {
    case analyze::NoticeKind::correction:
      return {"correction", "corrections"};
    case analyze::NoticeKind::clarification:
      return {"clarification", "clarifications"};
    case analyze::NoticeKind::update:
      return {"update", "updates"};
    case analyze::NoticeKind::editors_note:
      return {"editor's note", "editor's notes"};
    case analyze::NoticeKind::retraction:
      return {"retraction", "retractions"};
  }
  return kNotices;
}

std::string_view describe_change_kind(const analyze::ChangeRef& ref) noexcept {
  switch (ref.kind) {
    case analyze::ChangeKind::addition:
      return "sentence added";
    case analyze::ChangeKind::removal:
      return "sentence removed";
    case analyze::ChangeKind::edit:
      break;
  }
  if (ref.old_text.empty()) return "words added";
  if (ref.new_text.empty()) return "words removed";
  return "words changed";
}

std::span<const Term> glossary() noexcept { return kGlossary; }

std::string_view explain(std::string_view label) noexcept {
  for (const auto& t : kGlossary) {
    if (t.label == label) return t.meaning;
  }
  return "";
}

void Legend::use(std::string_view label) {
  if (std::find(used_.begin(), used_.end(), label) == used_.end()) used_.emplace_back(label);
}

std::vector<Term> Legend::terms() const {
  std::vector<Term> out;
  for (const auto& t : kGlossary) {
    if (std::find(used_.begin(), used_.end(), t.label) != used_.end()) out.push_back(t);
  }
  return out;
}

}  // namespace revisor::report::vocab
