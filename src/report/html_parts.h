// HTML fragments shared by the report page and the Atom feed entries: a change read inline with
// <del>/<ins> marks, its labels, and a notice link. All text passes through html_escape().
#pragma once

#include <string>

#include "revisor/report/report_model.h"

namespace revisor::report {

struct FragmentOptions {
  bool ids = true;    // give changes and edits their anchors (the page); feeds leave them out
  bool links = true;  // link flags to notices on the same page
};

// The words of a change, inline: unchanged text, then <del>old</del><ins>new</ins> per word edit.
std::string segments_html(const ChangeView& change, const FragmentOptions& options);
// <li class="change"> with the operation, category label, stealth/notice flags and the sentence.
std::string change_html(const ChangeView& change, const ArticleReport& report,
                        const FragmentOptions& options);
// A ChangeRef as "<del>old</del> → <ins>new</ins>".
std::string ref_html(const analyze::ChangeRef& ref);
// <span class="cat cat-date">date</span>
std::string category_html(analyze::Category category);

}  // namespace revisor::report
