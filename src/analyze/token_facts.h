// What one token of a document is, read in its place: a word or a figure, a capitalised name, part
// of a date, a plain word that can be reworded. The claim classifier and its helpers ask these.
#pragma once

#include <span>
#include <vector>

#include "revisor/base/text_span.h"
#include "revisor/text/document.h"

namespace revisor::analyze {

// Tokens whose span lies inside `span` (tokens are in text order).
std::span<const text::Token> tokens_in(const text::Document& doc, TextSpan span);

// A word or a figure: not punctuation or a symbol.
bool is_content(const text::Token& t);

// Words, figures and symbols of `toks`, in order.
std::vector<const text::Token*> content_tokens(std::span<const text::Token> toks);

// Written with a capital first letter (any script ICU case-folds).
bool capitalized(const text::Document& doc, const text::Token& t);

// The first token of its sentence.
bool sentence_initial(const text::Document& doc, const text::Token& t);

// A proper name: capitalized where a sentence does not start.
bool proper(const text::Document& doc, const text::Token& t);

// A day of the month beside its month, in the orders the languages revisor reads use: "October 3",
// "3 October", "3. Oktober", "3 de octubre", "le 3 octobre". Without the month, "3" is a number.
bool is_day_of_month(const text::Document& doc, const text::Token& t);

// Part of a date or time: a year, a day of a month, a clock time, a weekday, month or time word.
bool is_date_token(const text::Document& doc, const text::Token& t);

// A word that can stand in a reworded claim: not a name, figure, date, role or hedge, whose change
// is a claim change however it is worded.
bool plain_word(const text::Document& doc, const text::Token& t);

}  // namespace revisor::analyze
