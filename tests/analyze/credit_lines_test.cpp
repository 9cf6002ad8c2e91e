#include <catch2/catch.hpp>

#include <string>
#include <vector>

#include "analyze/credit_lines.h"
#include "revisor/text/document.h"

using namespace revisor;
using namespace revisor::analyze;

TEST_CASE("credit lines and bylines are told from sentences that report") {
  CHECK(is_credit_line("Reporting by Ann Lee in Kyiv; Editing by Bo Chen"));
  CHECK(is_credit_line("CNN's Maria Gomez contributed reporting."));
  CHECK(is_credit_line("Photo: Jane Doe/Getty Images"));
  CHECK(is_credit_line("By Ann Lee and Bo Chen"));
  CHECK_FALSE(is_credit_line("By Tuesday, the river had reached its highest level since 1997, officials said."));
  CHECK_FALSE(is_credit_line("The editing of the report took months."));
  CHECK_FALSE(is_credit_line("Police reported two arrests."));
}

TEST_CASE("a dateline is the filing place and agency before the dash, and only that") {
  const std::string reuters = "WASHINGTON (Reuters) - The Senate voted on Tuesday.";
  CHECK(dateline_length(reuters) == std::string("WASHINGTON (Reuters) -").size());
  const std::string ap = "LONDON, March 3 (AP) \u2014 Trains stopped.";
  CHECK(dateline_length(ap) == std::string("LONDON, March 3 (AP) \u2014").size());
  CHECK(dateline_length("The Senate voted on Tuesday (Reuters) - a report.") == 0);
  CHECK(dateline_length("Washington said (Reuters) - no.") == 0);

  auto doc = text::Document::parse("Headline\n\nWASHINGTON (Reuters) - The Senate voted on Tuesday.\n");
  REQUIRE(doc.sentences().size() >= 2);
  const std::vector<std::uint32_t> ids{1};
  const auto sentence = doc.sentences()[1].span;
  const auto at = [&](std::string_view word) {
    const auto begin = static_cast<std::uint32_t>(doc.text().find(word));
    return TextSpan{begin, static_cast<std::uint32_t>(begin + word.size())};
  };
  CHECK(doc.slice(sentence).starts_with("WASHINGTON"));
  CHECK(in_dateline(doc, ids, at("WASHINGTON")));
  CHECK(in_dateline(doc, ids, at("Reuters")));
  CHECK_FALSE(in_dateline(doc, ids, at("Senate")));
  CHECK_FALSE(in_dateline(doc, std::vector<std::uint32_t>{0}, at("Reuters")));  // not in that sentence
}
