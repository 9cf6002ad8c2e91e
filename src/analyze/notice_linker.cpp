#include "revisor/analyze/notice_linker.h"

#include <algorithm>
#include <iterator>
#include <optional>
#include <string>

#include "analyze/change_refs.h"
#include "revisor/text/accents.h"

namespace revisor::analyze {

namespace {

// A candidate needs this much evidence to be a link: roughly a category match plus words shared.
constexpr double kThreshold = 2.0;
// Further links must come close to the best one: a notice rarely admits many unrelated changes.
constexpr double kRelative = 0.75;
constexpr std::size_t kMaxLinks = 5;
// A clarification adds a clause or two; a transition inserting more words in more places than this
// was edited for other reasons too, and the insertions alone do not say which one it admits.
constexpr std::size_t kMaxInsertions = 2;

double share(const std::vector<std::string>& words, const std::vector<std::string>& in) {
  if (words.empty()) return 0.0;
  std::size_t hit = 0;
  for (const auto& w : words) hit += std::binary_search(in.begin(), in.end(), w) ? 1 : 0;
  return static_cast<double>(hit) / static_cast<double>(words.size());
}

bool compatible(Category stated, Category changed) {
  if (stated == changed) return true;
  auto pair = [&](Category a, Category b) {
    return (stated == a && changed == b) || (stated == b && changed == a);
  };
  // No gazetteer tells a place name from a person's: a location notice matches a name change.
  return pair(Category::location, Category::name) || pair(Category::attribution, Category::name) ||
         pair(Category::attribution, Category::quote) || pair(Category::title, Category::name);
}

// A name's accents restored or dropped ("Erdogan" -> "Erdoğan"): typographic, so never a stealth edit,
// yet what a notice of a misspelled name may admit.
bool accents_changed(const ChangeRef& r) {
  return r.kind == ChangeKind::edit && text::same_but_accents(r.old_text, r.new_text);
}

// Words added inside a sentence with none taken out: a clause, a condition, a qualifier.
bool is_insertion(const ChangeRef& r) {
  return r.kind == ChangeKind::edit && r.old_text.empty() && !r.new_text.empty();
}

bool states_specific_type(const Notice& n) {
  return std::any_of(n.error_types.begin(), n.error_types.end(),
                     [](Category c) { return c != Category::fact && c != Category::other; });
}

struct Scored {
  double score = 0;
  const ChangeRef* ref = nullptr;
};

// What an edit swaps: the content words it removes and those it adds, case-folded. Words on both
// sides ("Jonathan" in "Jonathan Whitacker" -> "Jonathan Whittaker") are context, not the swap.
struct Substitution {
  std::vector<std::string> gone;
  std::vector<std::string> added;
  bool operator==(const Substitution&) const = default;
};

std::optional<Substitution> substitution(const ChangeRef& r) {
  if (r.kind != ChangeKind::edit) return std::nullopt;
  const auto old_words = content_words(r.old_text);
  const auto new_words = content_words(r.new_text);
  Substitution s;
  std::set_difference(old_words.begin(), old_words.end(), new_words.begin(), new_words.end(),
                      std::back_inserter(s.gone));
  std::set_difference(new_words.begin(), new_words.end(), old_words.begin(), old_words.end(),
                      std::back_inserter(s.added));
  // A pure insertion or removal ("not", a clause) says too little to be the same correction twice.
  if (s.gone.empty() || s.added.empty()) return std::nullopt;
  return s;
}

bool same_place(const ChangeRef& a, const ChangeRef& b) {
  return a.from == b.from && a.change_index == b.change_index && a.edit_index == b.edit_index &&
         a.kind == b.kind;
}

// A notice that admits one substitution admits each place it was made: a name misspelled twice
// and fixed in both places is one error. The copies take the linked edit's category, because
// one occurrence may look like a typo (a surname opening a sentence) where another reads as a name.
void add_same_substitutions(NoticeFinding& f, std::span<const std::vector<ChangeRef>> changes) {
  const std::size_t primary = f.links.size();
  for (std::size_t i = 0; i < primary; ++i) {
    const auto linked = f.links[i];
    const auto swap = substitution(linked);
    if (!swap) continue;
    for (const auto& transition : changes) {
      for (const auto& r : transition) {
        if (r.from != linked.from || r.to != linked.to) continue;
        if (std::any_of(f.links.begin(), f.links.end(), [&](const ChangeRef& l) { return same_place(l, r); }))
          continue;
        if (substitution(r) != swap) continue;
        ChangeRef copy = r;
        copy.category = linked.category;
        f.links.push_back(std::move(copy));
      }
    }
  }
}

// A notice that names no category ("has been corrected") takes its type from the change it links
// to: a figure changed makes it a number correction. The first link with a category more telling
// than "fact" decides; the notice's own words, where they say anything, are never overruled.
void type_from_links(NoticeFinding& f) {
  auto& n = f.notice;
  if (n.error_types.empty() || n.error_type_sources.empty() || n.error_type_sources[0] != TypeSource::unstated)
    return;
  for (const auto& l : f.links) {
    if (!is_substantive(l.category) || l.category == Category::fact || l.category == Category::other) continue;
    n.error_types[0] = l.category;
    n.error_type_sources[0] = TypeSource::change;
    return;
  }
}

}  // namespace

NoticeFinding link_notice(const Notice& notice, std::span<const std::vector<ChangeRef>> changes) {
  NoticeFinding f;
  f.notice = notice;
  const auto notice_words = content_words(notice.text);
  // With no fact restated, the notice's own words say what it is about ("misstated when Maj. X was
  // deployed").
  const auto fact_words = content_words(notice.corrected_fact.empty() ? notice.text : notice.corrected_fact);
  const bool specific = states_specific_type(notice);
  const bool is_update = notice.kind == NoticeKind::update;
  // Transition k leads to version k + 2; the notice's own transition leads to notice.version.
  const int own = notice.version - 2;
  std::vector<Scored> scored;
  std::vector<Scored> type_only;  // category match in the notice's own transition, no shared words
  // A clarification often adds a clause, a condition or context rather than replacing words: when
  // nothing it says points elsewhere, the words inserted in its own transition are what it admits.
  const bool is_clarification = notice.kind == NoticeKind::clarification;
  std::vector<Scored> insertions;
  const bool names_a_name = std::find(notice.error_types.begin(), notice.error_types.end(), Category::name) !=
                            notice.error_types.end();
  for (int k = std::min<int>(own, static_cast<int>(changes.size()) - 1); k >= 0; --k) {
    double recency = k == own ? 0.5 : -0.25 * (own - k);
    for (const auto& r : changes[static_cast<std::size_t>(k)]) {
      const bool respelled_name = names_a_name && accents_changed(r);
      if (!is_substantive(r.category) && !respelled_name) continue;
      if (is_update) {
        // An update admits what it added, whole sentences or a clause inside one; words rarely tell
        // which, so its own additions link.
        if (k == own && (r.kind == ChangeKind::addition || is_insertion(r))) scored.push_back({kThreshold, &r});
        continue;
      }
      if (is_clarification && k == own && is_insertion(r)) insertions.push_back({kThreshold, &r});
      bool match = respelled_name || std::any_of(notice.error_types.begin(), notice.error_types.end(),
                                                 [&](Category c) { return compatible(c, r.category); });
      double category = match ? 2.0 : (specific ? 0.0 : 0.75);
      auto new_words = content_words(r.new_text);
      auto old_words = content_words(r.old_text);
      double new_in = r.kind == ChangeKind::edit ? share(new_words, notice_words) : 0.0;
      double old_in = r.kind == ChangeKind::edit ? share(old_words, notice_words) : 0.0;
      double fact = 0.0;
      if (!fact_words.empty() && r.kind != ChangeKind::removal) {
        fact = std::max(share(fact_words, content_words(r.new_sentence)),
                        r.kind == ChangeKind::edit ? share(fact_words, content_words(r.old_sentence)) : 0.0);
      }
      if (r.kind == ChangeKind::removal && !r.old_sentence.empty()) {
        // A removed claim: the notice names what was wrong with it.
        fact = 0.5 * share(content_words(r.old_sentence), notice_words);
      }
      bool lexical = new_in > 0.0 || fact >= 0.25;
      double s = category + 1.5 * new_in + 0.5 * old_in + 2.0 * fact + recency;
      if (lexical && s >= kThreshold) {
        scored.push_back({s, &r});
      } else if (match && k == own && r.kind == ChangeKind::edit) {
        type_only.push_back({s, &r});
      }
    }
  }
  if (scored.empty() && type_only.size() == 1) scored = type_only;  // the one change of that kind
  if (scored.empty() && !insertions.empty() && insertions.size() <= kMaxInsertions) scored = insertions;
  std::stable_sort(scored.begin(), scored.end(),
                   [](const Scored& a, const Scored& b) { return a.score > b.score; });
  for (const auto& s : scored) {
    if (f.links.size() >= kMaxLinks) break;
    if (!is_update && s.score < kRelative * scored.front().score) break;
    f.links.push_back(*s.ref);
  }
  add_same_substitutions(f, changes);
  type_from_links(f);
  f.status = f.links.empty() ? NoticeStatus::unsupported : NoticeStatus::supported;
  return f;
}

}  // namespace revisor::analyze
