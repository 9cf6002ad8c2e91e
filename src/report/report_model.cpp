#include "revisor/report/report_model.h"

#include <algorithm>
#include <array>
#include <numeric>
#include <optional>
#include <string_view>

namespace revisor::report {

namespace {

using analyze::Category;

// Line breaks inside a range (a split across paragraphs) read as one space in every format.
std::string flatten(std::string_view s) {
  std::string out;
  out.reserve(s.size());
  bool space = false;
  for (char c : s) {
    if (c == '\n' || c == '\r') {
      if (!space && !out.empty()) out.push_back(' ');
      space = true;
      continue;
    }
    out.push_back(c);
    space = c == ' ';
  }
  return out;
}

TextSpan clamp(TextSpan s, const text::Document& doc) {
  const auto size = static_cast<std::uint32_t>(doc.text().size());
  TextSpan r{std::min(s.begin, size), std::min(s.end, size)};
  if (r.end < r.begin) r.end = r.begin;
  return r;
}

// The byte range covering the given sentences; the headline paragraph when there are none.
std::optional<TextSpan> range(const text::Document& doc, const std::vector<std::uint32_t>& sentences,
                              bool headline) {
  if (sentences.empty()) {
    if (headline && doc.headline()) return doc.headline()->span;
    return std::nullopt;
  }
  TextSpan r{UINT32_MAX, 0};
  for (auto i : sentences) {
    if (i >= doc.sentences().size()) continue;
    r.begin = std::min(r.begin, doc.sentences()[i].span.begin);
    r.end = std::max(r.end, doc.sentences()[i].span.end);
  }
  if (r.begin == UINT32_MAX) return std::nullopt;
  return clamp(r, doc);
}

struct ChangeContext {
  const text::Document* before = nullptr;  // null when the version's text is missing
  const text::Document* after = nullptr;
  std::string anchor;
  bool headline = false;
  Category sentence_category = Category::other;
  const std::vector<Category>* edit_categories = nullptr;
};

Segment edit_segment(std::string old_text, std::string new_text, Category category, bool typographic,
                     std::string anchor) {
  Segment s;
  s.edit = true;
  s.old_text = flatten(old_text);
  s.new_text = flatten(new_text);
  s.category = category;
  s.typographic = typographic;
  s.anchor = std::move(anchor);
  return s;
}

ChangeView make_change(const align::SentenceChange& change, const ChangeContext& ctx) {
  ChangeView view;
  view.anchor = ctx.anchor;
  view.headline = ctx.headline;
  view.op = ctx.headline ? align::SentenceOp::modify : change.op;
  view.category = ctx.sentence_category;
  view.typographic_only = change.typographic_only() || ctx.sentence_category == Category::typographic;
  std::optional<TextSpan> old_range, new_range;
  if (ctx.before) old_range = range(*ctx.before, change.old_sentences, ctx.headline);
  if (ctx.after) new_range = range(*ctx.after, change.new_sentences, ctx.headline);
  if (old_range) view.old_text = flatten(ctx.before->slice(*old_range));
  if (new_range) view.new_text = flatten(ctx.after->slice(*new_range));

  if (!new_range || !old_range || change.edits.empty()) {
    if (!new_range && !old_range) return view;
    if (!new_range || !old_range || view.op == align::SentenceOp::insert ||
        view.op == align::SentenceOp::remove) {
      view.segments.push_back(edit_segment(view.old_text, view.new_text, view.category, false, view.anchor));
    } else {
      Segment same;
      same.text = view.new_text;
      view.segments.push_back(std::move(same));
    }
    return view;
  }

  // Word edits in reading order of the new text; each keeps its index for anchor and category.
  std::vector<std::size_t> order(change.edits.size());
  std::iota(order.begin(), order.end(), std::size_t{0});
  std::stable_sort(order.begin(), order.end(), [&](std::size_t a, std::size_t b) {
    const auto& ea = change.edits[a];
    const auto& eb = change.edits[b];
    if (ea.new_span.begin != eb.new_span.begin) return ea.new_span.begin < eb.new_span.begin;
    return ea.old_span.begin < eb.old_span.begin;
  });
  std::uint32_t cursor = new_range->begin;
  auto emit_same = [&](std::uint32_t end) {
    if (end <= cursor) return;
    Segment same;
    same.text = flatten(ctx.after->slice({cursor, end}));
    view.segments.push_back(std::move(same));
    cursor = end;
  };
  for (auto i : order) {
    const auto& e = change.edits[i];
    TextSpan ns = clamp(e.new_span, *ctx.after);
    ns.begin = std::clamp(ns.begin, cursor, new_range->end);
    ns.end = std::clamp(ns.end, ns.begin, new_range->end);
    emit_same(ns.begin);
    Category cat = e.typographic ? Category::typographic : Category::other;
    if (ctx.edit_categories && i < ctx.edit_categories->size()) cat = (*ctx.edit_categories)[i];
    std::string old_text(ctx.before->slice(clamp(e.old_span, *ctx.before)));
    view.segments.push_back(edit_segment(std::move(old_text), std::string(ctx.after->slice(ns)), cat,
                                         e.typographic, ctx.anchor + "-e" + std::to_string(i)));
    cursor = std::max(cursor, ns.end);
  }
  emit_same(new_range->end);
  for (std::size_t i = 1; i + 1 < view.segments.size(); ++i) {
    auto& seg = view.segments[i];
    const auto& before = view.segments[i - 1];
    const auto& after = view.segments[i + 1];
    if (seg.edit && seg.new_text.empty() && !before.edit && !after.edit && !before.text.empty() &&
        before.text.back() != ' ' && !after.text.empty() && after.text.front() == ' ') {
      seg.space_before = true;
    }
  }
  return view;
}

const text::Document* document_of(std::span<const text::ArticleVersion> history, int number) {
  for (const auto& v : history) {
    if (v.meta.number == number) return &v.document;
  }
  return nullptr;
}

std::string transition_anchor(int from, int to) {
  return std::string("v").append(std::to_string(from)).append("-v").append(std::to_string(to));
}

// The anchor of edit `edit` of a change when a segment carries it (a version without its text has
// none), else the change's own anchor.
std::string edit_or_change(const TransitionView& view, const std::string& change, std::size_t edit) {
  if (edit == analyze::ChangeRef::npos) return change;
  const auto anchor = change + "-e" + std::to_string(edit);
  for (const auto& c : view.changes) {
    for (const auto& s : c.segments) {
      if (s.anchor == anchor) return anchor;
    }
  }
  return change;
}

// The anchor a ChangeRef points at, or "" when its indices do not fit the transition.
std::string resolve(const analyze::ChangeRef& ref, const std::vector<TransitionView>& transitions,
                    const std::vector<analyze::Transition>& raw) {
  for (std::size_t k = 0; k < raw.size() && k < transitions.size(); ++k) {
    const auto& t = raw[k];
    if (t.from != ref.from || t.to != ref.to) continue;
    const auto base = transition_anchor(t.from, t.to);
    if (ref.change_index == analyze::ChangeRef::npos) {
      if (t.changes.headline.op == align::SentenceOp::equal) return "";
      return edit_or_change(transitions[k], base + "-headline", ref.edit_index);
    }
    if (ref.change_index >= t.changes.changes.size()) return "";
    return edit_or_change(transitions[k], base + "-c" + std::to_string(ref.change_index), ref.edit_index);
  }
  return "";
}

// The change an anchor names (a whole added or removed sentence's), or nullptr.
ChangeView* find_change(std::vector<TransitionView>& transitions, const std::string& anchor) {
  if (anchor.empty()) return nullptr;
  for (auto& t : transitions) {
    for (auto& c : t.changes) {
      if (anchor == c.anchor) return &c;
    }
  }
  return nullptr;
}

// Marks the change (and the segment) an anchor points at; returns the change.
ChangeView* mark(std::vector<TransitionView>& transitions, const std::string& anchor, bool stealth) {
  if (anchor.empty()) return nullptr;
  for (auto& t : transitions) {
    for (auto& c : t.changes) {
      if (anchor != c.anchor && anchor.rfind(c.anchor + "-e", 0) != 0) continue;
      for (auto& s : c.segments) {
        if (s.anchor == anchor || (anchor == c.anchor && s.edit)) (stealth ? s.stealth : s.linked) = true;
      }
      if (stealth) c.stealth = true;
      return &c;
    }
  }
  return nullptr;
}

// Flags the changes of transition `to` of kind `op` whose sentences on `doc`'s side (the new side
// of an insert, the old side of a removal) overlap a notice's `span`, so they read as that notice.
void mark_notice_sentences(std::vector<TransitionView>& views, const std::vector<analyze::Transition>& raw,
                           const text::Document* doc, int to, TextSpan span, align::SentenceOp op,
                           std::vector<std::size_t> ChangeView::*list, std::size_t index) {
  if (!doc || span.empty()) return;
  for (std::size_t k = 0; k < raw.size() && k < views.size(); ++k) {
    if (raw[k].to != to) continue;
    for (std::size_t i = 0; i < raw[k].changes.changes.size(); ++i) {
      const auto& change = raw[k].changes.changes[i];
      if (change.op != op) continue;
      const auto& sentences = op == align::SentenceOp::insert ? change.new_sentences : change.old_sentences;
      const auto range_of = range(*doc, sentences, false);
      if (!range_of || range_of->end <= span.begin || range_of->begin >= span.end) continue;
      for (auto& view : views[k].changes) {
        if (view.anchor == transition_anchor(raw[k].from, raw[k].to) + "-c" + std::to_string(i))
          (view.*list).push_back(index);
      }
    }
  }
}

// The last (from_end) or first `max` bytes of `s`, cut at a space and marked with "…".
std::string keep(std::string s, std::size_t max, bool from_end) {
  if (s.size() <= max) return s;
  if (from_end) {
    std::size_t cut = s.size() - max;
    const auto space = s.find(' ', cut);
    cut = space == std::string::npos ? cut : space;
    while (cut < s.size() && (static_cast<unsigned char>(s[cut]) & 0xC0) == 0x80) ++cut;
    return "\u2026" + s.substr(cut);
  }
  std::size_t cut = max;
  const auto space = s.rfind(' ', cut);
  cut = space == std::string::npos || space == 0 ? cut : space;
  while (cut > 0 && (static_cast<unsigned char>(s[cut]) & 0xC0) == 0x80) --cut;
  return s.substr(0, cut) + "\u2026";
}

}  // namespace

std::vector<Segment> ref_segments(const analyze::ChangeRef& ref, std::size_t context) {
  auto edit =
      edit_segment(ref.old_text, ref.new_text, ref.category, ref.category == Category::typographic, "");
  std::vector<Segment> out;
  const std::string& sentence = ref.new_sentence;
  std::size_t at = ref.new_offset;
  bool placed = ref.kind == analyze::ChangeKind::edit && at != analyze::ChangeRef::npos &&
                at <= sentence.size() && sentence.compare(at, ref.new_text.size(), ref.new_text) == 0;
  // A ref built by hand has no offsets: words found once in the sentence still place it.
  if (!placed && ref.kind == analyze::ChangeKind::edit && !ref.new_text.empty()) {
    at = sentence.find(ref.new_text);
    placed = at != std::string::npos && sentence.find(ref.new_text, at + 1) == std::string::npos;
  }
  if (!placed) {
    out.push_back(std::move(edit));
    return out;
  }
  Segment before, after;
  before.text = keep(flatten(sentence.substr(0, at)), context, true);
  after.text = keep(flatten(sentence.substr(at + ref.new_text.size())), context, false);
  edit.space_before = edit.new_text.empty() && !before.text.empty() && before.text.back() != ' ' &&
                      !after.text.empty() && after.text.front() == ' ';
  if (!before.text.empty()) out.push_back(std::move(before));
  out.push_back(std::move(edit));
  if (!after.text.empty()) out.push_back(std::move(after));
  return out;
}

std::string page_event_words(const text::PageEvent& e) {
  const std::string what = e.kind == "gone" ? "page gone" : e.kind == "returned" ? "page back" : "page " + e.kind;
  return e.detail.empty() ? what : what + " (" + e.detail + ")";
}

std::vector<text::PageEvent> ArticleReport::events_after(std::size_t k) const {
  std::vector<text::PageEvent> out;
  for (const auto& e : page_events) {
    const bool from = k == 0 || (k < versions.size() && e.at >= versions[k].meta.observed_at);
    const bool until = k + 1 >= versions.size() || e.at < versions[k + 1].meta.observed_at;
    if (from && until) out.push_back(e);
  }
  return out;
}

ArticleReport build_report(const analyze::ArticleAudit& audit,
                           std::span<const text::ArticleVersion> history) {
  ArticleReport r;
  r.id = audit.id;
  r.counts = analyze::count_findings(audit);
  r.page_events = audit.page_events;
  for (const auto& meta : audit.versions) {
    VersionView v;
    v.meta = meta;
    v.headline = meta.headline;
    if (v.headline.empty()) {
      if (const auto* doc = document_of(history, meta.number)) v.headline = flatten(doc->headline_text());
    }
    if (r.headlines.empty() || r.headlines.back().text != v.headline)
      r.headlines.push_back({meta.number, v.headline});
    if (!meta.url.empty()) r.url = meta.url;
    r.headline = v.headline;
    r.versions.push_back(std::move(v));
  }

  for (const auto& t : audit.transitions) {
    TransitionView tv;
    tv.from = t.from;
    tv.to = t.to;
    tv.degraded = t.changes.degraded;
    const auto base = transition_anchor(t.from, t.to);
    ChangeContext ctx;
    ctx.before = document_of(history, t.from);
    ctx.after = document_of(history, t.to);
    if (t.changes.headline.op != align::SentenceOp::equal) {
      ctx.anchor = base + "-headline";
      ctx.headline = true;
      ctx.edit_categories = &t.headline_categories;
      ctx.sentence_category = t.headline_category;
      tv.changes.push_back(make_change(t.changes.headline, ctx));
    }
    ctx.headline = false;
    for (std::size_t i = 0; i < t.changes.changes.size(); ++i) {
      const auto& change = t.changes.changes[i];
      ctx.anchor = base + "-c" + std::to_string(i);
      ctx.sentence_category = i < t.sentence_categories.size()
                                  ? t.sentence_categories[i]
                                  : (change.typographic_only() ? Category::typographic : Category::other);
      ctx.edit_categories = i < t.edit_categories.size() ? &t.edit_categories[i] : nullptr;
      tv.changes.push_back(make_change(change, ctx));
    }
    tv.typographic_changes = static_cast<std::size_t>(std::count_if(
        tv.changes.begin(), tv.changes.end(), [](const ChangeView& c) { return c.typographic_only; }));
    r.transitions.push_back(std::move(tv));
  }

  for (std::size_t n = 0; n < audit.notices.size(); ++n) {
    NoticeView nv;
    nv.finding = audit.notices[n];
    nv.anchor = "notice-" + std::to_string(n + 1);
    const auto& notice = nv.finding.notice;
    mark_notice_sentences(r.transitions, audit.transitions, document_of(history, notice.version),
                          notice.version, notice.span, align::SentenceOp::insert, &ChangeView::notice_text,
                          n);
    for (const auto& ref : nv.finding.links) {
      ChangeLink link{ref, resolve(ref, r.transitions, audit.transitions), ref_segments(ref)};
      if (auto* c = mark(r.transitions, link.anchor, false)) c->notices.push_back(n);
      nv.links.push_back(std::move(link));
    }
    for (auto& v : r.versions) {
      if (v.meta.number == nv.finding.notice.version) v.notices.push_back(n);
    }
    r.notices.push_back(std::move(nv));
  }
  r.removed_notices = audit.removed_notices;
  for (std::size_t n = 0; n < r.removed_notices.size(); ++n) {
    const auto& rn = r.removed_notices[n];
    for (auto& v : r.versions) {
      if (v.meta.number == rn.version) v.removed_notices.push_back(n);
    }
    // The span is in the last version that carried the notice, the old side of its removal.
    if (rn.last_version + 1 == rn.version) {
      mark_notice_sentences(r.transitions, audit.transitions, document_of(history, rn.last_version),
                            rn.version, rn.span, align::SentenceOp::remove, &ChangeView::removed_notice_text,
                            n);
    }
  }
  for (const auto& ref : audit.stealth_edits) {
    ChangeLink link{ref, resolve(ref, r.transitions, audit.transitions), ref_segments(ref)};
    mark(r.transitions, link.anchor, true);
    r.stealth_edits.push_back(std::move(link));
  }
  for (const auto& ref : audit.new_reporting) {
    ChangeLink link{ref, resolve(ref, r.transitions, audit.transitions), ref_segments(ref)};
    if (auto* c = find_change(r.transitions, link.anchor)) c->new_reporting = true;
    r.new_reporting.push_back(std::move(link));
  }
  r.developing_signs = audit.developing_signs;
  return r;
}

Timestamp ArticleReport::first_observed() const {
  return versions.empty() ? Timestamp() : versions.front().meta.observed_at;
}

Timestamp ArticleReport::last_observed() const {
  return versions.empty() ? Timestamp() : versions.back().meta.observed_at;
}

std::vector<std::pair<analyze::NoticeKind, std::size_t>> ArticleReport::notice_counts() const {
  using analyze::NoticeKind;
  constexpr std::array kinds{NoticeKind::correction, NoticeKind::clarification, NoticeKind::update,
                             NoticeKind::editors_note, NoticeKind::retraction};
  std::vector<std::pair<NoticeKind, std::size_t>> out;
  for (auto k : kinds) {
    auto n = static_cast<std::size_t>(std::count_if(
        notices.begin(), notices.end(), [k](const NoticeView& v) { return v.finding.notice.kind == k; }));
    if (n > 0) out.emplace_back(k, n);
  }
  return out;
}

std::string_view describe(align::SentenceOp op) noexcept {
  switch (op) {
    case align::SentenceOp::equal:
      return "unchanged";
    case align::SentenceOp::insert:
      return "added";
    case align::SentenceOp::remove:
      return "removed";
    case align::SentenceOp::modify:
      return "reworded";
    case align::SentenceOp::move:
      return "moved";
    case align::SentenceOp::split:
      return "split";
    case align::SentenceOp::merge:
      return "merged";
  }
  return "changed";
}

std::string_view describe(analyze::NoticeKind kind) noexcept {
  switch (kind) {
    case analyze::NoticeKind::correction:
      return "correction";
    case analyze::NoticeKind::clarification:
      return "clarification";
    case analyze::NoticeKind::update:
      return "update";
    case analyze::NoticeKind::editors_note:
      return "editor's note";
    case analyze::NoticeKind::retraction:
      return "retraction";
  }
  return "notice";
}

}  // namespace revisor::report
