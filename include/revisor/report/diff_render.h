// Diff rendering: a ChangeSet between two versions of one article, shown as coloured or plain
// text or as JSON (docs/diff-json.md), or the two stored texts as a unified line diff that patch and
// git apply accept. Pure: writes to a stream.
#pragma once

#include <array>
#include <optional>
#include <ostream>
#include <string>
#include <utility>

#include "revisor/align/change_set.h"
#include "revisor/report/format.h"
#include "revisor/text/document.h"

namespace revisor::report {

// Everything one rendered diff shows; the documents and the change set must outlive the view.
// A diff of stored versions names them by number, a diff of two files (--files) by file name.
struct DiffView {
  // Versions `from_version` and `to_version` (1-based) of the stored article `article`.
  DiffView(const text::Document& before_doc, const text::Document& after_doc,
           const align::ChangeSet& change_set, std::string article_id, int from, int to)
      : before(before_doc),
        after(after_doc),
        changes(change_set),
        article(std::move(article_id)),
        from_version(from),
        to_version(to) {}
  // Two files, named as given; the new one also names the "article".
  DiffView(const text::Document& before_doc, const text::Document& after_doc,
           const align::ChangeSet& change_set, std::string old_file, std::string new_file)
      : before(before_doc),
        after(after_doc),
        changes(change_set),
        article(new_file),
        from_file(std::move(old_file)),
        to_file(std::move(new_file)) {}

  const text::Document& before;
  const text::Document& after;
  const align::ChangeSet& changes;  // align(before, after)
  std::string article;
  std::optional<int> from_version;  // set for stored versions, unset for files
  std::optional<int> to_version;
  std::string from_file;  // set for files, empty for stored versions
  std::string to_file;
};

// The formats a diff has, in the order usage messages list them.
inline constexpr std::array kDiffFormats{Format::text, Format::unified, Format::json};

// Writes the diff to `out` in `format`; options.color adds ANSI colours to text. Text and unified
// strip control characters from article text, so scraped text cannot drive the terminal. Unified
// diffs the documents' text() line by line: headers "--- a/<article>@<from>" / "+++ b/<article>@<to>"
// for stored versions, the file names as given for files; hunks with 3 lines of context. Throws
// Error(usage) for a format not in kDiffFormats.
void render(Format format, const DiffView& diff, std::ostream& out, const RenderOptions& options = {});

}  // namespace revisor::report
