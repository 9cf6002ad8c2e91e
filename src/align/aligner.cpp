#include "revisor/align/aligner.h"

#include <algorithm>
#include <tuple>

#include "align/interner.h"
#include "align/move_detector.h"
#include "align/sentence_aligner.h"
#include "align/word_diff.h"

namespace revisor::align {
namespace {

struct Parts {
  std::vector<std::uint32_t> headline;  // 0-based indices into Document::sentences()
  std::vector<std::uint32_t> body;
};

Parts parts_of(const text::Document& doc) {
  Parts p;
  const auto& sentences = doc.sentences();
  const bool has_headline = doc.headline() != nullptr;
  for (std::uint32_t s = 0; s < sentences.size(); ++s) {
    (has_headline && sentences[s].paragraph == 0 ? p.headline : p.body).push_back(s);
  }
  return p;
}

bool same_bytes(const text::Document& before, const std::vector<std::uint32_t>& old_sentences,
                const text::Document& after, const std::vector<std::uint32_t>& new_sentences) {
  if (old_sentences.size() != new_sentences.size()) return false;
  for (std::size_t k = 0; k < old_sentences.size(); ++k) {
    if (before.slice(before.sentences()[old_sentences[k]].span) !=
        after.slice(after.sentences()[new_sentences[k]].span)) {
      return false;
    }
  }
  return true;
}

// A change and where it sits in the new version's reading order.
struct Placed {
  std::uint32_t position = 0;  // body position in the new version
  int rank = 0;                // removals before anything inserted at the same place
  std::uint32_t old_position = 0;
  SentenceChange change;
};

}  // namespace

ChangeSet align(const text::Document& before, const text::Document& after, const AlignOptions& options) {
  ChangeSet cs;
  Interner interner;
  const Parts old_parts = parts_of(before);
  const Parts new_parts = parts_of(after);

  auto word_edits = [&](const std::vector<std::uint32_t>& o, const std::vector<std::uint32_t>& n) {
    WordDiffResult r = diff_words(before, o, after, n, interner, options);
    cs.degraded = cs.degraded || r.degraded;
    return std::move(r.edits);
  };

  cs.headline.old_sentences = old_parts.headline;
  cs.headline.new_sentences = new_parts.headline;
  if (before.headline_text() != after.headline_text()) {
    cs.headline.edits = word_edits(old_parts.headline, new_parts.headline);
    cs.headline.op = SentenceOp::modify;
  }

  SentenceAlignment sa = align_sentences(before, old_parts.body, after, new_parts.body, interner, options);
  cs.degraded = cs.degraded || sa.degraded;

  std::vector<OrderedLink> ordered;
  ordered.reserve(sa.links.size());
  for (const auto& l : sa.links) {
    ordered.push_back({l.old_pos.front(), l.new_pos.front(), l.kind == LinkKind::anchor ? 4u : 3u});
  }
  const auto in_order = in_order_links(ordered, static_cast<std::uint32_t>(new_parts.body.size()));

  std::vector<bool> old_linked(old_parts.body.size(), false), new_linked(new_parts.body.size(), false);
  // For each old position on the in-order chain, the last new position it maps to.
  std::vector<long> chain_new(old_parts.body.size(), -1);
  std::vector<Placed> placed;
  for (std::size_t k = 0; k < sa.links.size(); ++k) {
    const auto& l = sa.links[k];
    SentenceChange c;
    for (auto p : l.old_pos) {
      old_linked[p] = true;
      c.old_sentences.push_back(old_parts.body[p]);
      if (in_order[k]) chain_new[p] = std::max<long>(chain_new[p], l.new_pos.back());
    }
    for (auto p : l.new_pos) {
      new_linked[p] = true;
      c.new_sentences.push_back(new_parts.body[p]);
    }
    const bool identical = same_bytes(before, c.old_sentences, after, c.new_sentences);
    switch (l.kind) {
      case LinkKind::anchor:
      case LinkKind::pair: c.op = in_order[k] ? SentenceOp::modify : SentenceOp::move; break;
      case LinkKind::split: c.op = SentenceOp::split; break;
      case LinkKind::merge: c.op = SentenceOp::merge; break;
    }
    if (!identical) c.edits = word_edits(c.old_sentences, c.new_sentences);
    // Same key and no byte-level edit left (an anchor in place): nothing to report.
    if (c.op == SentenceOp::modify && c.edits.empty()) continue;
    placed.push_back({l.new_pos.front(), 1, l.old_pos.front(), std::move(c)});
  }
  for (std::uint32_t p = 0; p < new_parts.body.size(); ++p) {
    if (new_linked[p]) continue;
    SentenceChange c;
    c.op = SentenceOp::insert;
    c.new_sentences.push_back(new_parts.body[p]);
    placed.push_back({p, 1, 0, std::move(c)});
  }
  long last_new = -1;
  for (std::uint32_t p = 0; p < old_parts.body.size(); ++p) {
    if (chain_new[p] >= 0) last_new = chain_new[p];
    if (old_linked[p]) continue;
    SentenceChange c;
    c.op = SentenceOp::remove;
    c.old_sentences.push_back(old_parts.body[p]);
    placed.push_back({static_cast<std::uint32_t>(last_new + 1), 0, p, std::move(c)});
  }
  std::sort(placed.begin(), placed.end(), [](const Placed& x, const Placed& y) {
    return std::tie(x.position, x.rank, x.old_position) < std::tie(y.position, y.rank, y.old_position);
  });
  cs.changes.reserve(placed.size());
  for (auto& p : placed) cs.changes.push_back(std::move(p.change));
  return cs;
}

}  // namespace revisor::align
