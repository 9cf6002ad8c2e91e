// SummaryParts: the archive figures in a form that adds up: counts, and every change-to-notice delay
// rather than their median, so audits of disjoint sets of articles (shards) merge into exactly the
// ArchiveSummary one audit of them all gives.
#pragma once

#include <array>
#include <cstddef>
#include <map>
#include <vector>

#include "revisor/analyze/audit.h"
#include "revisor/analyze/summary.h"

namespace revisor::analyze {

struct SummaryParts {
  std::size_t articles = 0;
  std::size_t versions = 0;
  std::size_t transitions = 0;
  std::size_t notices = 0;
  std::array<std::size_t, 5> notices_by_kind{};  // indexed by NoticeKind
  std::size_t supported = 0;
  std::size_t unsupported = 0;
  std::size_t stealth_edits = 0;
  std::map<Category, std::size_t> stealth_edits_by_category;  // wording edits only
  std::size_t stealth_additions = 0;
  std::size_t stealth_removals = 0;
  std::array<std::size_t, 3> stealth_by_severity{};  // indexed by Severity
  std::size_t new_reporting = 0;
  std::size_t developing_stories = 0;
  std::size_t removed_notices = 0;
  std::vector<double> delay_hours;  // one per linked notice, in no particular order
};

// The parts of one article's audit (before any filter). Never throws but for allocation.
SummaryParts summary_parts(const ArticleAudit& audit);
// Adds `more` into `into`. Never throws but for allocation.
void merge(SummaryParts& into, const SummaryParts& more);
// The figures the parts add up to: what summarize() gives for the same articles, in any order and
// however they were split. Never throws but for allocation.
ArchiveSummary finish(const SummaryParts& parts);

}  // namespace revisor::analyze
