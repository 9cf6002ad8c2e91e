// ChangeSet: what changed between two versions of one article, as a reader thinks of it: sentences
// reworded, added, removed, moved, split or merged, each with word-level edits. Plain values; no I/O.
#pragma once

#include <cstdint>
#include <string_view>
#include <vector>

#include "revisor/base/text_span.h"

namespace revisor::align {

// Spelled exactly as in the JSON output.
enum class SentenceOp : std::uint8_t { equal, insert, remove, modify, move, split, merge };
enum class EditOp : std::uint8_t { replace, insert, remove };

std::string_view to_string(SentenceOp op) noexcept;  // "equal", "insert", "delete", "modify", ...
std::string_view to_string(EditOp op) noexcept;      // "replace", "insert", "delete"

// A run of tokens replaced, inserted or removed. Spans are byte offsets into the old and the new
// Document::text(); the old span is empty (at the insertion point) for insert, the new one for remove.
struct WordEdit {
  EditOp op = EditOp::replace;
  TextSpan old_span;
  TextSpan new_span;
  bool typographic = false;  // only case, accents, quotes, dashes, spacing or punctuation differ
};

// One sentence-level operation. Indices are 0-based into Document::sentences() of the old and the
// new version. insert: old empty; remove: new empty; modify/move: one each; split: one old, several
// new; merge: several old, one new.
struct SentenceChange {
  SentenceOp op = SentenceOp::equal;
  std::vector<std::uint32_t> old_sentences;
  std::vector<std::uint32_t> new_sentences;
  std::vector<WordEdit> edits;  // empty for equal/insert/remove and for a move with no rewording
  bool typographic_only() const noexcept;  // every edit typographic (false when there are none)
};

struct ChangeSet {
  // Headline as a sentence of its own: op is equal or modify, with word edits.
  SentenceChange headline;
  // Every non-equal operation on body sentences, in reading order of the new version; removals sit
  // where the removed sentence stood relative to its unchanged neighbours.
  std::vector<SentenceChange> changes;
  // True when a cost bound was hit and a coarser alignment was used for part of the text.
  bool degraded = false;

  bool empty() const noexcept { return headline.op == SentenceOp::equal && changes.empty(); }
};

}  // namespace revisor::align
