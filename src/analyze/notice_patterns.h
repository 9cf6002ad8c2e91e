// Notice patterns: the RE2 rules that recognise correction, clarification, update, editor's-note and
// retraction notices, and the error types a notice states. Compiled once; matched in linear time.
#pragma once

#include <re2/re2.h>

#include <cstddef>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "revisor/analyze/audit.h"

namespace revisor::analyze::patterns {

// Options for every notice rule: case-insensitive UTF-8, errors reported by the caller, not logged.
RE2::Options regex_options();

// A label at the start of a passage ("Correction:", "Fe de errores:", "EDITOR'S NOTE:").
struct Header {
  NoticeKind kind = NoticeKind::correction;
  bool editors_note = false;  // the label says "editor's note": the body decides the kind
  std::string language;       // empty when the label is the same in several languages
  std::size_t end = 0;        // byte offset just past the label and its colon
};
std::optional<Header> match_header(std::string_view passage);

// Byte offsets of labels that start a second notice glued inside one paragraph (after the first).
std::vector<std::size_t> inner_header_offsets(std::string_view passage);

// What the wording of a passage says, rule by rule; several may hold at once.
struct BodySignals {
  bool retraction = false;
  bool correction = false;
  bool correction_stated = false;  // the correction wording says what was wrong, not only that
                                   // the text "has been corrected"
  bool weak_correction = false;  // "He is X, not Y."-style: only when the passage is one short sentence
  bool clarification = false;
  bool strong_clarification = false;  // "we should clarify", "would have been more accurate"
  bool update = false;
  bool editors_note = false;
  bool negative = false;  // content warnings, reported speech about someone else's correction
  std::string language;   // of the rule that matched, when it is language-specific
};
BodySignals match_body(std::string_view passage);

// Error types a notice's words mention ("incorrectly stated the day" -> date), most specific first;
// empty when it mentions none.
std::vector<Category> error_types(std::string_view notice);

// The sentence or clause of a notice that restates the corrected fact, or empty.
std::string corrected_fact(std::string_view notice_body);

// ISO 639-1 code of the passage's language among en, es, fr, de, pt, it, nl by common words.
std::string guess_language(std::string_view text);

}  // namespace revisor::analyze::patterns
