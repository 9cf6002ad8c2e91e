#include "revisor/analyze/audit.h"

#include <algorithm>

#include "analyze/change_refs.h"
#include "analyze/relative_dates.h"
#include "revisor/analyze/claim_classifier.h"
#include "revisor/analyze/notice_detector.h"
#include "revisor/analyze/notice_linker.h"
#include "revisor/analyze/stealth_edits.h"

namespace revisor::analyze {

namespace {

// Two notices are one when a later version carries the same wording, perhaps lightly edited.
constexpr double kSameNotice = 0.7;

bool same_notice(const Notice& a, const Notice& b) {
  if (a.kind != b.kind) return false;
  if (a.text == b.text) return true;
  auto wa = content_words(a.text);
  auto wb = content_words(b.text);
  if (wa.empty() || wb.empty()) return false;
  std::vector<std::string> common;
  std::set_intersection(wa.begin(), wa.end(), wb.begin(), wb.end(), std::back_inserter(common));
  double jaccard = static_cast<double>(common.size()) /
                   static_cast<double>(wa.size() + wb.size() - common.size());
  return jaccard >= kSameNotice;
}

// A linked edit may carry a more substantive category than the classifier gave its place (the
// same name respelled where a sentence opens looks like a typo): the timeline must agree.
void adopt_link_category(std::vector<Transition>& transitions, std::vector<std::vector<ChangeRef>>& refs,
                         const ChangeRef& link) {
  if (link.kind != ChangeKind::edit || link.edit_index == ChangeRef::npos) return;
  for (std::size_t k = 0; k < transitions.size(); ++k) {
    auto& t = transitions[k];
    if (t.from != link.from) continue;
    const bool headline = link.change_index == ChangeRef::npos;
    if (!headline &&
        (link.change_index >= t.edit_categories.size() || link.change_index >= t.sentence_categories.size()))
      return;
    auto& edits = headline ? t.headline_categories : t.edit_categories[link.change_index];
    if (link.edit_index >= edits.size() ||
        category_rank(edits[link.edit_index]) >= category_rank(link.category))
      return;
    edits[link.edit_index] = link.category;
    auto& whole = headline ? t.headline_category : t.sentence_categories[link.change_index];
    whole = more_substantive(whole, link.category);
    for (auto& r : refs[k]) {
      if (r.kind == ChangeKind::edit && r.change_index == link.change_index &&
          r.edit_index == link.edit_index)
        r.category = link.category;
    }
    return;
  }
}

}  // namespace

ArticleAudit audit(std::string_view id, std::span<const text::ArticleVersion> history,
                   const AuditOptions& options) {
  ArticleAudit a;
  a.id = std::string(id);
  for (std::size_t k = 0; k < history.size(); ++k) {
    a.versions.push_back(history[k].meta);
    a.versions.back().number = static_cast<int>(k) + 1;
  }

  std::vector<std::vector<Notice>> notices(history.size());
  PlainParagraphs plain;
  for (std::size_t k = 0; k < history.size(); ++k) {
    notices[k] = detect_notices(history[k].document, static_cast<int>(k) + 1, &plain);
  }

  std::vector<std::vector<ChangeRef>> refs;
  for (std::size_t k = 0; k + 1 < history.size(); ++k) {
    const auto& before = history[k].document;
    const auto& after = history[k + 1].document;
    a.transitions.push_back(classify_transition(static_cast<int>(k) + 1,
                                                align::align(before, after, options.align), before, after));
    settle_relative_dates(a.transitions.back(), before, after, history[k].meta.observed_at,
                          history[k + 1].meta.observed_at);
    refs.push_back(change_refs(a.transitions.back(), before, after, notices[k], notices[k + 1]));
  }

  // Follow each notice from the version it first appears in until a version drops it.
  std::vector<Notice> active;
  for (std::size_t k = 0; k < history.size(); ++k) {
    std::vector<Notice> next;
    for (const auto& n : notices[k]) {
      // The same notice printed twice in one version (top and bottom) is one notice.
      if (std::any_of(next.begin(), next.end(), [&](const Notice& p) { return same_notice(p, n); })) continue;
      auto prev = std::find_if(active.begin(), active.end(), [&](const Notice& p) { return same_notice(p, n); });
      if (prev != active.end()) {
        Notice carried = n;
        carried.version = prev->version;
        active.erase(prev);
        next.push_back(std::move(carried));
      } else {
        a.notices.push_back(link_notice(n, refs));
        for (const auto& link : a.notices.back().links) adopt_link_category(a.transitions, refs, link);
        next.push_back(n);
      }
    }
    for (const auto& gone : active) {
      // `gone` is the copy carried by the previous version, so its span is in that version's text.
      a.removed_notices.push_back(
          {static_cast<int>(k) + 1, gone.version, gone.kind, gone.text, static_cast<int>(k), gone.span});
    }
    active = std::move(next);
  }
  auto split = find_stealth_edits(a.transitions, refs, a.notices);
  a.stealth_edits = std::move(split.stealth_edits);
  a.new_reporting = std::move(split.new_reporting);
  a.developing_signs = developing_signs(history, a.new_reporting.size());
  return a;
}

}  // namespace revisor::analyze
