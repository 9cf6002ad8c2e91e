// A git delta (gitformat-pack(5), "Deltified representation"): how to rebuild one object from
// another as copies of the base's byte ranges and inserted bytes. Private to the store layer.
#pragma once

#include <string>
#include <string_view>

namespace revisor::store {

// The instructions that rebuild `target` from `base`, in git's delta format (base size, result
// size, then copy and insert instructions), for an OFS_DELTA entry of a pack. Matches start at word
// boundaries (after a space or a newline) and run at least 16 bytes, which finds what successive
// versions of an article and a page and its extracted text share in one pass without a search
// window. Returns "" when the delta would not save at least half of `target` (store it whole).
std::string git_delta(std::string_view base, std::string_view target);

}  // namespace revisor::store
