// Volatile lines: paragraphs of a page that change on every fetch of an unchanged article ("Updated
// 5 minutes ago", view counters). Learnt from two fetches in a row; kept out of every comparison.
#pragma once

#include <string>
#include <string_view>
#include <vector>

namespace revisor::text {

// A paragraph with every run of digits written as '#': "Updated 5 minutes ago" and "Updated 12
// minutes ago" share the shape "Updated # minutes ago".
std::string line_shape(std::string_view paragraph);

// Adds to `shapes` the shapes of the paragraphs (of two article texts, see text::article_text) that
// differ between `first` and `second`, when there are few of them (at most 3: more is an edit).
void learn_volatile_lines(std::string_view first, std::string_view second, std::vector<std::string>& shapes);

// Whether a paragraph is page furniture that changes with the clock even when two fetches a second
// apart agree: a relative time ("Updated 5 minutes ago", "3 hours ago") or a counter ("1,204 views",
// "32 comments"), the whole paragraph and nothing else.
bool is_page_furniture(std::string_view paragraph);

// `article_text` without the paragraphs whose shape is one of `shapes` or that are page furniture.
std::string without_volatile_lines(std::string_view article_text, const std::vector<std::string>& shapes);

}  // namespace revisor::text
