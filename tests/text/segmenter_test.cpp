#include <catch2/catch.hpp>

#include <string>
#include <vector>

#include "revisor/text/document.h"

using revisor::text::Document;
using revisor::text::ParagraphRole;
using revisor::text::TokenKind;

namespace {

std::vector<std::string> sentences_of(const std::string& body) {
  const Document d = Document::parse("H\n\n" + body);
  std::vector<std::string> out;
  for (std::size_t i = 1; i < d.sentences().size(); ++i) out.emplace_back(d.slice(d.sentences()[i].span));
  return out;
}

std::vector<std::string> tokens_of(const std::string& body) {
  const Document d = Document::parse("H\n\n" + body);
  std::vector<std::string> out;
  for (std::size_t i = 1; i < d.tokens().size(); ++i) out.emplace_back(d.slice(d.tokens()[i].span));
  return out;
}

using Strings = std::vector<std::string>;

}  // namespace

TEST_CASE("abbreviations do not end sentences") {
  CHECK(sentences_of("The U.S. Army said so. Mr. Smith agreed.") ==
        Strings{"The U.S. Army said so.", "Mr. Smith agreed."});
  CHECK(sentences_of("Gen. Mark Milley spoke on Jan. 5 at St. Paul. It rained.") ==
        Strings{"Gen. Mark Milley spoke on Jan. 5 at St. Paul.", "It rained."});
  CHECK(sentences_of("He was No. 1 at 10 a.m. Monday. Then he lost.") ==
        Strings{"He was No. 1 at 10 a.m. Monday.", "Then he lost."});
}

TEST_CASE("closing quotes and brackets stay with their sentence") {
  CHECK(sentences_of("\xE2\x80\x9CWe will win.\xE2\x80\x9D She left.") ==
        Strings{"\xE2\x80\x9CWe will win.\xE2\x80\x9D", "She left."});
  CHECK(sentences_of("It was late. (He said so.) They ate.") ==
        Strings{"It was late.", "(He said so.)", "They ate."});
  CHECK(sentences_of("\"Is it?\" he asked. Yes!") == Strings{"\"Is it?\" he asked.", "Yes!"});
}

TEST_CASE("numbers, money, percentages and hyphenated names are single tokens") {
  CHECK(tokens_of("1,200 3.5 $2.3 10% F-35 S-400 well-known COVID-19 \xE2\x82\xAC" "40") ==
        Strings{"1,200", "3.5", "$2.3", "10%", "F-35", "S-400", "well-known", "COVID-19", "\xE2\x82\xAC" "40"});
  const Document d = Document::parse("H\n\nIt cost $2.3 billion, up 10%.");
  const auto& t = d.tokens();
  REQUIRE(t.size() == 9);
  CHECK(t[3].kind == TokenKind::number);   // $2.3
  CHECK(t[5].kind == TokenKind::punct);    // ,
  CHECK(t[7].kind == TokenKind::number);   // 10%
  CHECK(t[1].kind == TokenKind::word);
}

TEST_CASE("dashes between words and ranges with spaces stay separate tokens") {
  CHECK(tokens_of("yes \xE2\x80\x94 no") == Strings{"yes", "\xE2\x80\x94", "no"});
  CHECK(tokens_of("Washington - The") == Strings{"Washington", "-", "The"});
  CHECK(tokens_of("Russia\xE2\x80\x99s plan") == Strings{"Russia\xE2\x80\x99s", "plan"});
}

TEST_CASE("token spans are byte offsets into the stored text") {
  const Document d = Document::parse("Caf\xC3\xA9 news\n\n\xE2\x80\x9CS-400\xE2\x80\x9D deal.");
  for (const auto& t : d.tokens()) {
    CHECK(t.span.end <= d.text().size());
    CHECK(t.span.begin < t.span.end);
  }
  CHECK(d.slice(d.tokens()[0].span) == "Caf\xC3\xA9");
  CHECK(d.slice(d.tokens()[3].span) == "S-400");
  CHECK(d.tokens()[3].span.begin == 15);
}

TEST_CASE("comparison keys: typographic variants equal, wording changes not") {
  const Document a = Document::parse("H\n\n\xE2\x80\x9CIt\xE2\x80\x99s\xC2\xA0" "done\xE2\x80\x9D \xE2\x80\x93 he SAID.");
  const Document b = Document::parse("H\n\n\"it's done\" - he said.");
  const Document c = Document::parse("H\n\n\"it's over\" - he said.");
  CHECK(a.sentences()[1].key == b.sentences()[1].key);
  CHECK(b.sentences()[1].key != c.sentences()[1].key);
}

TEST_CASE("a line break inside a paragraph ends a sentence, a blank line a paragraph") {
  const Document d = Document::parse("H\n\nFirst line\nsecond line\n\n\n\nNext.\n");
  REQUIRE(d.paragraphs().size() == 3);
  CHECK(d.paragraphs()[1].sentence_count == 2);
  CHECK(d.paragraphs()[2].role == ParagraphRole::body);
  CHECK(d.slice(d.paragraphs()[2].span) == "Next.");
}

TEST_CASE("documents without text or with only white space parse to nothing") {
  CHECK(Document::parse("").paragraphs().empty());
  CHECK(Document::parse(" \n\n \n").sentences().empty());
  CHECK(Document::parse("Only headline").headline_text() == "Only headline");
}

TEST_CASE("initials, plural titles and detached closing quotes do not end sentences") {
  CHECK(sentences_of("Sgt. Tyler H. Smith spoke. Sens. Warren and Reps. Lee agreed.") ==
        Strings{"Sgt. Tyler H. Smith spoke.", "Sens. Warren and Reps. Lee agreed."});
  CHECK(sentences_of("Tech. Sgt. Ana Ruiz and Pfc. Bo Lee met Det. Kim. Both studied at Virginia Tech. They left.") ==
        Strings{"Tech. Sgt. Ana Ruiz and Pfc. Bo Lee met Det. Kim.", "Both studied at Virginia Tech.", "They left."});
  CHECK(sentences_of("He said, \xE2\x80\x9CShe told me, \xE2\x80\x98I can\xE2\x80\x99t.\xE2\x80\x99 \xE2\x80\x9D Then he left.") ==
        Strings{"He said, \xE2\x80\x9CShe told me, \xE2\x80\x98I can\xE2\x80\x99t.\xE2\x80\x99 \xE2\x80\x9D", "Then he left."});
}
