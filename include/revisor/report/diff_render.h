// Diff rendering: a ChangeSet between two versions of one article, shown as coloured or plain
// text, as a sentence-level unified diff, or as JSON (docs/diff-json.md). Pure: writes to a stream.
#pragma once

#include <ostream>
#include <string>

#include "revisor/align/change_set.h"
#include "revisor/text/document.h"

namespace revisor::report {

enum class DiffFormat { text, unified, json };

// Everything one rendered diff shows. The pointers must outlive the render call.
struct DiffView {
  std::string article;  // article id, or the two file names in --files mode
  std::string from;     // label of the old version: a version number ("3") or a file name
  std::string to;       // label of the new version
  bool numbered = false;  // from/to are version numbers (JSON prints them as numbers)
  const text::Document* before = nullptr;
  const text::Document* after = nullptr;
  const align::ChangeSet* changes = nullptr;
};

// `color` adds ANSI colours to the text format (the caller decides: terminal and no NO_COLOR).
// Article text is stripped of control characters in the text and unified formats, so scraped text
// cannot drive the terminal. Throws Error(internal) when a pointer in `view` is null.
void render_diff(DiffFormat format, const DiffView& view, std::ostream& out, bool color = false);

// Parses "text", "unified" or "json". Throws Error(usage) naming the value otherwise.
DiffFormat parse_diff_format(const std::string& name);

}  // namespace revisor::report
