// Rewordings that keep the claim: the same words in other forms or put for their synonyms, and a
// name written out for its initials. Word lists stay out of this: the forms come from the Snowball
// stemmers and WordNet.
#pragma once

#include <span>
#include <string>
#include <string_view>

#include "analyze/stemmer.h"

namespace revisor::analyze {

// True when the claim words `gone` and `added` (case-folded, function words left out by the caller)
// pair off one to one, each pair the same word in another form (one Snowball stem in `language`, or
// one WordNet base form: "rose"/"risen") or, in English, WordNet synonyms ("purchased"/"bought").
// "will capture" -> "captured" with the auxiliary left out, "big plant" -> "large factory". False
// when either side is empty or the counts differ.
bool same_words_reworded(std::span<const std::string> gone, std::span<const std::string> added,
                         StemLanguage language);

// True when what was announced as coming is told as done: `gone` is a word of plan or expectation
// ("expected", "scheduled", "planned", "set", "due") and verbs, `added` the same verbs in a past
// form ("is expected to make" -> "made", "is scheduled to launch" -> "launched"), by WordNet's
// morphology. Also true for one such word put for another ("expected" -> "scheduled"): the same
// plan. English; auxiliaries and "to" left out by the caller.
bool came_to_pass(std::span<const std::string> gone, std::span<const std::string> added);

// True when `acronym` (as written: "US", "U.N.") is made of the initials of `words` (as written,
// "United", "States"), skipping the lower-case function words inside a name ("of", "for").
bool is_acronym_of(std::string_view acronym, std::span<const std::string_view> words);

}  // namespace revisor::analyze
