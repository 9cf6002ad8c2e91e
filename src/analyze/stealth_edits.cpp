#include "revisor/analyze/stealth_edits.h"

#include <re2/re2.h>

#include <algorithm>
#include <cctype>
#include <map>
#include <memory>
#include <set>

#include <fmt/core.h>

#include "analyze/change_refs.h"
#include "analyze/notice_patterns.h"
#include "analyze/rewrite_notice.h"
#include "analyze/synonyms.h"
#include "analyze/word_lists.h"

namespace revisor::analyze {

namespace {

bool same_change(const ChangeRef& a, const ChangeRef& b) {
  return a.from == b.from && a.change_index == b.change_index && a.edit_index == b.edit_index &&
         a.kind == b.kind;
}

bool is_figure(const std::string& w) {
  return std::any_of(w.begin(), w.end(), [](char c) { return c >= '0' && c <= '9'; }) ||
         words::number_word_value(w) >= 0;
}

// A sentence's content words split into figures and the rest (its subject, roughly).
struct Words {
  std::vector<std::string> figures;
  std::vector<std::string> other;
};

// Figures are read apart from content_words(), which leaves out words of one or two characters
// ("12") as it does stop words.
std::vector<std::string> figures_of(std::string_view sentence) {
  std::vector<std::string> out;
  std::string w;
  auto flush = [&] {
    if (!w.empty() && is_figure(w)) out.push_back(w);
    w.clear();
  };
  for (std::size_t i = 0; i < sentence.size(); ++i) {
    const unsigned char c = static_cast<unsigned char>(sentence[i]);
    const bool digit_inside = (c == ',' || c == '.') && !w.empty() && std::isdigit(static_cast<unsigned char>(w.back())) &&
                              i + 1 < sentence.size() && std::isdigit(static_cast<unsigned char>(sentence[i + 1]));
    if (std::isalnum(c) || digit_inside) w.push_back(static_cast<char>(std::tolower(c)));
    else flush();
  }
  flush();
  std::sort(out.begin(), out.end());
  out.erase(std::unique(out.begin(), out.end()), out.end());
  return out;
}

Words words_of(const std::string& sentence) {
  Words w;
  for (auto& x : content_words(sentence))
    if (!is_figure(x)) w.other.push_back(std::move(x));
  w.figures = figures_of(sentence);
  return w;
}

std::size_t shared(const std::vector<std::string>& a, const std::vector<std::string>& b) {
  std::vector<std::string> common;
  std::set_intersection(a.begin(), a.end(), b.begin(), b.end(), std::back_inserter(common));
  return common.size();
}

// Enough shared words that two sentences speak of the same thing: two of them, or a third of the
// shorter sentence's, whichever is more.
bool same_subject(const Words& a, const Words& b) {
  const std::size_t need = std::max<std::size_t>(2, (std::min(a.other.size(), b.other.size()) + 2) / 3);
  return shared(a.other, b.other) >= need;
}

// "The fire killed 12" after "The fire killed 9" was removed: the added sentence restates the
// removed one's subject with another figure, so readers were told something different.
bool contradicts(const Words& added, const Words& removed) {
  if (added.figures.empty() || removed.figures.empty() || !same_subject(added, removed)) return false;
  return shared(added.figures, removed.figures) < std::min(added.figures.size(), removed.figures.size());
}

// Unchanged sentences pair up in order (reordered ones are moves, i.e. changes), so the number of
// unchanged sentences before a place names the gap between anchors it sits in, the same on both
// sides: a removal and an addition with the same number stand in the same place.
class Gaps {
 public:
  explicit Gaps(const align::ChangeSet& cs) {
    for (const auto& c : cs.changes) {
      old_changed_.insert(c.old_sentences.begin(), c.old_sentences.end());
      new_changed_.insert(c.new_sentences.begin(), c.new_sentences.end());
    }
  }
  std::size_t old_gap(std::uint32_t i) const { return i - below(old_changed_, i); }
  std::size_t new_gap(std::uint32_t j) const { return j - below(new_changed_, j); }

