// Pieces the text and Markdown audit renderers share: shortened quotes and the summary's lines.
#pragma once

#include <array>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include "revisor/analyze/audit.h"
#include "revisor/analyze/summary.h"

#include "report/vocabulary.h"

namespace revisor::report::audit_parts {

// At most `max_bytes` of `s` (cut on a UTF-8 boundary, "…" appended when cut), newlines as spaces.
std::string shorten(std::string_view s, std::size_t max_bytes);

// "v1→v2 date, words changed", what a finding's sentence (report::ref_segments) follows.
std::string change_label(const analyze::ChangeRef& c);

// "2 high, 1 medium": the nonzero counts of `by` (indexed by Severity), most severe first; "" when
// all are zero.
std::string severity_breakdown(const std::array<std::size_t, 3>& by);

// "date (wording), number (change)": a notice's error types, primary first, each with where it came
// from; `separator` between them. "" when the notice states none.
std::string error_type_words(const analyze::Notice& n, std::string_view separator);

// "7 versions; says \"what we know\" (v1)": why an article reads as a developing story.
std::string developing_words(const std::vector<std::string>& signs);

// How many new-reporting sentences an audit lists before folding the rest into a count.
inline constexpr std::size_t kNewReportingShown = 3;

// The archive-wide figures as (label, value) lines, in reading order; each label is the name of
// its count in report/vocabulary.h.
std::vector<std::pair<std::string, std::string>> summary_lines(const analyze::ArchiveSummary& s);

// The labels an audit shows, to explain in its legend.
vocab::Legend audit_legend(const std::vector<analyze::ArticleAudit>& audits, bool summary);

}  // namespace revisor::report::audit_parts
