#include <catch2/catch.hpp>

#include <string>

#include "analyze/token_facts.h"
#include "revisor/text/document.h"

using namespace revisor;
using namespace revisor::analyze;

namespace {

// The token of `doc` whose text is `word` (the first, or the `nth` from 0).
const text::Token& token(const text::Document& doc, std::string_view word, int nth = 0) {
  for (const auto& t : doc.tokens()) {
    if (doc.slice(t.span) == word && nth-- == 0) return t;
  }
  FAIL("no token " << word);
  throw;
}

}  // namespace

TEST_CASE("a capitalised word is a proper name only where no sentence starts") {
  auto doc = text::Document::parse("Headline\n\nMarkets fell in Paris. Traders in Lyon sold.\n");
  CHECK(capitalized(doc, token(doc, "Markets")));
  CHECK_FALSE(proper(doc, token(doc, "Markets")));
  CHECK(sentence_initial(doc, token(doc, "Traders")));
  CHECK(proper(doc, token(doc, "Paris")));
  CHECK_FALSE(proper(doc, token(doc, "fell")));
  auto accented = text::Document::parse("Headline\n\nThe mayor of Évry spoke.\n");
  CHECK(proper(accented, token(accented, "Évry")));
}

TEST_CASE("a day of the month is a date only beside its month, in each language's order") {
  auto en = text::Document::parse("Headline\n\nIt opened on October 3 with 3 guests.\n");
  CHECK(is_day_of_month(en, token(en, "3", 0)));
  CHECK_FALSE(is_day_of_month(en, token(en, "3", 1)));
  auto de = text::Document::parse("Headline\n\nRichtig ist der 3. Oktober.\n");
  CHECK(is_day_of_month(de, token(de, "3")));
  auto es = text::Document::parse("Headline\n\nFue el 3 de octubre.\n");
  CHECK(is_day_of_month(es, token(es, "3")));
  auto big = text::Document::parse("Headline\n\nIt cost 45 October bonds.\n");
  CHECK_FALSE(is_day_of_month(big, token(big, "45")));
}

TEST_CASE("years and capitalised months are dates, the verb may is not") {
  auto doc = text::Document::parse("Headline\n\nIn May 2024 the board may meet.\n");
  CHECK(is_date_token(doc, token(doc, "May")));
  CHECK(is_date_token(doc, token(doc, "2024")));
  CHECK_FALSE(is_date_token(doc, token(doc, "may")));
  CHECK_FALSE(plain_word(doc, token(doc, "May")));
  CHECK(plain_word(doc, token(doc, "board")));
}

TEST_CASE("tokens_in and content_tokens keep the words and figures of a span") {
  auto doc = text::Document::parse("Headline\n\nThe toll rose to 12, officials said.\n");
  const auto& s = doc.sentences()[1];
  auto toks = tokens_in(doc, s.span);
  auto content = content_tokens(toks);
  std::string joined;
  for (const auto* t : content) joined += std::string(doc.slice(t->span)) + "|";
  CHECK(joined == "The|toll|rose|to|12|officials|said|");
  CHECK_FALSE(is_content(toks.back()));  // the full stop
}
