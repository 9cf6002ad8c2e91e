// Small closed word lists the analysis relies on: weekdays and months, number words, negations,
// roles, speech verbs and style-only words, in the languages revisor reads. Keys are case-folded.
#pragma once

#include <string_view>

namespace revisor::analyze::words {

bool is_weekday_or_month(std::string_view key) noexcept;  // "thursday", "mittwoch", "juin", "march"
bool is_time_word(std::string_view key) noexcept;         // "yesterday", "a.m", "tonight"
bool is_number_word(std::string_view key) noexcept;       // "seven", "million", "percent", "dozen"
bool is_negation(std::string_view key) noexcept;          // "not", "never", "nicht", "pas", "não"
bool is_role(std::string_view key) noexcept;              // "president", "minister", "ceo"
bool is_speech_verb(std::string_view key) noexcept;       // "said", "told", "according", "sagte"
// A speech verb that reports without doubting: "said", "told", "noted"; not "claimed" or "argued".
bool is_neutral_speech_verb(std::string_view key) noexcept;
bool is_style_word(std::string_view key) noexcept;        // articles, conjunctions, speech verbs
bool is_auxiliary(std::string_view key) noexcept;         // "will", "has", "was", "did" (English)
bool is_pronoun(std::string_view key) noexcept;           // "they", "her", "its" (English)
bool is_stopword(std::string_view key) noexcept;          // not a content word, for word overlap
bool is_hedge(std::string_view key) noexcept;             // "alleged", "reportedly", "treating", "try"
// The value of an English number word ("twelve" -> 12, "thirty" -> 30), or -1.
long number_word_value(std::string_view key) noexcept;

}  // namespace revisor::analyze::words
