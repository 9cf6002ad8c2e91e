// Boilerplate rules: lines that publishers' templates put around articles ("You might also like",
// "Comments are closed.", "See Full Web Article") and that are never article text.
#pragma once

#include <string>
#include <string_view>
#include <vector>

namespace revisor::text {

// True when the whole paragraph is template text (matched case-insensitively, ignoring surrounding
// white space and final punctuation).
bool is_boilerplate_paragraph(std::string_view paragraph);

// True when the paragraph opens a trailer of links or teasers ("You might also like", "Related
// articles", "More from ..."): it and everything after it is dropped when it sits in the article's tail.
bool opens_trailer(std::string_view paragraph);

// The headline without a site name that page titles append ("Storm hits coast | CNN Politics"): the
// last " | " part when it is at most three capitalized words and the rest is longer.
std::string headline_without_site_name(std::string_view headline);

// Drops boilerplate paragraphs anywhere and a trailer opened in the second half of the body.
void drop_boilerplate(std::vector<std::string>& paragraphs);

}  // namespace revisor::text
