// Real article histories for the benchmarks: loads ../shared/corpus/real/<article>/v*.txt|html as
// ArticleVersions, and evaluates notice detection and linking against hand labels.
#pragma once

#include <filesystem>
#include <span>
#include <string>
#include <vector>

#include "revisor/text/article_version.h"

namespace revisor::bench {

struct RealArticle {
  std::string id;  // folder name
  std::vector<text::ArticleVersion> versions;
  std::string skipped;  // why the folder could not be read, else empty
};

std::vector<RealArticle> load_real_histories(const std::filesystem::path& dir);

// Prints precision/recall of notices found against `labels` (TSV: article, first version, kind,
// text prefix, words the linked change must show or "-"), and whether each correction is linked.
// With `stealth_labels` (TSV: article, from, to, old words, new words, yes|no), also prints how many of
// the flagged stealth wording edits in that hand-labelled sample change a claim, and how many
// labelled edits are no longer flagged. With Dump::notices, prints every notice found instead (for
// labelling). `stealth_test` is the held-out test set (TSV: the same columns with the NewsEdits 2.0
// edit intention fact|style|context before yes|no); both sets print precision and claim-change recall.
// With Dump::stealth_edits, prints every flagged stealth wording edit with its sentences instead (for
// drawing a sample). Returns 0, or 1 on bad input.
enum class Dump { none, notices, stealth_edits };
// A hand-labelled sample of stealth edits; a held-out one never prints its rows.
struct StealthSet {
  std::string name;
  std::filesystem::path file;
  bool held_out = false;
};
int eval_real_histories(const std::filesystem::path& dir, const std::filesystem::path& labels,
                        std::span<const StealthSet> stealth_sets, bool verbose, Dump dump = Dump::none);

}  // namespace revisor::bench
