// Sentence alignment of two bodies: dtl over interned sentence keys gives identical anchors; the
// sentences left over are paired by similarity (reworded or moved), or grouped as splits and merges.
#pragma once

#include <cstdint>
#include <vector>

#include "align/interner.h"
#include "revisor/align/aligner.h"
#include "revisor/text/document.h"

namespace revisor::align {

enum class LinkKind : std::uint8_t { anchor, pair, split, merge };

// Positions are 0-based into the body-sentence lists given to align_sentences (not global
// sentence indices). anchor/pair: one each; split: one old, several new; merge: the reverse.
struct SentenceLink {
  LinkKind kind = LinkKind::anchor;
  std::vector<std::uint32_t> old_pos;
  std::vector<std::uint32_t> new_pos;
};

struct SentenceAlignment {
  std::vector<SentenceLink> links;  // every position not in a link was removed or inserted
  bool degraded = false;
};

// `old_sentences` / `new_sentences`: 0-based indices into each Document::sentences(), in reading
// order (the body without the headline).
SentenceAlignment align_sentences(const text::Document& before, const std::vector<std::uint32_t>& old_sentences,
                                  const text::Document& after, const std::vector<std::uint32_t>& new_sentences,
                                  Interner& interner, const AlignOptions& options);

}  // namespace revisor::align
