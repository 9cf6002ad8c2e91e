// align(): computes the ChangeSet between two Documents (sentences by comparison key with dtl, then
// similarity pairing, moves, splits and merges, then word edits inside paired sentences).
#pragma once

#include <cstddef>

#include "revisor/align/change_set.h"
#include "revisor/text/document.h"

namespace revisor::align {

// Thresholds and hard cost bounds; each default was chosen from the evaluation in bench/.
struct AlignOptions {
  // Minimum token similarity (multiset Dice over non-punctuation token keys, 0..1) for a deleted and
  // an inserted sentence to count as one reworded. 0.45 had the best changed-pair F1 (0.995) in
  // bench/eval-align; 0.25 pairs unrelated newsroom additions, 0.7+ loses heavy rewordings.
  double pair_threshold = 0.45;
  // The same for a pair that crosses unchanged sentences (a move). Higher, because a far-away
  // sentence sharing the story's vocabulary is more often a rewrite than the same sentence moved
  // (read on the real corpus; synthetic moves are found at any value up to 0.9).
  double move_threshold = 0.6;
  // Past this many candidate (deleted x inserted) sentence pairs, similarity pairing is limited to a
  // window around each position, so cost stays near-linear on complete rewrites.
  std::size_t max_pair_candidates = 250000;
  // Past this many tokens in one sentence pair, the word diff is replaced by one replace edit.
  std::size_t max_word_diff_tokens = 20000;
  // Past this many elements (sentences, or tokens of one pair) left between the common prefix and
  // suffix, dtl's O((N+M)D) search is skipped and only elements unique on both sides are matched.
  std::size_t max_dtl_elements = 6000;
};

// Pure: reads both documents, touches nothing else. Never throws on any valid Document.
ChangeSet align(const text::Document& before, const text::Document& after,
                const AlignOptions& options = {});

}  // namespace revisor::align
