// ArticleAudit: what revisor finds in one article's history: the notices the newsroom published,
// the change(s) each refers to, the substantive changes no notice admits, and notices later removed.
#pragma once

#include <cstddef>
#include <cstdint>
#include <optional>
#include <span>
#include <string>
#include <string_view>
#include <vector>

#include "revisor/align/aligner.h"
#include "revisor/align/change_set.h"
#include "revisor/base/text_span.h"
#include "revisor/text/article_version.h"

namespace revisor::analyze {

// Enum values are spelled exactly as in the JSON contract (docs/audit-json.md).
enum class NoticeKind : std::uint8_t { correction, clarification, update, editors_note, retraction };
enum class Category : std::uint8_t {
  date, number, name, title, quote, attribution, location, negation, fact, other,
  typo,         // small spelling fix inside one ordinary word: not substantive
  typographic,  // case, quotes, dashes, spacing, punctuation: not substantive
  style,        // wording that changes no claim ("said" -> "says", "will capture" -> "captured",
                // "Jurors" -> "They"): not substantive
};
// Where a notice's error type came from: its wording names the category ("misstated the cost"), the
// fact it restates shows it ("1,200 workers. It has 900."), the change it links to has it, or nothing
// says and the type is assumed (fact; other for an editor's note).
enum class TypeSource : std::uint8_t { wording, restated, change, unstated };
enum class NoticeStatus : std::uint8_t { supported, unsupported };
// What a ChangeRef is: wording edited inside a sentence, or whole sentences added or removed.
enum class ChangeKind : std::uint8_t { edit, addition, removal };
// How much a stealth edit matters to a reader: high when a figure, date, negation, name or hedge
// changed or a claim was withdrawn; medium for any other changed claim; low for the rest.
enum class Severity : std::uint8_t { low, medium, high };

// Each value's name exactly as the JSON contract spells it ("editors_note", "typographic",
// "unsupported", "addition"); never throws.
std::string_view to_string(NoticeKind k) noexcept;
std::string_view to_string(Category c) noexcept;
std::string_view to_string(NoticeStatus s) noexcept;
std::string_view to_string(TypeSource s) noexcept;  // "wording", "restated", "change", "unstated"
std::string_view to_string(ChangeKind k) noexcept;  // "edit", "addition", "removal"
std::string_view to_string(Severity s) noexcept;    // "low", "medium", "high"
// Whether a change of category `c` can change what the article claims: false for typo, typographic
// and style, true for every other category. Stealth edits are substantive changes only.
bool is_substantive(Category c) noexcept;

struct Notice {
  NoticeKind kind = NoticeKind::correction;
  std::string language;                // ISO 639-1: "en", "de", "es", "fr", ...
  std::vector<Category> error_types;   // what the notice says was wrong, primary first; empty for
                                       // an update that admits no error
  std::vector<TypeSource> error_type_sources;  // error_type_sources[i]: where error_types[i] came from
  std::string text;                    // the notice as published
  std::string corrected_fact;          // the fact it restates, when it quotes one; else empty
  int version = 0;                     // 1-based version in which it first appears
  TextSpan span;                       // where it stands in that version's Document::text()
};

// One changed place of a transition, as findings and reports name it.
struct ChangeRef {
  int from = 0;  // 1-based version numbers
  int to = 0;
  Category category = Category::fact;
  ChangeKind kind = ChangeKind::edit;
  std::string old_text;      // the changed words in the old version (empty for a pure insert)
  std::string new_text;      // the changed words in the new version (empty for a pure removal)
  std::string old_sentence;  // the whole old sentence(s), empty for an added sentence
  std::string new_sentence;
  // Where it is in Transition::changes: changes.changes[change_index].edits[edit_index]; edit_index
  // is npos for a whole-sentence change (insert/remove) and for the headline change_index is npos.
  std::size_t change_index = npos;
  std::size_t edit_index = npos;
  // Where old_text starts in old_sentence and new_text in new_sentence (bytes), so a finding can
  // show the sentence with its change marked; npos when not known (whole sentences, the headline).
  std::size_t old_offset = npos;
  std::size_t new_offset = npos;
  // Set on stealth edits (find_stealth_edits); low on every other ChangeRef, where it means nothing.
  Severity severity = Severity::low;
  static constexpr std::size_t npos = static_cast<std::size_t>(-1);
};

struct NoticeFinding {
  Notice notice;
  NoticeStatus status = NoticeStatus::unsupported;
  std::vector<ChangeRef> links;  // best first
};

struct RemovedNotice {
  int version = 0;        // the first version that no longer carries it
  int first_version = 0;  // where it had appeared
  NoticeKind kind = NoticeKind::correction;
  std::string text;
  // Where the notice stood in the last version that carried it (always version - 1, named so a
  // reader need not know how removals are found): the removed sentences are found by span.
  int last_version = 0;
  TextSpan span;
};

// One version transition (from -> to = from + 1) with the category of every change.
struct Transition {
  int from = 0;
  int to = 0;
  align::ChangeSet changes;
  // sentence_categories[i]: category of changes.changes[i] as a whole (its most substantive edit,
  // or the content of an added/removed sentence); edit_categories[i][j]: of changes.changes[i].edits[j].
  std::vector<Category> sentence_categories;
  std::vector<std::vector<Category>> edit_categories;
  std::vector<Category> headline_categories;  // one per changes.headline.edits[j]
  // The headline change as a whole, by the rule of sentence_categories; meaningless while the
  // headline is unchanged (changes.headline.op == equal).
  Category headline_category = Category::typographic;
};

struct ArticleAudit {
  std::string id;
  std::vector<text::VersionMeta> versions;  // versions[k].number == k + 1
  std::vector<Transition> transitions;      // transitions[k]: version k+1 -> k+2
  std::vector<NoticeFinding> notices;
  std::vector<RemovedNotice> removed_notices;
  std::vector<ChangeRef> stealth_edits;
  // Sentences added that neither a notice links nor replace or contradict a removed claim: new
  // reporting, shown and counted apart from stealth edits (kind addition, oldest first).
  std::vector<ChangeRef> new_reporting;
  // Why the article reads as a developing or live story ("7 versions", "says \"this is a developing
  // story\" (v2)", ...); empty when nothing says so. Context for the reader: it changes no finding.
  std::vector<std::string> developing_signs;
  std::vector<text::PageEvent> page_events;  // the page gone or back, oldest first (set by the caller)
};

struct AuditOptions {
  align::AlignOptions align;
};

// Audits one article's history (oldest first, numbers 1..n). Pure: reads the versions only.
ArticleAudit audit(std::string_view id, std::span<const text::ArticleVersion> history,
                   const AuditOptions& options = {});

}  // namespace revisor::analyze
