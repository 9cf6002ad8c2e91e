#include "align/sentence_aligner.h"

#include <algorithm>
#include <cstdlib>

#include "align/dtl_adapter.h"
#include "align/similarity.h"

namespace revisor::align {
namespace {

// A split part must take at least this share of its words from the old sentence (and a merged
// part must give this share of its words to the new one).
constexpr double kPartContainment = 0.5;
// A split or merge must explain the text better than the best single pairing by this much (a
// short part barely moves Dice, so the margin is small; kPartContainment keeps it honest).
constexpr double kGroupMargin = 0.02;

struct Unmatched {
  std::uint32_t pos = 0;  // body position
  std::uint32_t gap = 0;  // number of anchors before it: equal gaps lie between the same anchors
  Bag bag;
  bool used = false;
};

struct Candidate {
  std::uint32_t d = 0;  // index into the deleted list
  std::uint32_t i = 0;  // index into the inserted list
  std::uint32_t common = 0;
  double dice = 0;
};

struct Group {
  LinkKind kind = LinkKind::split;
  std::uint32_t single = 0;           // the one deleted (split) or inserted (merge) entry
  std::vector<std::uint32_t> parts;   // entries on the other side, consecutive
  double score = 0;
};

std::vector<Unmatched> unmatched(const text::Document& doc, const std::vector<std::uint32_t>& sentences,
                                 const std::vector<bool>& matched, Interner& interner) {
  std::vector<Unmatched> out;
  std::uint32_t gap = 0;
  for (std::uint32_t p = 0; p < sentences.size(); ++p) {
    if (matched[p]) {
      ++gap;
      continue;
    }
    out.push_back({p, gap, make_bag(doc, sentences[p], interner), false});
  }
  return out;
}

// Candidate pairs; past max_pair_candidates, each deleted sentence only meets inserted ones of
// similar rank, which keeps a complete rewrite near-linear.
std::vector<Candidate> candidates(const std::vector<Unmatched>& dels, const std::vector<Unmatched>& ins,
                                  const AlignOptions& options, bool& degraded) {
  std::vector<Candidate> out;
  if (dels.empty() || ins.empty()) return out;
  const std::size_t total = dels.size() * ins.size();
  std::size_t window = ins.size();
  if (total > options.max_pair_candidates) {
    degraded = true;
    window = std::max<std::size_t>(1, options.max_pair_candidates / (2 * dels.size()));
  }
  for (std::uint32_t d = 0; d < dels.size(); ++d) {
    std::size_t lo = 0, hi = ins.size();
    if (window < ins.size()) {
      std::size_t center = d * ins.size() / dels.size();
      lo = center > window ? center - window : 0;
      hi = std::min(ins.size(), center + window + 1);
    }
    for (std::size_t i = lo; i < hi; ++i) {
      const bool same_gap = dels[d].gap == ins[i].gap;
      const auto small = std::min(dels[d].bag.size(), ins[i].bag.size());
      const auto sum = dels[d].bag.size() + ins[i].bag.size();
      // Dice cannot exceed 2*min/sum; across gaps only a full pairing could matter.
      const double needed = same_gap ? options.pair_threshold : std::max(options.pair_threshold, options.move_threshold);
      if (!same_gap && sum > 0 && 2.0 * static_cast<double>(small) < needed * static_cast<double>(sum)) continue;
      const auto common = common_count(dels[d].bag, ins[i].bag);
      const double score = sum == 0 ? 1.0 : 2.0 * static_cast<double>(common) / static_cast<double>(sum);
      const bool part = same_gap && common > 0 &&
                        (common >= kPartContainment * static_cast<double>(ins[i].bag.size()) ||
                         common >= kPartContainment * static_cast<double>(dels[d].bag.size()));
      if (score >= needed || part) {
        out.push_back({d, static_cast<std::uint32_t>(i), static_cast<std::uint32_t>(common), score});
      }
    }
  }
  return out;
}

// Splits (one deleted -> consecutive inserted parts) and, with the roles swapped, merges.
void propose_groups(const std::vector<Unmatched>& singles, const std::vector<Unmatched>& others,
                    const std::vector<Candidate>& cands, bool single_is_deleted, LinkKind kind,
                    const AlignOptions& options, std::vector<Group>& out) {
  std::vector<std::vector<std::pair<std::uint32_t, double>>> parts(singles.size());
  std::vector<double> best_single(singles.size(), 0.0);
  for (const auto& c : cands) {
    const std::uint32_t s = single_is_deleted ? c.d : c.i;
    const std::uint32_t o = single_is_deleted ? c.i : c.d;
    best_single[s] = std::max(best_single[s], c.dice);
    if (singles[s].gap != others[o].gap || others[o].bag.size() == 0) continue;
    if (c.common >= kPartContainment * static_cast<double>(others[o].bag.size())) {
      parts[s].push_back({o, c.dice});
    }
  }
  for (std::uint32_t s = 0; s < singles.size(); ++s) {
    auto& p = parts[s];
    if (p.size() < 2) continue;
    std::sort(p.begin(), p.end());
    std::size_t k = 0;
    while (k < p.size()) {
      std::size_t e = k + 1;
      while (e < p.size() && others[p[e].first].pos == others[p[e - 1].first].pos + 1) ++e;
      if (e - k >= 2) {
        std::vector<const Bag*> bags;
        Group g{kind, s, {}, 0};
        for (std::size_t m = k; m < e; ++m) {
          bags.push_back(&others[p[m].first].bag);
          g.parts.push_back(p[m].first);
        }
        g.score = dice(singles[s].bag, merge_bags(bags));
        if (g.score >= options.pair_threshold && g.score >= best_single[s] + kGroupMargin) out.push_back(g);
      }
      k = e;
    }
  }
}

}  // namespace

SentenceAlignment align_sentences(const text::Document& before, const std::vector<std::uint32_t>& old_sentences,
                                  const text::Document& after, const std::vector<std::uint32_t>& new_sentences,
                                  Interner& interner, const AlignOptions& options) {
  SentenceAlignment result;
  std::vector<std::uint32_t> a, b;
  a.reserve(old_sentences.size());
  b.reserve(new_sentences.size());
  for (auto s : old_sentences) a.push_back(interner.id(before.sentences()[s].key));
  for (auto s : new_sentences) b.push_back(interner.id(after.sentences()[s].key));
  LcsResult lcs = longest_common_subsequence(a, b, options.max_dtl_elements);
  result.degraded = lcs.degraded;

  std::vector<bool> old_matched(a.size(), false), new_matched(b.size(), false);
  for (const Match& m : lcs.matches) {
    old_matched[m.a] = new_matched[m.b] = true;
    result.links.push_back({LinkKind::anchor, {m.a}, {m.b}});
  }
  auto dels = unmatched(before, old_sentences, old_matched, interner);
  auto ins = unmatched(after, new_sentences, new_matched, interner);
  const auto cands = candidates(dels, ins, options, result.degraded);

  std::vector<Group> groups;
  propose_groups(dels, ins, cands, true, LinkKind::split, options, groups);
  propose_groups(ins, dels, cands, false, LinkKind::merge, options, groups);
  std::stable_sort(groups.begin(), groups.end(), [](const Group& x, const Group& y) { return x.score > y.score; });
  for (const Group& g : groups) {
    const bool split = g.kind == LinkKind::split;
    auto& single = split ? dels[g.single] : ins[g.single];
    auto& others = split ? ins : dels;
    if (single.used || std::any_of(g.parts.begin(), g.parts.end(), [&](auto o) { return others[o].used; })) continue;
    single.used = true;
    SentenceLink link{g.kind, {}, {}};
    auto& single_side = split ? link.old_pos : link.new_pos;
    auto& parts_side = split ? link.new_pos : link.old_pos;
    single_side.push_back(single.pos);
    for (auto o : g.parts) {
      others[o].used = true;
      parts_side.push_back(others[o].pos);
    }
    result.links.push_back(std::move(link));
  }

  // One-to-one pairs, most similar first; among equals, prefer pairs between the same anchors.
  std::vector<const Candidate*> order;
  for (const auto& c : cands) {
    const bool same_gap = dels[c.d].gap == ins[c.i].gap;
    if (c.dice >= (same_gap ? options.pair_threshold : std::max(options.pair_threshold, options.move_threshold))) {
      order.push_back(&c);
    }
  }
  std::stable_sort(order.begin(), order.end(), [&](const Candidate* x, const Candidate* y) {
    if (x->dice != y->dice) return x->dice > y->dice;
    auto dist = [&](const Candidate* c) {
      return std::abs(static_cast<long>(dels[c->d].gap) - static_cast<long>(ins[c->i].gap));
    };
    return dist(x) < dist(y);
  });
  for (const Candidate* c : order) {
    if (dels[c->d].used || ins[c->i].used) continue;
    dels[c->d].used = ins[c->i].used = true;
    result.links.push_back({LinkKind::pair, {dels[c->d].pos}, {ins[c->i].pos}});
  }
  return result;
}

}  // namespace revisor::align
