#include "align/typographic.h"

#include <string>

#include "revisor/text/accents.h"

namespace revisor::align {
namespace {

// The comparison keys of the run's non-punctuation tokens, glued without separators, so that
// "Wasserman was" and a scraped "Wassermanwas" (spacing) or "mid-day" and "midday" (a dash) compare
// equal, while any changed letter or digit does not. Accents are dropped too: "Orban" -> "Orbán" is
// the same name, its diacritics restored.
std::string glued_keys(const text::Document& doc, std::span<const std::uint32_t> run) {
  std::string out;
  for (auto t : run) {
    const auto& tok = doc.tokens()[t];
    if (tok.kind == text::TokenKind::punct) continue;
    for (char c : tok.key) {
      // Hyphens inside words ("mid-day") are punctuation too; inside numbers they are not.
      if (c != '-' || tok.kind == text::TokenKind::number) out.push_back(c);
    }
  }
  return text::without_accents(out);
}

}  // namespace

bool is_typographic(const text::Document& before, std::span<const std::uint32_t> old_tokens,
                    const text::Document& after, std::span<const std::uint32_t> new_tokens) {
  return glued_keys(before, old_tokens) == glued_keys(after, new_tokens);
}

}  // namespace revisor::align
