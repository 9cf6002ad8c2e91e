#include "revisor/analyze/notice_detector.h"

#include <algorithm>

#include "analyze/notice_error_types.h"
#include "analyze/notice_patterns.h"
#include "analyze/rewrite_notice.h"

namespace revisor::analyze {

namespace {

// A notice with no label is a short passage; a long paragraph that happens to say "incorrectly
// reported" is news about someone else's error.
constexpr std::size_t kMaxUnlabelledBytes = 900;
// "He is Damian Lewis, not Damien." counts only as a passage of its own.
constexpr std::size_t kMaxWeakBytes = 160;

std::optional<NoticeKind> kind_from_body(const patterns::BodySignals& s, bool editors_label,
                                         std::size_t bytes) {
  if (s.retraction) return NoticeKind::retraction;
  if (editors_label) {
    // "Editor's note:" introduces content warnings and series blurbs too: the wording decides
    // whether it is a notice. A body that only says the text "has been corrected" leaves the kind
    // to the label; one that says what was wrong, or that it was updated, is that kind of notice.
    if (s.editors_note) return NoticeKind::editors_note;
    if (s.correction_stated) return NoticeKind::correction;
    if (s.update) return NoticeKind::update;
    if (s.clarification || s.strong_clarification) return NoticeKind::clarification;
    if (s.correction) return NoticeKind::editors_note;
    return std::nullopt;
  }
  if (s.negative) return std::nullopt;
  if (s.strong_clarification) return NoticeKind::clarification;
  if (s.editors_note) return NoticeKind::editors_note;
  if (s.correction) return NoticeKind::correction;
  if (s.clarification) return NoticeKind::clarification;
  if (s.update) return NoticeKind::update;
  if (s.weak_correction && bytes <= kMaxWeakBytes) return NoticeKind::correction;
  return std::nullopt;
}

// An update states an error only when its wording corrects or clarifies ("updated to reflect that
// the outage was not related"); "updated with additional information" admits none.
bool states_an_error(NoticeKind k, const patterns::BodySignals& s) {
  if (k == NoticeKind::update) return s.correction || s.clarification || s.strong_clarification;
  return true;
}

// Markdown emphasis around a notice ("_This story has been updated._") is no part of its wording.
bool is_wrapper(char c) { return c == ' ' || c == '\n' || c == '_' || c == '*'; }

std::string_view trim(std::string_view s) {
  while (!s.empty() && is_wrapper(s.front())) s.remove_prefix(1);
  while (!s.empty() && is_wrapper(s.back())) s.remove_suffix(1);
  return s;
}

}  // namespace

std::optional<NoticeMatch> classify_notice(std::string_view passage) {
  passage = trim(passage);
  if (passage.empty()) return std::nullopt;
  auto header = patterns::match_header(passage);
  if (!header && passage.size() > kMaxUnlabelledBytes) return std::nullopt;
  auto signals = patterns::match_body(passage);
  std::optional<NoticeKind> kind;
  if (header && !header->editors_note) {
    kind = header->kind;
  } else {
    kind = kind_from_body(signals, header.has_value(), passage.size());
  }
  // "Editor's note: This article has been substantially revised." names no error, yet owns up to
  // every change of its version (rewrite_notice.h).
  if (!kind && header && says_rewritten(passage.substr(header->end))) kind = NoticeKind::editors_note;
  if (!kind) return std::nullopt;

  NoticeMatch m;
  m.kind = *kind;
  std::string_view body = header ? trim(passage.substr(header->end)) : passage;
  if (header && !header->language.empty()) {
    m.language = header->language;
  } else if (!signals.language.empty()) {
    m.language = signals.language;
  } else {
    m.language = patterns::guess_language(body.empty() ? passage : body);
  }
  if (states_an_error(m.kind, signals)) {
    m.corrected_fact = patterns::corrected_fact(body);
    // The label is no part of what the notice says was wrong ("Editor's note:" names no photo).
    std::string_view said = body.empty() ? passage : body;
    for (const auto& t : patterns::stated_error_types(said, m.language, m.corrected_fact)) {
      m.error_types.push_back(t.category);
      m.error_type_sources.push_back(t.source);
    }
    if (m.error_types.empty()) {
      // Nothing names a category: a correction is assumed to fix a fact; an editor's note whose
      // body corrects nothing is about the article (a photo altered, standards not met).
      const bool about_article = m.kind == NoticeKind::editors_note && !signals.correction;
      m.error_types.push_back(about_article ? Category::other : Category::fact);
      m.error_type_sources.push_back(TypeSource::unstated);
    }
  }
  return m;
}

std::vector<Notice> detect_notices(const text::Document& document, int version, PlainParagraphs* plain) {
  std::vector<Notice> out;
  const auto& text = document.text();
  for (const auto& para : document.paragraphs()) {
    if (para.role == text::ParagraphRole::headline) continue;
    std::string_view p = document.slice(para.span);
    if (plain && plain->texts.count(p)) continue;
    const std::size_t found = out.size();
    std::vector<std::size_t> cuts = patterns::inner_header_offsets(p);
    cuts.insert(cuts.begin(), 0);
    cuts.push_back(p.size());
    for (std::size_t i = 0; i + 1 < cuts.size(); ++i) {
      std::string_view piece = p.substr(cuts[i], cuts[i + 1] - cuts[i]);
      auto m = classify_notice(piece);
      if (!m) continue;
      std::string_view t = trim(piece);
      Notice n;
      n.kind = m->kind;
      n.language = std::move(m->language);
      n.error_types = std::move(m->error_types);
      n.error_type_sources = std::move(m->error_type_sources);
      n.corrected_fact = std::move(m->corrected_fact);
      n.text = std::string(t);
      n.version = version;
      auto begin = static_cast<std::uint32_t>(t.data() - text.data());
      n.span = TextSpan{begin, begin + static_cast<std::uint32_t>(t.size())};
      out.push_back(std::move(n));
    }
    if (plain && out.size() == found) plain->texts.insert(p);
  }
  return out;
}

}  // namespace revisor::analyze
