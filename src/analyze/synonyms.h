// Synonyms: whether two English words can mean the same thing, by WordNet (the Princeton lexical
// database, Debian's wordnet-base), so "strait" -> "waterway" is not read as a changed claim.
#pragma once

#include <string>
#include <string_view>
#include <vector>

namespace revisor::analyze {

// True when `a` and `b` (case-folded English words, inflected or not) share a WordNet synset in
// some part of speech: "town"/"township", "purchased"/"bought". False for equal words, for words WordNet
// does not know, and when the WordNet database cannot be opened (then nothing is a synonym, and the
// audit stays as strict as without it). Thread-safe: WordNet's C library keeps global state, so
// every look-up holds one lock.
bool same_sense(std::string_view a, std::string_view b);

// True when `a` and `b` are forms of one English word by WordNet's morphology, irregular ones too
// ("were"/"be", "rose"/"risen", "fled"/"flee"), which no suffix-stripping stemmer joins. Thread-safe.
bool same_base_form(std::string_view a, std::string_view b);

// True when one of `a` and `b` (case-folded English nouns or verbs, inflected or not) is a more
// general word for the other in their common senses, up to two levels apart: "plane"/"aircraft",
// "flowing"/"moving". Words under one general term ("town"/"city") are not. Thread-safe.
bool broader_or_narrower(std::string_view a, std::string_view b);

// True when WordNet knows `word` as an adjective or adverb and not as a noun or verb ("fierce",
// "quickly"): a modifier, whose change matters less than a changed figure or negation. Thread-safe.
bool only_modifier(std::string_view word);

enum class WordClass { noun, verb, adjective, adverb };

// The base forms WordNet's morphology gives `word` (case-folded) as a `word_class`, the word itself
// first: "fled" -> {"fled", "flee"} as a verb, an irregular form by WordNet's exception lists, a
// regular one by its detachment rules ("ships" -> "ship"). Just {word} when WordNet cannot be
// opened. Thread-safe.
std::vector<std::string> base_forms(std::string_view word, WordClass word_class);

}  // namespace revisor::analyze
