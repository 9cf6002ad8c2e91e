// ArticleReport: one article's whole history as every report format shows it: versions, each
// transition's changed sentences with word edits resolved to text, notices with anchors to changes.
#pragma once

#include <cstddef>
#include <cstdint>
#include <span>
#include <string>
#include <utility>
#include <vector>

#include "revisor/align/change_set.h"
#include "revisor/analyze/audit.h"
#include "revisor/analyze/summary.h"
#include "revisor/base/timestamp.h"
#include "revisor/text/article_version.h"

namespace revisor::report {

// A piece of a changed sentence, read inline: unchanged text, or one word edit (old -> new).
struct Segment {
  bool edit = false;
  std::string text;      // unchanged text (edit == false)
  std::string old_text;  // edit: the removed words, empty for a pure insertion
  std::string new_text;  // edit: the inserted words, empty for a pure removal
  analyze::Category category = analyze::Category::other;
  bool typographic = false;
  bool stealth = false;  // named by a stealth edit
  bool linked = false;   // named by a notice's link
  std::string anchor;    // edit: the id notices and stealth edits point at
  // Display only: a removal placed right after a word ("said|on| Thursday") needs a space before it
  // to read apart; the space is not part of either version's text.
  bool space_before = false;
};

// One changed sentence (or the headline) of a transition.
struct ChangeView {
  std::string anchor;  // "v1-v2-c3"; the headline's is "v1-v2-headline"
  bool headline = false;
  align::SentenceOp op = align::SentenceOp::modify;
  analyze::Category category = analyze::Category::other;
  bool typographic_only = false;                 // folded away by default
  bool stealth = false;                          // a stealth edit names this change or one of its edits
  bool new_reporting = false;                    // an added sentence the audit calls new reporting
  std::vector<std::size_t> notices;              // indices into ArticleReport::notices linking here
  std::vector<std::size_t> notice_text;          // notices whose published text this change adds
  std::vector<std::size_t> removed_notice_text;  // removed notices whose text this change removes
  std::string old_text;                          // the whole old sentence(s), empty for an added sentence
  std::string new_text;                          // the whole new sentence(s), empty for a removed sentence
  std::vector<Segment> segments;                 // the change read inline, word edits marked
};

struct TransitionView {
  int from = 0;  // 1-based version numbers
  int to = 0;
  std::vector<ChangeView> changes;  // the headline's change first when there is one
  std::size_t typographic_changes = 0;
  bool degraded = false;  // the aligner fell back to a coarser alignment somewhere
};

struct VersionView {
  text::VersionMeta meta;
  std::string headline;                      // meta.headline, else the document's headline
  std::vector<std::size_t> notices;          // indices into notices first appearing here
  std::vector<std::size_t> removed_notices;  // indices into removed_notices dropped here
};

// Where one notice link (or stealth edit) points; unresolved when the audit's indices do not fit.
struct ChangeLink {
  analyze::ChangeRef ref;
  std::string anchor;             // empty when unresolved
  std::vector<Segment> segments;  // ref_segments(ref): the sentence it sits in, the change marked
};

struct NoticeView {
  analyze::NoticeFinding finding;
  std::string anchor;  // "notice-1"
  std::vector<ChangeLink> links;
};

struct HeadlineEntry {
  int version = 0;  // first version carrying this headline
  std::string text;
};

struct ArticleReport {
  std::string id;
  std::string headline;                  // of the newest version
  std::string url;                       // of the newest version that has one
  std::vector<HeadlineEntry> headlines;  // every distinct headline in order (more than one: changed)
  std::vector<VersionView> versions;
  std::vector<TransitionView> transitions;  // transitions[k]: version k+1 -> k+2
  std::vector<NoticeView> notices;
  std::vector<analyze::RemovedNotice> removed_notices;
  std::vector<ChangeLink> stealth_edits;
  std::vector<ChangeLink> new_reporting;      // the audit's: sentences added, not stealth edits
  std::vector<std::string> developing_signs;  // the audit's: why it reads as a developing story
  std::vector<text::PageEvent> page_events;  // the audit's: the page gone or back, oldest first
  // analyze::count_findings of the audit: every count a format shows comes from here.
  analyze::FindingCounts counts;

  // When the oldest (first_observed) and the newest (last_observed) version were observed; the
  // epoch when there are no versions. Never throw.
  Timestamp first_observed() const;
  Timestamp last_observed() const;
  // Number of notices of each kind present, in NoticeKind order, kinds with none left out (so
  // every count is at least 1 and the list is empty when there are no notices).
  std::vector<std::pair<analyze::NoticeKind, std::size_t>> notice_counts() const;
  // The page events a timeline shows after versions[k]: from its observation to the next version's
  // (the first version also takes any before it, the last any after it).
  std::vector<text::PageEvent> events_after(std::size_t k) const;
};

// A page event in words, as every output and `revisor log` show it: "page gone (HTTP 404)", "page back".
std::string page_event_words(const text::PageEvent& e);

// Resolves the audit's spans and indices against the versions' text. `history` is the audited
// history (oldest first); versions missing from it render without sentence text. Never throws on an
// audit whose indices do not fit: such links are left unresolved.
ArticleReport build_report(const analyze::ArticleAudit& audit, std::span<const text::ArticleVersion> history);

// The sentence a finding sits in, read inline: the new sentence with `ref`'s words as its one edit
// segment (words changed elsewhere in it read as they are now), so "48 → 84" reads in its sentence
// and words added inside a sentence read as an addition. A whole added or removed sentence, or a ref
// whose words cannot be placed, is that one edit segment. At most `context` bytes of the sentence
// are kept on each side of the edit, cut at a space and marked with "…". Never throws but for
// allocation.
std::vector<Segment> ref_segments(const analyze::ChangeRef& ref, std::size_t context = SIZE_MAX);

// Human wording of a sentence operation: "reworded", "added", "removed", "moved", "split", "merged"
// ("unchanged" for equal); a static string, never empty.
std::string_view describe(align::SentenceOp op) noexcept;
// Human wording of a notice kind: "correction", "clarification", "update", "editor's note",
// "retraction"; a static string, never empty.
std::string_view describe(analyze::NoticeKind kind) noexcept;

}  // namespace revisor::report
