// Real article histories for the benchmarks: loads ../shared/corpus/real/<article>/v*.txt|html as
// ArticleVersions, and evaluates notice detection and linking against hand labels.
#pragma once

#include <filesystem>
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
// labelled edits are no longer flagged. With `dump`, prints every notice found instead (for
// labelling). Returns 0, or 1 on bad input.
int eval_real_histories(const std::filesystem::path& dir, const std::filesystem::path& labels,
                        const std::filesystem::path& stealth_labels, bool verbose, bool dump = false);

}  // namespace revisor::bench
