// The error types of a notice, primary first, each with where it came from: a category the wording
// names as wrong ("misstated the cost", "indiquait à tort le montant"), the kind of value a contrast
// or a restatement carries ("in 2023, not 2024"; "said 1,200 workers. It has 900."), or a word that
// only mentions a category somewhere in the notice.
#pragma once

#include <re2/re2.h>

#include <memory>
#include <string>
#include <string_view>
#include <vector>

#include "revisor/analyze/audit.h"

namespace revisor::analyze::patterns {

struct StatedType {
  Category category = Category::fact;
  TypeSource source = TypeSource::wording;
};

// `pattern` with Unicode's letter and digit classes (\pL, \pN, in or outside brackets) put as the
// Latin script's letters and the ASCII digits, which RE2 compiles about twenty times faster.
std::string latin_classes(std::string_view pattern);

// `written` compiled with latin_classes and the notice rules' options; a pattern RE2 refuses is a
// bug, thrown as Error(internal) naming `what` and the pattern.
std::unique_ptr<RE2> compile_latin(const std::string& written, std::string_view what);

// Categories the wording names as what was wrong, in the order the notice names them. `language`
// picks that language's error words and nouns (ISO 639-1; unknown codes use English).
std::vector<Category> named_categories(std::string_view body, std::string_view language);

// Kinds of value set against each other by a contrast ("X, not Y", "nicht Y, sondern X",
// "et non Y", "rather than Y"), by an erratum's quoted printed and right text ("au lieu de « X »,
// lire « Y »", "onde se lê 'X', leia-se 'Y'", "for 'X' read 'Y'"), or by a claim the notice reports
// and restates put right in the next sentence ("we said he was born in Beirut. In fact, he was born
// in Boston."), in the order they appear: date, number, name or location.
std::vector<Category> contrasted_categories(std::string_view body, std::string_view language);

// Date when the notice sets its account against what was published ("Contrary to what we reported",
// "Contrariamente a quanto scritto", "Diferentemente do publicado") and the account, that clause
// left out, gives a year.
std::vector<Category> contrary_account_categories(std::string_view body);

// Number when both the restated fact and what the notice says was printed carry a figure.
std::vector<Category> restated_value_categories(std::string_view body, std::string_view corrected_fact);

// All of the above with patterns::error_types' keywords, primary first, each category once; empty
// when nothing in the notice points at a category.
std::vector<StatedType> stated_error_types(std::string_view body, std::string_view language,
                                           std::string_view corrected_fact);

}  // namespace revisor::analyze::patterns
