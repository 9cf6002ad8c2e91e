#include "analyze/entity_references.h"

#include <algorithm>

#include "analyze/rewording.h"
#include "analyze/stemmer.h"
#include "analyze/synonyms.h"
#include "analyze/token_facts.h"
#include "analyze/word_lists.h"

namespace revisor::analyze {

using text::Document;
using text::Token;
using text::TokenKind;

namespace {

// Words on a side other than function words: what an edit really names.
std::vector<const Token*> named(const std::vector<const Token*>& side) {
  std::vector<const Token*> out;
  for (const Token* t : side)
    if (!words::is_style_word(t->key)) out.push_back(t);
  return out;
}

// A proper name, or a capitalized word opening a sentence that the article writes capitalized
// elsewhere too ("Quist has ..." after "billionaire Ada Quist").
bool name_like(const Document& doc, const Token& t) {
  if (proper(doc, t)) return true;
  if (t.kind != TokenKind::word || !capitalized(doc, t)) return false;
  const auto& toks = doc.tokens();
  return std::any_of(toks.begin(), toks.end(), [&](const Token& u) { return &u != &t && u.key == t.key && proper(doc, u); });
}

// Whether every token of `name` occurs in `doc` before `pos`: the entity was named earlier.
bool named_before(const Document& doc, std::uint32_t pos, const std::vector<const Token*>& name) {
  const auto& toks = doc.tokens();
  return std::all_of(name.begin(), name.end(), [&](const Token* n) {
    return std::any_of(toks.begin(), toks.end(), [&](const Token& t) { return t.span.begin < pos && t.key == n->key; });
  });
}

// Whether the article, outside the edited place `edit`, puts a word of `description` within a few
// words of `name` ("billionaire Elon Musk", "the Strait of Hormuz", "the agency ... CDC"): what ties
// the description to that entity rather than to another ("the north side").
bool described_near(const Document& doc, TextSpan edit, const std::vector<const Token*>& name,
                    const std::vector<const Token*>& description) {
  constexpr std::size_t kWindow = 6;
  const auto& toks = doc.tokens();
  for (std::size_t i = 0; i < toks.size(); ++i) {
    if (toks[i].span.begin >= edit.begin && toks[i].span.begin < edit.end) continue;
    if (std::none_of(name.begin(), name.end(), [&](const Token* n) { return n->key == toks[i].key; })) continue;
    const std::size_t from = i >= kWindow ? i - kWindow : 0, to = std::min(toks.size(), i + kWindow + 1);
    for (std::size_t j = from; j < to; ++j) {
      if (toks[j].span.begin >= edit.begin && toks[j].span.begin < edit.end) continue;
      if (std::any_of(description.begin(), description.end(), [&](const Token* d) {
            return toks[j].key == d->key || stem(toks[j].key, StemLanguage::english) == stem(d->key, StemLanguage::english);
          }))
        return true;
    }
  }
  return false;
}

}  // namespace

bool name_shortened(const Document& before, const align::WordEdit& edit, const std::vector<const Token*>& gone,
                    const std::vector<const Token*>& added, const std::vector<const Token*>& new_sentence) {
  if (!added.empty() || gone.empty()) return false;
  for (const Token* t : gone) {
    if (!(proper(before, *t) || words::is_role(t->key) || words::is_style_word(t->key) ||
          words::is_pronoun(t->key)))
      return false;
  }
  const auto& toks = before.tokens();
  auto next = std::lower_bound(toks.begin(), toks.end(), edit.old_span.end,
                               [](const Token& t, std::uint32_t e) { return t.span.begin < e; });
  while (next != toks.end() && !is_content(*next)) ++next;
  if (next == toks.end() || !proper(before, *next)) return false;
  return std::any_of(new_sentence.begin(), new_sentence.end(), [&](const Token* u) { return u->key == next->key; });
}

bool same_entity(const Document& before, const Document& after, const align::WordEdit& edit,
                 const std::vector<const Token*>& gone, const std::vector<const Token*>& added) {
  auto name_only = [](const Document& doc, const std::vector<const Token*>& side) {
    const auto words = named(side);
    return !words.empty() && words.size() <= 3 &&
           std::all_of(words.begin(), words.end(), [&](const Token* t) { return name_like(doc, *t); });
  };
  auto description = [](const Document& doc, const std::vector<const Token*>& side, TextSpan span) {
    const auto words = named(side);
    if (words.empty() || words.size() > 2) return false;
    if (!std::all_of(words.begin(), words.end(), [&](const Token* t) {
          return (plain_word(doc, *t) || words::is_role(t->key)) && !words::is_pronoun(t->key);
        }))
      return false;
    // Definite: "the", "this" or "that" in the edit or just before it.
    const auto& toks = doc.tokens();
    auto at = std::lower_bound(toks.begin(), toks.end(), span.begin,
                               [](const Token& t, std::uint32_t b) { return t.span.begin < b; });
    for (auto it = at; it != toks.end() && it->span.begin < span.end; ++it)
      if (it->key == "the" || it->key == "this" || it->key == "that") return true;
    while (at != toks.begin()) {
      --at;
      if (is_content(*at)) return at->key == "the" || at->key == "this" || at->key == "that";
    }
    return false;
  };
  if (name_only(before, gone) && description(after, added, edit.new_span))
    return named_before(after, edit.new_span.begin, named(gone)) &&
           (described_near(before, edit.old_span, named(gone), named(added)) ||
            described_near(after, edit.new_span, named(gone), named(added)));
  if (name_only(after, added) && description(before, gone, edit.old_span))
    return named_before(before, edit.old_span.begin, named(added)) &&
           (described_near(before, edit.old_span, named(added), named(gone)) ||
            described_near(after, edit.new_span, named(added), named(gone)));
  return false;
}

bool spelled_out(const Document& before, const Document& after, const std::vector<const Token*>& gone,
                 const std::vector<const Token*>& added) {
  auto check = [](const Document& short_doc, const std::vector<const Token*>& short_side, const Document& long_doc,
                  const std::vector<const Token*>& long_side) {
    const auto initials = named(short_side);
    if (initials.size() != 1 || long_side.size() < 2) return false;
    std::vector<std::string_view> words;
    for (const Token* t : long_side) words.push_back(long_doc.slice(t->span));
    return is_acronym_of(short_doc.slice(initials[0]->span), words);
  };
  if (check(before, gone, after, added) || check(after, added, before, gone)) return true;
  // One name put for another that WordNet gives the same thing.
  const auto g = named(gone);
  const auto a = named(added);
  return g.size() == 1 && a.size() == 1 && name_like(before, *g[0]) && name_like(after, *a[0]) &&
         same_sense(g[0]->key, a[0]->key);
}

}  // namespace revisor::analyze
