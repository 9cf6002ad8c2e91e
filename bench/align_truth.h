// Ground truth for the alignment evaluation: takes one real article, applies known edits (word
// substitutions, inserts, deletes, paragraph moves, splits, merges, typo fixes, typographic
// changes) and records, for every sentence of the new version, where it came from.
#pragma once

#include <cstdint>
#include <random>
#include <string>
#include <vector>

namespace revisor::bench {

enum class TruthKind { equal, insert, remove, modify, move, split, merge };

// One sentence of a generated version, with its provenance.
struct TruthSentence {
  std::string text;
  std::vector<std::uint32_t> origin;  // body positions in the old version (empty for an insert)
  TruthKind kind = TruthKind::equal;
  bool typographic = false;           // for modify: the edit was typographic only
};

struct TruthCase {
  std::string old_text;  // article text: headline, blank line, paragraphs
  std::string new_text;
  std::vector<std::vector<TruthSentence>> new_paragraphs;  // body of the new version
  std::vector<std::uint32_t> removed;                      // old body positions deleted
  std::size_t old_sentences = 0;                           // body sentences of the old version
  std::vector<std::string> applied;                        // edit names, for the report
};

// `paragraphs`: the body of a real article as sentences per paragraph (as Document::parse made
// them); `donor`: sentences from other articles to insert. Applies `edits` random edits.
TruthCase make_case(const std::string& headline, const std::vector<std::vector<std::string>>& paragraphs,
                    const std::vector<std::string>& donor, int edits, std::mt19937& rng);

}  // namespace revisor::bench
