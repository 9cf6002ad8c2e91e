// Typographic test for a word edit: true when the old and new token runs say the same words and
// differ only in case, quotes, dashes, spacing or punctuation.
#pragma once

#include <cstdint>
#include <span>

#include "revisor/text/document.h"

namespace revisor::align {

// Token indices are 0-based into each Document's tokens(). Comparison keys already fold case,
// quotes, dashes and spaces; punctuation tokens are ignored on both sides, and so are the token
// boundaries (a space added or lost between two words is spacing).
bool is_typographic(const text::Document& before, std::span<const std::uint32_t> old_tokens,
                    const text::Document& after, std::span<const std::uint32_t> new_tokens);

}  // namespace revisor::align