 private:
  static std::size_t below(const std::set<std::uint32_t>& s, std::uint32_t i) {
    return static_cast<std::size_t>(std::distance(s.begin(), s.lower_bound(i)));
  }
  std::set<std::uint32_t> old_changed_;
  std::set<std::uint32_t> new_changed_;
};

constexpr std::size_t kNoGap = static_cast<std::size_t>(-1);

std::size_t gap_of(const Transition* t, const Gaps* gaps, const ChangeRef& r) {
  if (!t || !gaps || r.change_index >= t->changes.changes.size()) return kNoGap;
  const auto& c = t->changes.changes[r.change_index];
  if (r.kind == ChangeKind::addition && !c.new_sentences.empty()) return gaps->new_gap(c.new_sentences.front());
  if (r.kind == ChangeKind::removal && !c.old_sentences.empty()) return gaps->old_gap(c.old_sentences.front());
  return kNoGap;
}

// "This is a developing story and will be updated.": a note on the story's state, not a claim, so
// it coming or going withdraws nothing and reports nothing new. Only a short sentence is such a note:
// a longer one saying so carries other words too.
constexpr std::size_t kStatusNoteWords = 15;

bool is_status_note(std::string_view sentence) {
  static const RE2 note(
      R"((developing story|story is developing|(?:story|article|post|page) will be updated|breaking news|)"
      R"(live updates|noticia en desarrollo|informaci[oó]n en desarrollo|se actualizar[aá]|)"
      R"(en cours d'actualisation|sera mis à jour|wird (?:laufend )?aktualisiert|em atualiza[cç][aã]o|)"
      R"(ser[aá] atualizad[ao]|in aggiornamento|sar[aà] aggiornat[oa]|wordt bijgewerkt))",
      patterns::regex_options());
  std::size_t words = 0;
  bool in_word = false;
  for (char c : sentence) {
    const bool space = c == ' ' || c == '\n' || c == '\t';
    if (!space && !in_word) ++words;
    in_word = !space;
  }
  return words <= kStatusNoteWords && RE2::PartialMatch(sentence, note);
}

}  // namespace

Severity stealth_severity(const ChangeRef& r) noexcept {
  if (!is_substantive(r.category)) return Severity::low;
  if (r.kind == ChangeKind::removal) return Severity::high;
  if (r.kind == ChangeKind::addition) return Severity::medium;
  switch (r.category) {
    case Category::number:
    case Category::date:
    case Category::negation:
    case Category::name:
      return Severity::high;
    default:
      break;
  }
  try {
    const auto gone = content_words(r.old_text);
    const auto put = content_words(r.new_text);
    auto hedge_only_in = [](const std::vector<std::string>& a, const std::vector<std::string>& b) {
      return std::any_of(a.begin(), a.end(), [&](const std::string& w) {
        return words::is_hedge(w) && !std::binary_search(b.begin(), b.end(), w);
      });
    };
    if (hedge_only_in(gone, put) || hedge_only_in(put, gone)) return Severity::high;
    // A modifier changed ("marginally" -> "strongly", "large" -> "major") still changes the claim,
    // but a reader looks at a changed figure, name or negation first.
    std::vector<std::string> changed;
    std::set_symmetric_difference(gone.begin(), gone.end(), put.begin(), put.end(), std::back_inserter(changed));
    if (r.category == Category::fact && !changed.empty() &&
        std::all_of(changed.begin(), changed.end(), [](const std::string& w) { return only_modifier(w); }))
      return Severity::low;
  } catch (const std::bad_alloc&) {
    // Out of memory only: the edit keeps the severity of its category.
  }
  return r.category == Category::other ? Severity::low : Severity::medium;
}

StealthSplit find_stealth_edits(std::span<const Transition> transitions,
                                std::span<const std::vector<ChangeRef>> changes,
                                std::span<const NoticeFinding> findings) {
  StealthSplit out;
  // Versions carrying a retraction or a rewrite notice: every change of the transition into them,
  // or into the version before, is accounted for.
  std::set<int> rewritten;
  for (const auto& f : findings)
    if (accounts_for_whole_version(f.notice)) rewritten.insert(f.notice.version);
  for (std::size_t k = 0; k < changes.size(); ++k) {
    const Transition* t = k < transitions.size() ? &transitions[k] : nullptr;
    std::unique_ptr<Gaps> gaps = t ? std::make_unique<Gaps>(t->changes) : nullptr;
    std::vector<ChangeRef> stealth;
    std::vector<ChangeRef> additions;
    for (const auto& r : changes[k]) {
      if (!is_substantive(r.category)) continue;
      if (rewritten.count(r.to) || rewritten.count(r.to + 1)) continue;
      if (r.kind != ChangeKind::edit && is_status_note(r.kind == ChangeKind::addition ? r.new_sentence : r.old_sentence))
        continue;
      bool accounted = false;
      bool announced = false;  // an update notice announcing what was added
      for (const auto& f : findings) {
        int v = f.notice.version;
        if (v != r.to && v != r.to + 1) continue;
        if (std::any_of(f.links.begin(), f.links.end(), [&](const ChangeRef& l) { return same_change(l, r); })) {
          accounted = true;
        } else if (f.notice.kind == NoticeKind::update && r.kind == ChangeKind::addition) {
          announced = true;
        }
        if (accounted) break;
      }
      if (accounted) continue;
      if (announced) {
        out.new_reporting.push_back(r);
      } else if (r.kind == ChangeKind::addition) {
        additions.push_back(r);
      } else {
        stealth.push_back(r);
        stealth.back().severity = stealth_severity(r);
      }
    }
    // Additions are new reporting unless they replace or contradict a claim removed without notice.
    std::map<std::size_t, std::size_t> removals_in_gap;
    std::vector<Words> removed_words;
    for (const auto& r : stealth) {
      if (r.kind != ChangeKind::removal) continue;
      removed_words.push_back(words_of(r.old_sentence));
      if (auto g = gap_of(t, gaps.get(), r); g != kNoGap) ++removals_in_gap[g];
    }
    std::vector<bool> is_stealth(additions.size(), false);
    std::vector<Words> added_words;
    for (const auto& a : additions) added_words.push_back(words_of(a.new_sentence));
    for (std::size_t i = 0; i < additions.size(); ++i) {
      if (std::any_of(removed_words.begin(), removed_words.end(),
                      [&](const Words& w) { return contradicts(added_words[i], w); })) {
        is_stealth[i] = true;
        additions[i].severity = Severity::high;
      }
    }
    // In each place a claim was removed, as many added sentences as were removed replace them: the
    // ones sharing most words with what was removed there, else the first.
    for (auto [gap, removed] : removals_in_gap) {
      std::vector<std::size_t> here;
      for (std::size_t i = 0; i < additions.size(); ++i)
        if (gap_of(t, gaps.get(), additions[i]) == gap) here.push_back(i);
      std::vector<std::string> gone;
      for (const auto& r : stealth)
        if (r.kind == ChangeKind::removal && gap_of(t, gaps.get(), r) == gap) {
          auto w = words_of(r.old_sentence).other;
          gone.insert(gone.end(), w.begin(), w.end());
        }
      std::sort(gone.begin(), gone.end());
      gone.erase(std::unique(gone.begin(), gone.end()), gone.end());
      std::stable_sort(here.begin(), here.end(), [&](std::size_t x, std::size_t y) {
        return shared(added_words[x].other, gone) > shared(added_words[y].other, gone);
      });
      for (std::size_t n = 0; n < here.size() && n < removed; ++n) {
        if (is_stealth[here[n]]) continue;
        is_stealth[here[n]] = true;
        additions[here[n]].severity = stealth_severity(additions[here[n]]);
      }
    }
    for (std::size_t i = 0; i < additions.size(); ++i) {
      if (is_stealth[i]) stealth.push_back(additions[i]);
      else out.new_reporting.push_back(additions[i]);
    }
    // Back in reading order (the ChangeSet's), as findings were listed before.
    std::stable_sort(stealth.begin(), stealth.end(), [](const ChangeRef& x, const ChangeRef& y) {
      const bool hx = x.change_index == ChangeRef::npos, hy = y.change_index == ChangeRef::npos;
      if (hx != hy) return hx;
      return x.change_index < y.change_index;
    });
    out.stealth_edits.insert(out.stealth_edits.end(), stealth.begin(), stealth.end());
  }
  return out;
}

std::vector<std::string> developing_signs(std::span<const text::ArticleVersion> history,
                                          std::size_t new_reporting) {
  std::vector<std::string> signs;
  if (history.size() >= kDevelopingVersions) signs.push_back(fmt::format("{} versions", history.size()));
  // What newsrooms print on stories still unfolding, in the languages revisor reads.
  static const RE2 says(
      R"((this is a developing story|this story is developing|(?:story|article|post|page) will be updated|)"
      R"(breaking news|what we know|live updates|live coverage|live blog|)"
      R"(updated with (?:additional|new|more) (?:information|reporting|details|developments)|)"
      R"(noticia en desarrollo|informaci[oó]n en desarrollo|se actualizar[aá]|lo que sabemos|)"
      R"(en cours d'actualisation|sera mis à jour|ce que l'on sait|ce que nous savons|)"
      R"(wird (?:laufend )?aktualisiert|was wir wissen|was bisher bekannt ist|)"
      R"(em atualiza[cç][aã]o|ser[aá] atualizad[ao]|o que se sabe|o que sabemos|)"
      R"(in aggiornamento|sar[aà] aggiornat[oa]|cosa sappiamo|)"
      R"(wordt bijgewerkt|wat we weten))",
      patterns::regex_options());
  // A live blog's entries open with the time they were posted: "10:42 a.m. ET", "14:05".
  static const RE2 entry(R"(^\s*(?:[01]?\d|2[0-3])[:.][0-5]\d\b)", patterns::regex_options());
  constexpr int kLiveEntries = 3;
  bool said = false, live = false;
  for (std::size_t k = 0; k < history.size(); ++k) {
    const auto& doc = history[k].document;
    const std::size_t number = k + 1;
    std::string phrase;
    if (!said && RE2::PartialMatch(doc.text(), says, &phrase)) {
      said = true;
      signs.push_back(fmt::format("says \"{}\" (v{})", phrase, number));
    }
    if (!live) {
      int entries = 0;
      for (const auto& p : doc.paragraphs()) {
        if (p.role == text::ParagraphRole::body && RE2::PartialMatch(doc.slice(p.span), entry)) ++entries;
      }
      if (entries >= kLiveEntries) {
        live = true;
        signs.push_back(fmt::format("live-blog entries marked with times (v{})", number));
      }
    }
  }
  if (new_reporting >= kDevelopingAdditions)
    signs.push_back(fmt::format("{} sentences of new reporting", new_reporting));
  return signs;
}

}  // namespace revisor::analyze
