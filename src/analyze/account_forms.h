// The sentence forms a notice uses to put a reported account right without naming a value: a denial
// ("In fact, he has not been fired"), a cleft ("it was Iran that ..."), a maker named ("authored by").
// Each reads one sentence of the notice; notice_values.cpp decides which sentence is the account.
#pragma once

#include <optional>
#include <string>
#include <string_view>

#include "revisor/analyze/audit.h"

namespace revisor::analyze::patterns {

// `text` with the full stops of abbreviations ("Nov. 30", "2 p.m. ET", "Joseph C. Wilson") replaced
// by another byte, same length, so that a pattern that ends a sentence at ". " reads through them.
// Offsets into the result are offsets into `text`.
std::string mask_abbreviation_points(std::string_view text);

// Whether `sentence` holds more negations (not, never, não, nicht, ...) than `claim`: it denies
// what the claim said happened, rather than putting one of its values right.
bool denies(std::string_view claim, std::string_view sentence);

// Whether `sentence` reports what someone said, in any supported language ("said", "told",
// "se referiram", "a déclaré"), the article itself as the speaker left out ("An earlier version
// said ...").
bool reports_speech(std::string_view sentence);

// The value a cleft puts in focus: "it was Iran that was interested" gives "Iran", "c'est Paul qui"
// gives "Paul"; nullopt when `sentence` is no cleft.
std::optional<std::string_view> cleft_focus(std::string_view sentence);

// Whether `sentence` says who made the work ("written by", "jointly researched and authored by")
// or whose contention the claim is ("House Republicans contend that ..."): an attribution.
bool names_maker_or_claimant(std::string_view sentence);

}  // namespace revisor::analyze::patterns
