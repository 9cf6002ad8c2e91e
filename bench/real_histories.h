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
// For each of `stealth_sets` (TSV: article, from, to, old words, new words, [NewsEdits 2.0 intention
// fact|style|context,] yes|no), also prints how many of the flagged stealth wording edits in that
// hand-labelled sample change a claim (precision), the claim-change recall, and how many labelled
// edits are no longer flagged. With Dump::notices, prints every notice found instead (for
// labelling). With Dump::stealth_edits, prints every flagged stealth wording edit with its sentences
// and severity instead (for drawing a sample). Returns 0, or 1 on bad input.
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
