// Two references to one entity: a name and a description of it ("Musk" -> "the billionaire"), a
// name and its initials ("US" -> "United States"), a full name and its second reference ("Trump").
#pragma once

#include <vector>

#include "revisor/align/change_set.h"
#include "revisor/text/document.h"

namespace revisor::analyze {

// Words dropped just before a name that stays ("President Donald Trump" -> "Trump", "his attorney,
// Patrick Kolasinski" -> "Kolasinski"): a second reference shortened, the person unchanged.
// `gone`/`added` are the edit's content tokens, `new_sentence` those of the sentence after it.
bool name_shortened(const text::Document& before, const align::WordEdit& edit,
                    const std::vector<const text::Token*>& gone, const std::vector<const text::Token*>& added,
                    const std::vector<const text::Token*>& new_sentence);

// Another reference to an entity the article has already named: "Musk" -> "the billionaire",
// "Hormuz" -> "the strait", "the agency" -> "CDC". A description ("the" and a noun or two) stands
// for a name told earlier in the version that has it; a different name for a name is not this.
bool same_entity(const text::Document& before, const text::Document& after, const align::WordEdit& edit,
                 const std::vector<const text::Token*>& gone, const std::vector<const text::Token*>& added);

// A name written out for its initials or the reverse ("US" -> "United States"), or a name put for
// another name of the same place or person in WordNet ("PA" -> "Pennsylvania", "Burma" -> "Myanmar").
bool spelled_out(const text::Document& before, const text::Document& after,
                 const std::vector<const text::Token*>& gone, const std::vector<const text::Token*>& added);

}  // namespace revisor::analyze
