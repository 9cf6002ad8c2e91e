// Notice detection: finds the correction, clarification, update, editor's-note and retraction notices a
// newsroom publishes in an article (top, bottom or inline), in English, Spanish, French, German and more.
#pragma once

#include <optional>
#include <string>
#include <unordered_set>
#include <string_view>
#include <vector>

#include "revisor/analyze/audit.h"
#include "revisor/text/document.h"

namespace revisor::analyze {

// What one passage is, when it is a notice.
struct NoticeMatch {
  NoticeKind kind = NoticeKind::correction;
  std::string language;
  std::vector<Category> error_types;  // primary first
  std::vector<TypeSource> error_type_sources;  // parallel to error_types
  std::string corrected_fact;
};

// Classifies one passage (a paragraph, or a notice glued inside one). nullopt: not a notice.
std::optional<NoticeMatch> classify_notice(std::string_view passage);

// Paragraph texts already found to hold no notice. Versions of one article share most paragraphs,
// so an audit reads each distinct paragraph once. The views point into Documents that must outlive it.
struct PlainParagraphs {
  std::unordered_set<std::string_view> texts;
};

// Every notice in one version's Document, in reading order, with `version` as Notice::version.
// The headline is never a notice; a paragraph carrying two labelled notices yields both.
std::vector<Notice> detect_notices(const text::Document& document, int version,
                                   PlainParagraphs* plain = nullptr);

}  // namespace revisor::analyze
