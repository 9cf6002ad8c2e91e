#include "align/typographic.h"

#include <algorithm>
#include <iterator>
#include <string>

#include "revisor/text/accents.h"

namespace revisor::align {
namespace {

// A name: written with a capital where its sentence does not start. Only names lose or regain their
// accents without changing what they say ("Orban" -> "Orbán"); in other words an accent is a word of
// its own ("wurde" -> "würde", "e" -> "é"). German capitalizes its nouns, so a name keeps its
// diaeresis (name_without_accents): "Mutter" -> "Mütter" is a plural.
bool name_token(const text::Document& doc, std::uint32_t t) {
  const auto& tok = doc.tokens()[t];
  if (tok.kind != text::TokenKind::word) return false;
  const std::string_view raw = doc.slice(tok.span);
  if (raw.empty()) return false;
  if (!text::starts_with_capital(raw)) return false;
  const auto& sentences = doc.sentences();
  auto s = std::upper_bound(sentences.begin(), sentences.end(), t,
                            [](std::uint32_t i, const text::Sentence& x) { return i < x.first_token; });
  return s == sentences.begin() || std::prev(s)->first_token != t;
}

// The comparison keys of the run's non-punctuation tokens, glued without separators, so that
// "Wasserman was" and a scraped "Wassermanwas" (spacing) or "mid-day" and "midday" (a dash) compare
// equal, while any changed letter or digit does not. A name's accents are dropped too: "Orban" ->
// "Orbán" is the same name, its diacritics restored.
std::string glued_keys(const text::Document& doc, std::span<const std::uint32_t> run) {
  std::string out;
  for (auto t : run) {
    const auto& tok = doc.tokens()[t];
    if (tok.kind == text::TokenKind::punct) continue;
    const std::string key = name_token(doc, t) ? text::name_without_accents(tok.key) : tok.key;
    for (char c : key) {
      // Hyphens inside words ("mid-day") are punctuation too; inside numbers they are not.
      if (c != '-' || tok.kind == text::TokenKind::number) out.push_back(c);
    }
  }
  return out;
}

}  // namespace

bool is_typographic(const text::Document& before, std::span<const std::uint32_t> old_tokens,
                    const text::Document& after, std::span<const std::uint32_t> new_tokens) {
  return glued_keys(before, old_tokens) == glued_keys(after, new_tokens);
}

}  // namespace revisor::align
