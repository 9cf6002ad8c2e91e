// ArchiveSummary: the figures of a whole store's audit: notices by kind, supported vs unsupported,
// stealth edits by category (additions and removals apart), removed notices, change-to-notice delays.
#pragma once

#include <array>
#include <cstddef>
#include <optional>
#include <span>
#include <string_view>
#include <utility>
#include <vector>

#include "revisor/analyze/audit.h"

namespace revisor::analyze {

// The counts of one article's findings. Every output that shows one of these figures (the audit
// summary, the report header, the index page, the feed) takes it from count_findings(), so one
// name means one number everywhere.
struct FindingCounts {
  std::size_t versions = 0;
  std::size_t transitions = 0;
  std::size_t notices = 0;      // every notice, once, where it first appears
  std::size_t supported = 0;    // notices a change in the text backs
  std::size_t unsupported = 0;  // notices no change backs
  // Every substantive change no notice accounts for: words changed inside a sentence and whole
  // sentences added or removed (ArticleAudit::stealth_edits, whatever its kind).
  std::size_t stealth_edits = 0;
  // stealth_edits by severity, indexed by Severity (low, medium, high); adds up to stealth_edits.
  std::array<std::size_t, 3> stealth_by_severity{};
  std::size_t new_reporting = 0;  // sentences added that are not stealth edits
  bool developing = false;        // the audit found signs of a developing or live story
  std::size_t removed_notices = 0;
};

// The most severe stealth edit's severity, nullopt without stealth edits. Never throws.
std::optional<Severity> top_severity(const FindingCounts& c) noexcept;

// The counts of `audit` as it stands (after apply_filter when one was applied). Never throws.
FindingCounts count_findings(const ArticleAudit& audit) noexcept;

struct ArchiveSummary {
  std::size_t articles = 0;
  std::size_t versions = 0;
  std::size_t transitions = 0;
  std::size_t notices = 0;
  std::array<std::size_t, 5> notices_by_kind{};  // indexed by NoticeKind
  std::size_t supported = 0;
  std::size_t unsupported = 0;
  std::size_t stealth_edits = 0;  // as FindingCounts::stealth_edits; the three below break it down
  std::vector<std::pair<Category, std::size_t>> stealth_edits_by_category;  // wording edits only
  std::size_t stealth_additions = 0;
  std::size_t stealth_removals = 0;
  std::array<std::size_t, 3> stealth_by_severity{};  // indexed by Severity
  std::size_t new_reporting = 0;
  std::size_t developing_stories = 0;  // articles with developing-story signs
  std::size_t removed_notices = 0;
  // Time from the version a linked change appeared in to the version whose notice admits it.
  std::size_t delays = 0;
  std::optional<double> median_delay_hours;
  std::optional<double> worst_delay_hours;
};

// The figures of `audits` taken together, counting every finding they hold (after apply_filter, what
// the filter kept). Pure; an empty span gives all zeros and no delays. Never throws but for allocation.
ArchiveSummary summarize(std::span<const ArticleAudit> audits);

// Narrowing for people who only want claims (`--min-category`, `--substantive-only`).
struct FindingFilter {
  std::optional<Category> min_category;  // keep stealth edits ranking at least this (claim_classifier.h)
  // Only wording edits (no sentence added or removed, no new reporting) of a category that changes
  // a claim, and only notices that admit an error (no update, no editor's note).
  bool substantive_only = false;
};
// Removes from `audit` the stealth edits and notices `filter` leaves out, keeping the order of the
// rest; with substantive_only also the new reporting (sentences added are not wording edits).
// Versions, transitions, removed notices and developing signs are untouched. Never throws.
void apply_filter(ArticleAudit& audit, const FindingFilter& filter);

// The category named `name`, spelled exactly as to_string(Category) spells it (case-sensitive), or
// nullopt for any other name. Never throws.
std::optional<Category> parse_category(std::string_view name);

}  // namespace revisor::analyze
