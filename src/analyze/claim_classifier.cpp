#include "revisor/analyze/claim_classifier.h"

#include <algorithm>
#include <array>
#include <cctype>
#include <string>
#include <vector>

#include "analyze/credit_lines.h"
#include "analyze/entity_references.h"
#include "analyze/rewording.h"
#include "analyze/stemmer.h"
#include "analyze/synonyms.h"
#include "analyze/token_facts.h"
#include "analyze/word_lists.h"

namespace revisor::analyze {

namespace {

using text::Document;
using text::Token;
using text::TokenKind;

// Tokens of `a` whose key does not occur in `b`: what the edit really took out or put in.
std::vector<const Token*> minus(const std::vector<const Token*>& a, const std::vector<const Token*>& b) {
  std::vector<const Token*> out;
  for (const Token* t : a) {
    bool found = std::any_of(b.begin(), b.end(), [&](const Token* u) { return u->key == t->key; });
    if (!found) out.push_back(t);
  }
  return out;
}

std::size_t edit_distance(std::string_view a, std::string_view b) {
  std::vector<std::size_t> row(b.size() + 1);
  for (std::size_t j = 0; j <= b.size(); ++j) row[j] = j;
  for (std::size_t i = 1; i <= a.size(); ++i) {
    std::size_t diag = row[0];
    row[0] = i;
    for (std::size_t j = 1; j <= b.size(); ++j) {
      std::size_t up = row[j];
      row[j] = std::min({row[j] + 1, row[j - 1] + 1, diag + (a[i - 1] == b[j - 1] ? 0 : 1)});
      diag = up;
    }
  }
  return row[b.size()];
}

// Whether `pos` stands inside quotation marks within its sentence.
bool inside_quotes(const Document& doc, const align::SentenceChange& change, bool old_side,
                   std::uint32_t pos) {
  const auto& ids = old_side ? change.old_sentences : change.new_sentences;
  for (auto id : ids) {
    if (id >= doc.sentences().size()) continue;
    const auto& s = doc.sentences()[id];
    if (pos < s.span.begin || pos > s.span.end) continue;
    std::string_view before = std::string_view(doc.text()).substr(s.span.begin, pos - s.span.begin);
    int depth = 0;
    int straight = 0;
    // A straight quote after a word and not before one closes a quotation, whatever came before: a
    // sentence may begin inside a quotation its segmenter split ('Design Award", winners from "2008
    // Young Designers' Competition" ... will be announced'), where counting quotes reads it inverted.
    const std::string_view sentence = doc.slice(s.span);
    auto word_byte = [](char c) { return c != ' ' && c != '\n' && c != '\t' && c != '(' && c != '['; };
    auto letter_byte = [](char c) { return std::isalnum(static_cast<unsigned char>(c)) || static_cast<unsigned char>(c) >= 0x80; };
    for (std::size_t i = 0; i < before.size(); ++i) {
      if (before.compare(i, 3, "\u201C") == 0 || before.compare(i, 2, "\u00AB") == 0 ||
          before.compare(i, 3, "\u201E") == 0) {
        ++depth;
      } else if (before.compare(i, 3, "\u201D") == 0 || before.compare(i, 2, "\u00BB") == 0) {
        depth = std::max(0, depth - 1);
      } else if (before[i] == '"') {
        const bool after_word = i > 0 && word_byte(before[i - 1]);
        const bool before_word = i + 1 < sentence.size() && letter_byte(sentence[i + 1]);
        if (after_word && !before_word) straight = 0;
        else ++straight;
      }
    }
    return depth > 0 || straight % 2 == 1;
  }
  return false;
}

template <typename Pred>
bool any(const std::vector<const Token*>& a, const std::vector<const Token*>& b, Pred p) {
  return std::any_of(a.begin(), a.end(), p) || std::any_of(b.begin(), b.end(), p);
}

constexpr std::array kRank = {
    Category::typographic, Category::typo, Category::style, Category::other, Category::fact,
    Category::location, Category::attribution, Category::title, Category::name,
    Category::number, Category::date, Category::quote, Category::negation};

int rank(Category c) {
  return static_cast<int>(std::find(kRank.begin(), kRank.end(), c) - kRank.begin());
}

}  // namespace

Category more_substantive(Category a, Category b) noexcept { return rank(a) >= rank(b) ? a : b; }

int category_rank(Category c) noexcept { return rank(c); }

namespace {

// Letters and digits only, case-folded (ASCII): "p.m." and "pm", "18-year-old" and "18 year old" agree.
std::string letters_and_digits(std::string_view s) {
  std::string out;
  for (char ch : s) {
    auto c = static_cast<unsigned char>(ch);
    if (c >= 'A' && c <= 'Z') out.push_back(static_cast<char>(c + 32));
    else if ((c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c >= 0x80) out.push_back(ch);
  }
  return out;
}

// What English inflection leaves of a word: "captured", "captures", "capturing" -> "captur";
// "occurred" and "occured" -> "occur". Irregular forms ("rose", "risen") keep apart.
std::string inflection_stem(std::string_view word) {
  std::string s(word);
  auto strip = [&](std::string_view suffix) {
    if (s.size() < suffix.size() + 3 || !s.ends_with(suffix)) return false;
    s.resize(s.size() - suffix.size());
    return true;
  };
  if (strip("ies") || strip("ied")) {
    s += 'y';
  } else if (!strip("ing") && !strip("ed") && !strip("es") && !s.ends_with("ss")) {
    strip("s");
  }
  if (s.size() > 3 && s.back() == 'e') s.pop_back();
  auto vowel = [](char c) { return c == 'a' || c == 'e' || c == 'i' || c == 'o' || c == 'u'; };
  if (s.size() > 3 && s.back() == s[s.size() - 2] && !vowel(s.back())) s.pop_back();
  return s;
}

// Only the tense or form of the same verbs changed: "will occur" -> "occurred", "is resigning" ->
// "resigned", "deployed" -> "deploying". A live story updating its tenses asserts nothing new.
bool verb_form_only(const std::vector<const Token*>& gone, const std::vector<const Token*>& added) {
  auto stems = [](const std::vector<const Token*>& side, std::vector<std::string>& out) {
    for (const Token* t : side) {
      // Negations balance on both sides here (else the edit is a negation change).
      if (words::is_auxiliary(t->key) || words::is_negation(t->key)) continue;
      if (t->kind != TokenKind::word || t->key.size() < 4) return false;
      out.push_back(inflection_stem(t->key));
    }
    return true;
  };
  std::vector<std::string> g, a;
  return stems(gone, g) && stems(added, a) && g == a;
}

// A pronoun put for the noun it stands for, or the reverse: "Jurors" -> "They", "their" -> "the
// team". A pronoun swapped for another pronoun ("he" -> "she") is not this.
bool reference_only(const std::vector<const Token*>& gone, const std::vector<const Token*>& added) {
  auto pronouns_only = [](const std::vector<const Token*>& side) {
    bool pronoun = false;
    for (const Token* t : side) {
      if (words::is_pronoun(t->key)) pronoun = true;
      else if (!words::is_style_word(t->key)) return false;
    }
    return pronoun;
  };
  auto short_noun_phrase = [](const std::vector<const Token*>& side) {
    std::size_t content = 0;
    for (const Token* t : side) {
      if (!words::is_pronoun(t->key) && !words::is_style_word(t->key)) ++content;
    }
    return content >= 1 && content <= 2;
  };
  return (pronouns_only(gone) && short_noun_phrase(added)) || (pronouns_only(added) && short_noun_phrase(gone));
}

// Content tokens of the sentences `ids` of `doc` (one side of a change).
std::vector<const Token*> sentence_tokens(const Document& doc, std::span<const std::uint32_t> ids) {
  std::vector<const Token*> out;
  for (auto id : ids) {
    if (id >= doc.sentences().size()) continue;
    auto toks = content_tokens(tokens_in(doc, doc.sentences()[id].span));
    out.insert(out.end(), toks.begin(), toks.end());
  }
  return out;
}

// The tokens that carry a claim: function words ("the", "has", "said") do not.
std::vector<const Token*> claim_words(const std::vector<const Token*>& side) {
  std::vector<const Token*> out;
  for (const Token* t : side) {
    if (!words::is_style_word(t->key) || words::is_hedge(t->key)) out.push_back(t);
  }
  return out;
}

// A number written out on one side and in digits on the other, with the same value: "twelve" -> "12".
bool same_number_spelled(const std::vector<const Token*>& gone, const std::vector<const Token*>& added) {
  if (gone.size() != 1 || added.size() != 1) return false;
  auto value = [](const Token& t) -> long {
    if (t.kind == TokenKind::number) {
      if (t.key.empty() || t.key.size() > 9 ||
          !std::all_of(t.key.begin(), t.key.end(), [](char c) { return c >= '0' && c <= '9'; }))
        return -2;
      return std::stol(t.key);
    }
    long v = words::number_word_value(t.key);
    return v < 0 ? -3 : v;
  };
  return gone[0]->kind != added[0]->kind && value(*gone[0]) == value(*added[0]);
}

// At most this many claim words dropped with nothing put in their place are trimming, not a claim
// withdrawn: a modifier and its adverb ("still ongoing"), not a clause.
constexpr std::size_t kTrimmedWords = 2;

// Words joined to the rest by "and" or "or": a claim beside the others ("hit or are forecast to
// reach"), which dropping withdraws, not a modifier.
bool conjunct(const std::vector<const Token*>& side) {
  auto joins = [](const Token* t) {
    static constexpr std::array<std::string_view, 12> kJoins = {"and", "or", "nor", "y", "o",  "et",
                                                                "ou",  "und", "oder", "e", "en", "ni"};
    return std::find(kJoins.begin(), kJoins.end(), t->key) != kJoins.end();
  };
  return !side.empty() && (joins(side.front()) || joins(side.back()));
}

// Whether the sentences `ids` are the headline.
bool in_headline(const Document& doc, std::span<const std::uint32_t> ids) {
  return std::any_of(ids.begin(), ids.end(), [&](std::uint32_t id) {
    return id < doc.sentences().size() &&
           doc.paragraphs()[doc.sentences()[id].paragraph].role == text::ParagraphRole::headline;
  });
}

// An alternative put beside a claim ("killed or injured"), which weakens it.
bool alternative(const std::vector<const Token*>& side) {
  return std::any_of(side.begin(), side.end(), [](const Token* t) {
    return t->key == "or" || t->key == "nor" || t->key == "ou" || t->key == "oder";
  });
}

// A clause that turns against what the sentence said: "but", "however", "although".
bool contrast(const std::vector<const Token*>& side) {
  return std::any_of(side.begin(), side.end(), [](const Token* t) {
    return t->key == "but" || t->key == "however" || t->key == "although" || t->key == "though" ||
           t->key == "yet" || t->key == "despite" || t->key == "pero" || t->key == "mais" || t->key == "aber" ||
           t->key == "mas" || t->key == "ma" || t->key == "maar";
  });
}

// Whether a word within a few words of `pos` in `before`, inside the old sentences `ids` (a sentence
// before them is not a word beside the edit), is gone from the new sentence.
bool lost_beside(const Document& before, std::span<const std::uint32_t> ids, std::uint32_t pos,
                 const std::vector<const Token*>& new_sentence) {
  constexpr std::ptrdiff_t kNear = 3;
  const auto& toks = before.tokens();
  const auto at = std::lower_bound(toks.begin(), toks.end(), pos,
                                   [](const Token& t, std::uint32_t b) { return t.span.begin < b; }) - toks.begin();
  auto in_sentences = [&](const Token& t) {
    return std::any_of(ids.begin(), ids.end(), [&](std::uint32_t id) {
      if (id >= before.sentences().size()) return false;
      const auto span = before.sentences()[id].span;
      return t.span.begin >= span.begin && t.span.end <= span.end;
    });
  };
  // Another form of the same word counts as found ("Temporarily lifting" -> "The US decision to
  // temporarily lift"): the sentence was reworded around it, the word was not taken out.
  std::vector<std::string> new_stems;  // the new sentence's stems, made once, when first needed
  auto in_new = [&](std::string_view key) {
    if (std::any_of(new_sentence.begin(), new_sentence.end(), [&](const Token* u) { return u->key == key; }))
      return true;
    if (new_stems.empty())
      for (const Token* u : new_sentence) new_stems.push_back(inflection_stem(u->key));
    return std::find(new_stems.begin(), new_stems.end(), inflection_stem(key)) != new_stems.end();
  };
  // A compound written as one word where it was two, or the reverse ("air strike" -> "airstrike"),
  // and two words glued by an extraction that lost the space between them: the words are still there.
  auto joined = [&](std::size_t i) {
    const std::string& key = toks[i].key;
    if (i > 0 && is_content(toks[i - 1]) && in_new(toks[i - 1].key + key)) return true;
    if (i + 1 < toks.size() && is_content(toks[i + 1]) && in_new(key + toks[i + 1].key)) return true;
    for (std::size_t j = 0; j + 1 < new_sentence.size(); ++j)
      if (new_sentence[j]->key.size() + new_sentence[j + 1]->key.size() == key.size() &&
          key == new_sentence[j]->key + new_sentence[j + 1]->key)
        return true;
    return false;
  };
  auto gone = [&](std::size_t i) {
    const Token& t = toks[i];
    return is_content(t) && !words::is_style_word(t.key) && in_sentences(t) && !in_new(t.key) && !joined(i);
  };
  const auto size = static_cast<std::ptrdiff_t>(toks.size());
  for (std::ptrdiff_t i = std::max<std::ptrdiff_t>(0, at - kNear); i < std::min(size, at + kNear); ++i)
    if (gone(static_cast<std::size_t>(i))) return true;
  return false;
}

// Whether a sentence says who said it: a speech verb ("said", "according to") among its words.
bool attributed_in(const std::vector<const Token*>& sentence) {
  return std::any_of(sentence.begin(), sentence.end(), [](const Token* t) { return words::is_speech_verb(t->key); });
}

bool dated(const Document& doc, const std::vector<const Token*>& sentence) {
  return std::any_of(sentence.begin(), sentence.end(), [&](const Token* t) { return is_date_token(doc, *t); });
}

std::string_view sentence_text(const Document& doc, std::span<const std::uint32_t> ids) {
  for (auto id : ids)
    if (id < doc.sentences().size()) return doc.slice(doc.sentences()[id].span);
  return {};
}

bool reworded(const Document& before, const Document& after, const align::SentenceChange& change,
              const std::vector<const Token*>& gone, const std::vector<const Token*>& added) {
  auto keys = [](const Document& doc, const std::vector<const Token*>& side, std::vector<std::string>& out) {
    for (const Token* t : claim_words(side)) {
      // Negations balance on both sides here (else the edit is a negation change).
      if (words::is_auxiliary(t->key) || words::is_negation(t->key)) continue;
      // A verb that reports speech without doubting it may be put for another ("then said" ->
      // "announced", "have said" -> "insist"); WordNet still has to relate the two, so "said" ->
      // "denied" is not this, and "claimed" is a hedge of its own.
      if (!plain_word(doc, *t) && !words::is_neutral_speech_verb(t->key)) return false;
      out.push_back(t->key);
    }
    return true;
  };
  std::vector<std::string> g, a;
  if (keys(before, gone, g) && keys(after, added, a) &&
      same_words_reworded(g, a, guess_stem_language(sentence_text(before, change.old_sentences))))
    return true;
  // What was expected is told as done: a story catching up with events, not a hedge withdrawn.
  auto verbs = [](const std::vector<const Token*>& side, std::vector<std::string>& out) {
    for (const Token* t : side) {
      if (words::is_auxiliary(t->key) || words::is_style_word(t->key)) continue;
      if (t->kind != TokenKind::word) return false;
      out.push_back(t->key);
    }
    return true;
  };
  g.clear();
  a.clear();
  return guess_stem_language(sentence_text(before, change.old_sentences)) == StemLanguage::english &&
         verbs(gone, g) && verbs(added, a) && came_to_pass(g, a);
}

// A part of the day dropped after the day it qualified, which stays ("On Tuesday morning" -> "On
// Tuesday"): the same day told less precisely. One added narrows the claim and is not this.
bool part_of_day_dropped(const Document& before, const std::vector<const Token*>& gone,
                         const std::vector<const Token*>& added) {
  auto part = [](const Token* t) {
    return t->key == "morning" || t->key == "afternoon" || t->key == "evening" || t->key == "night";
  };
  if (!added.empty() || gone.empty() || !std::all_of(gone.begin(), gone.end(), part)) return false;
  // The word before the first one dropped: the edit may hold the day too ("Tuesday morning" -> "Tuesday").
  const auto& toks = before.tokens();
  auto at = std::lower_bound(toks.begin(), toks.end(), gone.front()->span.begin,
                             [](const Token& t, std::uint32_t b) { return t.span.begin < b; });
  while (at != toks.begin()) {
    --at;
    if (is_content(*at)) return is_date_token(before, *at) && at->span.end <= gone.front()->span.begin;
  }
  return false;
}

}  // namespace

Category classify_edit(const Document& before, const Document& after,
                       const align::SentenceChange& change, const align::WordEdit& edit) {
  if (edit.typographic) return Category::typographic;
  if (letters_and_digits(before.slice(edit.old_span)) == letters_and_digits(after.slice(edit.new_span))) {
    return Category::typographic;
  }
  auto old_all = content_tokens(tokens_in(before, edit.old_span));
  auto new_all = content_tokens(tokens_in(after, edit.new_span));
  auto gone = minus(old_all, new_all);
  auto added = minus(new_all, old_all);
  if (gone.empty() && added.empty()) return Category::typographic;

  // One ordinary word respelled: "recieve" -> "receive".
  if (old_all.size() == 1 && new_all.size() == 1 && gone.size() == 1 && added.size() == 1) {
    const Token& o = *gone[0];
    const Token& n = *added[0];
    bool ordinary = o.kind == TokenKind::word && n.kind == TokenKind::word && !proper(before, o) &&
                    !proper(after, n) && !words::is_negation(o.key) && !words::is_negation(n.key) &&
                    !is_date_token(before, o) && !is_date_token(after, n) &&
                    !words::is_number_word(o.key) && !words::is_number_word(n.key);
    std::size_t shorter = std::min(o.key.size(), n.key.size());
    std::size_t d = edit_distance(o.key, n.key);
    if (ordinary && shorter >= 3 && d <= (shorter <= 4 ? 1u : 2u)) return Category::typo;
  }

  // A negation added or removed; "wouldn't" -> "won't" keeps it and is judged like any other words.
  auto neg = [](const Token* t) { return words::is_negation(t->key); };
  if (std::count_if(gone.begin(), gone.end(), neg) != std::count_if(added.begin(), added.end(), neg)) {
    return Category::negation;
  }
  if (credit_change(before, after, change)) return Category::style;
  if (part_of_day_dropped(before, gone, added)) return Category::style;
  if (in_dateline(before, change.old_sentences, edit.old_span) && in_dateline(after, change.new_sentences, edit.new_span))
    return Category::style;
  // The same claim words, only function words or hyphens apart: "an 18-year-old" -> "18-year old".
  auto joined = [&](const Document& doc, const std::vector<const Token*>& side) {
    std::string out;
    for (const Token* t : claim_words(side)) out += letters_and_digits(doc.slice(t->span));
    return out;
  };
  if (const auto j = joined(before, old_all); !j.empty() && j == joined(after, new_all)) return Category::style;
  if (same_number_spelled(gone, added)) return Category::style;

  // The sentence as a whole: what it lost and what it gained, whatever edit carries the words.
  const auto old_sentence = sentence_tokens(before, change.old_sentences);
  const auto new_sentence = sentence_tokens(after, change.new_sentences);
  if (!old_sentence.empty() && !new_sentence.empty()) {
    const auto lost_here = claim_words(minus(gone, new_sentence));  // gone from the sentence
    const auto gained_here = claim_words(minus(added, old_sentence));
    const bool sentence_lost = !claim_words(minus(old_sentence, new_sentence)).empty();
    const bool sentence_gained = !claim_words(minus(new_sentence, old_sentence)).empty();
    // A figure, a date or a hedge carries a claim of its own wherever it goes ("at least 40",
    // "on Friday", "alleged").
    auto weighty = [](const Document& doc, const std::vector<const Token*>& side) {
      return std::any_of(side.begin(), side.end(), [&](const Token* t) {
        return words::is_hedge(t->key) || t->kind == TokenKind::number || words::is_number_word(t->key) ||
               is_date_token(doc, *t);
      });
    };
    // The same claim words in another order ("In January, NASA said" <- "NASA said in January").
    // Every word of the edit, function words too, is still found on the other side ("he" -> "she" is not).
    const bool kept = minus(gone, new_sentence).empty();
    if (kept && minus(added, old_sentence).empty() && !sentence_lost && !sentence_gained) return Category::style;
    // Detail added to a sentence that keeps every claim word it had: new reporting, not a changed claim
    // (but an alternative, a contrast or a headline's new words change what was said; see below).
    if (kept && claim_words(gone).empty() && !gained_here.empty() && !sentence_lost &&
        !weighty(after, gained_here) && !inside_quotes(after, change, false, edit.new_span.begin) &&
        !alternative(added) && !contrast(added) && !in_headline(after, change.new_sentences)) {
      return Category::style;
    }
    // Words only inserted into a body sentence add detail, whatever the sentence lost elsewhere (that
    // is an edit of its own): new reporting, which withdraws nothing readers were told. Not so where
    // words were lost right beside them (a replacement in two pieces: "a female cardiologist" -> "the
    // wife of a cardiologist"), nor for a hedge, a source, a figure, an alternative ("killed or
    // injured"), a contrast ("but he postponed the trip"), or a date where the sentence already gave
    // one: those change what it said. A headline's inserted words change its news.
    // A source named where the sentence was already attributed ("said" -> "said in a post on X")
    // tells where it was said, not that someone else said it; a day where it gave none, when.
    const bool attributed = attributed_in(old_sentence);
    // "a" -> "an underlying": the article takes the form the inserted word asks for.
    const bool article_agrees = old_all.size() == 1 && !added.empty() &&
                                ((old_all[0]->key == "a" && added.front()->key == "an") ||
                                 (old_all[0]->key == "an" && added.front()->key == "a"));
    if ((old_all.empty() || article_agrees) && !gained_here.empty() &&
        !in_headline(after, change.new_sentences) &&
        !inside_quotes(after, change, false, edit.new_span.begin) && !alternative(added) && !contrast(added) &&
        !lost_beside(before, change.old_sentences, edit.old_span.begin, new_sentence) &&
        std::none_of(gained_here.begin(), gained_here.end(), [&](const Token* t) {
          if (words::is_speech_verb(t->key)) return !attributed;
          // A year stays a figure: "registered after 2015" narrows the claim.
          return words::is_hedge(t->key) ||
                 ((t->kind == TokenKind::number || words::is_number_word(t->key)) && !is_day_of_month(after, *t)) ||
                 (is_date_token(after, *t) && dated(before, old_sentence));
        }))
      return Category::style;
    // Every word the edit took out is still in the new sentence and every word it put in was in the
    // old one: words moved within the sentence ("shared in January" -> "In January, ... shared",
    // "Michigan and Wisconsin" -> "in Michigan"), whatever the sentence's other edits reword.
    // One common word found again elsewhere may stand there for something else ("another" boat ->
    // "a" boat beside "another search"): a single word moves only if it names something (a name, a
    // date); a figure or a hedge never counts as moved. A speech verb moving with its speaker ("The
    // ministry said the test ..." -> "The test ..., the ministry said") keeps who said it.
    auto movable = [](const Document& doc, const std::vector<const Token*>& side) {
      const auto claims = claim_words(side);
      return std::none_of(side.begin(), side.end(), [&](const Token* t) {
               return (words::is_hedge(t->key) && !words::is_speech_verb(t->key)) || ((t->kind == TokenKind::number || words::is_number_word(t->key)) &&
                                                  !is_date_token(doc, *t));
             }) &&
             (claims.size() >= 2 || std::all_of(claims.begin(), claims.end(), [&](const Token* t) {
                return proper(doc, *t) || is_date_token(doc, *t);
              }));
    };
    if ((!claim_words(gone).empty() || !claim_words(added).empty()) && minus(claim_words(gone), new_sentence).empty() &&
        minus(claim_words(added), old_sentence).empty() && movable(before, gone) && movable(after, added))
      return Category::style;
    // A modifier or two dropped from a sentence that gains nothing ("entire", "Fierce", "still
    // ongoing"): trimming. A longer clause dropped, or a name, figure or hedge, withdraws a claim.
    // Words the sentence gained elsewhere, by edits of their own, do not stand in for these.
    if (gained_here.empty() && !lost_beside(after, change.new_sentences, edit.new_span.begin, old_sentence) &&
        !inside_quotes(before, change, true, edit.old_span.begin)) {
      if (name_shortened(before, edit, gone, added, new_sentence)) return Category::style;
      if (!lost_here.empty() && lost_here.size() <= kTrimmedWords && !weighty(before, lost_here) &&
          !conjunct(gone) &&
          std::none_of(lost_here.begin(), lost_here.end(),
                       [&](const Token* t) { return proper(before, *t) || words::is_role(t->key); }))
        return Category::style;
    }
  }
  if (inside_quotes(before, change, true, edit.old_span.begin) ||
      inside_quotes(after, change, false, edit.new_span.begin)) {
    return Category::quote;
  }
  // Words put for their synonyms or other forms of themselves ("strait" -> "waterway", "will
  // capture" -> "captured", "rose" -> "had risen"): the same claim.
  if (reworded(before, after, change, gone, added)) return Category::style;
  if (std::any_of(gone.begin(), gone.end(), [&](const Token* t) { return is_date_token(before, *t); }) ||
      std::any_of(added.begin(), added.end(), [&](const Token* t) { return is_date_token(after, *t); })) {
    return Category::date;
  }
  auto num = [](const Token* t) {
    return t->kind == TokenKind::number || words::is_number_word(t->key);
  };
  if (any(gone, added, num)) return Category::number;
  auto role = [](const Token* t) { return words::is_role(t->key); };
  // "head back" -> "headed back": a role's word in another verb form names no role.
  if (any(gone, added, role) && !verb_form_only(gone, added)) return Category::title;
  if (same_entity(before, after, edit, gone, added) || spelled_out(before, after, gone, added)) return Category::style;
  bool names = std::any_of(gone.begin(), gone.end(), [&](const Token* t) { return proper(before, *t); }) ||
               std::any_of(added.begin(), added.end(), [&](const Token* t) { return proper(after, *t); });
  if (names) {
    // A name swapped next to "said" or "according to" changes who said it.
    auto near_speech = [](const Document& doc, TextSpan span) {
      const auto& toks = doc.tokens();
      auto in = tokens_in(doc, span);
      std::size_t first = static_cast<std::size_t>(in.data() - toks.data());
      std::size_t last = first + in.size();
      for (std::size_t i = first >= 3 ? first - 3 : 0; i < std::min(toks.size(), last + 3); ++i) {
        if (words::is_speech_verb(toks[i].key)) return true;
      }
      return false;
    };
    if (near_speech(before, edit.old_span) || near_speech(after, edit.new_span)) {
      return Category::attribution;
    }
    return Category::name;
  }
  // "he" -> "she" says someone else did it, or corrects who the person is; function words otherwise.
  auto masculine = [](const Token* t) { return t->key == "he" || t->key == "him" || t->key == "his"; };
  auto feminine = [](const Token* t) { return t->key == "she" || t->key == "her" || t->key == "hers"; };
  if ((std::any_of(gone.begin(), gone.end(), masculine) && std::any_of(added.begin(), added.end(), feminine)) ||
      (std::any_of(gone.begin(), gone.end(), feminine) && std::any_of(added.begin(), added.end(), masculine))) {
    return Category::fact;
  }
  auto style = [](const Token* t) { return words::is_style_word(t->key); };
  if (std::all_of(gone.begin(), gone.end(), style) && std::all_of(added.begin(), added.end(), style)) {
    return Category::style;
  }
  if (verb_form_only(gone, added) || reference_only(gone, added)) return Category::style;
  return Category::fact;
}

Category classify_content(const Document& document, std::span<const std::uint32_t> sentences) {
  for (auto id : sentences) {
    if (id >= document.sentences().size()) continue;
    std::string_view s = document.slice(document.sentences()[id].span);
    if (s.find("\u201C") != std::string_view::npos || s.find('"') != std::string_view::npos ||
        s.find("\u00AB") != std::string_view::npos || s.find("\u201E") != std::string_view::npos) {
      return Category::quote;
    }
  }
  return Category::fact;
}

Category change_category(const align::SentenceChange& change, std::span<const Category> edit_categories,
                         const Document& before, const Document& after) {
  Category whole = Category::typographic;
  switch (change.op) {
    case align::SentenceOp::insert:
      return classify_content(after, change.new_sentences);
    case align::SentenceOp::remove:
      return classify_content(before, change.old_sentences);
    // A moved sentence has changed its place, which is more than typography even with no edit.
    case align::SentenceOp::move:
      whole = Category::style;
      break;
    default:
      break;
  }
  for (auto cat : edit_categories) whole = more_substantive(whole, cat);
  return whole;
}

Transition classify_transition(int from, align::ChangeSet changes, const Document& before,
                               const Document& after) {
  Transition t;
  t.from = from;
  t.to = from + 1;
  t.changes = std::move(changes);
  for (const auto& e : t.changes.headline.edits) {
    t.headline_categories.push_back(classify_edit(before, after, t.changes.headline, e));
  }
  t.headline_category = change_category(t.changes.headline, t.headline_categories, before, after);
  for (const auto& c : t.changes.changes) {
    std::vector<Category> cats;
    for (const auto& e : c.edits) cats.push_back(classify_edit(before, after, c, e));
    t.sentence_categories.push_back(change_category(c, cats, before, after));
    t.edit_categories.push_back(std::move(cats));
  }
  return t;
}

}  // namespace revisor::analyze
