// HTML fragments shared by the report page and the Atom feed entries: a change read inline with
// <del>/<ins> marks, its labels, and a notice link. All text passes through html_escape().
#pragma once

#include <span>
#include <string>

#include "revisor/report/report_model.h"

#include "report/vocabulary.h"

namespace revisor::report {

struct FragmentOptions {
  bool ids = true;    // give changes and edits their anchors (the page); feeds leave them out
  bool links = true;  // link flags to notices on the same page
};

// The words of a change, inline: unchanged text, then <del>old</del><ins>new</ins> per word edit.
std::string segments_html(const ChangeView& change, const FragmentOptions& options);
// The same for any segments (a finding's sentence); a segment whose anchor is `own_anchor` gets no id.
std::string segments_html(std::span<const Segment> segments, const std::string& own_anchor,
                          const FragmentOptions& options);
// <li class="change"> with the operation, category label, stealth/notice flags and the sentence.
std::string change_html(const ChangeView& change, const ArticleReport& report,
                        const FragmentOptions& options);
// <section class="legend"> with a <dl> explaining each label the page used.
std::string legend_html(const vocab::Legend& legend);
// <span class="cat cat-date" title="what date means">date</span>
std::string category_html(analyze::Category category);
// <span class="sev sev-high" title="what severity means">high</span>
std::string severity_html(analyze::Severity severity);

}  // namespace revisor::report
