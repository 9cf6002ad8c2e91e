// A text's similarity key: a one-value MinHash of its word shingles, so that two texts sharing most
// of their wording (versions of one article, one wire story carried by several articles) usually
// share the key. gc names objects by it to put such texts side by side in libgit2's delta search.
#pragma once

#include <cstdint>
#include <string_view>

namespace revisor::store {

// The smallest hash over every run of four consecutive words of `text` (words split at ASCII
// whitespace). Two texts share the key with probability equal to the Jaccard similarity of their
// shingle sets. A text of fewer than four words hashes whole. The hash is fixed (FNV-1a, then a
// 64-bit mix), so a key is the same on every machine and run. Never throws.
std::uint64_t similarity_key(std::string_view text) noexcept;

}  // namespace revisor::store
