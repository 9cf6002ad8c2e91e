// Letters without their accents: "Vučić" and "Vucic", "Orbán" and "Orban" are one name written with
// and without diacritics, which a scraped or retyped version often drops or restores.
#pragma once

#include <string>
#include <string_view>

namespace revisor::text {

// `s` (UTF-8) with every letter's combining marks removed after canonical decomposition: "é" -> "e",
// "ğ" -> "g", "ç" -> "c". Letters that do not decompose ("ł", "ø", "ß") stay. ASCII comes back as it is.
std::string without_accents(std::string_view s);

// Whether `a` and `b` are the same once their accents are removed (and different with them).
bool same_but_accents(std::string_view a, std::string_view b);

// Whether `word` (UTF-8) starts with a capital letter of any script ("Orbán", "Ấn", "İmamoğlu"): the
// words whose accents name_without_accents may fold, where no sentence starts.
bool starts_with_capital(std::string_view word);

// A name's letters as spellings of one name differ: without_accents, except that a letter with a
// diaeresis stays whole (with any other mark it carries), as German inflects words with it ("Mutter",
// "Mütter") and capitalizes every noun.
std::string name_without_accents(std::string_view s);

}  // namespace revisor::text
