// Finding: one thing a watcher found as it happened (a new article or version, a notice, a stealth
// edit, a removed notice, a page gone or back), and its two printed forms: a line of text or JSON.
#pragma once

#include <string>
#include <string_view>

#include "revisor/base/timestamp.h"

namespace revisor::watch {

enum class FindingKind { new_article, new_version, notice, stealth_edit, removed_notice, gone, returned };

// "new_article", "new_version", "notice", "stealth_edit", "removed_notice", "gone", "returned".
std::string_view to_string(FindingKind kind) noexcept;

struct Finding {
  FindingKind kind = FindingKind::new_version;
  std::string article;  // article id
  std::string url;
  int version = 0;      // the version it was found in (0 for gone: no version is made)
  Timestamp at;         // when it was found
  std::string label;    // a notice's kind ("correction"), an edit's category ("number"), an HTTP status
  std::string text;     // the headline, the notice, "old -> new", or why the page is gone
  std::string severity;  // a stealth edit's ("high", "medium", "low"); empty for other kinds
};

// "2026-11-26T07:00:00Z notice example.com/news/a v3 correction: An earlier version misstated ...":
// one line, the article's text made safe for a terminal.
std::string finding_text(const Finding& finding);

// One JSON object on one line: {"kind", "article", "url", "version", "at", "label", "text"}, plus
// "severity" for a stealth edit.
std::string finding_json(const Finding& finding);

}  // namespace revisor::watch
