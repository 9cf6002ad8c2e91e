// Claim classification: what kind of claim each wording edit of a ChangeSet changes (date, number,
// name, title, quote, attribution, negation, fact) or that it changes none (typo, typographic, style).
#pragma once

#include <span>

#include "revisor/align/change_set.h"
#include "revisor/analyze/audit.h"
#include "revisor/text/document.h"

namespace revisor::analyze {

// Category of one word edit of `change` (a modify/move/split/merge or the headline).
Category classify_edit(const text::Document& before, const text::Document& after,
                       const align::SentenceChange& change, const align::WordEdit& edit);

// Category of the content of whole sentences added or removed (quote when they quote someone).
Category classify_content(const text::Document& document, std::span<const std::uint32_t> sentences);

// The more substantive of two categories (negation > quote > date > number > name > title >
// attribution > location > fact > other > style > typo > typographic).
Category more_substantive(Category a, Category b) noexcept;
// Position of a category in that order, 0 = typographic (least substantive).
int category_rank(Category c) noexcept;

// Category of a whole sentence change (or the headline's): its most substantive edit by the order
// above, typographic when it has none; added or removed sentences by their content.
Category change_category(const align::SentenceChange& change, std::span<const Category> edit_categories,
                         const text::Document& before, const text::Document& after);

// Builds the Transition from -> from + 1 with the category of every edit and sentence change.
Transition classify_transition(int from, align::ChangeSet changes, const text::Document& before,
                               const text::Document& after);

}  // namespace revisor::analyze
