// Word diff inside paired sentences: dtl over interned token keys, then one WordEdit per run of
// replaced, inserted or removed tokens, plus typographic edits where keys match but bytes differ.
#pragma once

#include <cstdint>
#include <vector>

#include "align/interner.h"
#include "revisor/align/aligner.h"
#include "revisor/align/change_set.h"
#include "revisor/text/document.h"

namespace revisor::align {

struct WordDiffResult {
  std::vector<WordEdit> edits;
  bool degraded = false;  // a bound in AlignOptions was hit; the result is coarser
};

// Edits turning the old sentences into the new ones (each list: 0-based indices into
// Document::sentences(), in reading order; their tokens are concatenated). Empty when the sentences
// are byte-identical token by token and gap by gap.
WordDiffResult diff_words(const text::Document& before, const std::vector<std::uint32_t>& old_sentences,
                          const text::Document& after, const std::vector<std::uint32_t>& new_sentences,
                          Interner& interner, const AlignOptions& options);

}  // namespace revisor::align
