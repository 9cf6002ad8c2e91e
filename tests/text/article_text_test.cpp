#include <catch2/catch.hpp>

#include <string>

#include "revisor/base/error.h"
#include "revisor/text/article_text.h"
#include "revisor/text/document.h"
#include "text/read_refusal.h"

using revisor::Error;
using revisor::ErrorKind;
using revisor::test::read_refusal;
using revisor::text::ExtractedArticle;
using revisor::text::article_text;
using revisor::text::read_article;

namespace {

}  // namespace

TEST_CASE("plain text: first non-empty line is the headline, blank lines separate paragraphs") {
  const auto a = read_article("\n\n  Storm hits coast  \n\nFirst line\nsame paragraph.\n\n\n\nSecond.\n", "v1.txt");
  CHECK(a.format == "text");
  CHECK(a.headline == "Storm hits coast");
  REQUIRE(a.paragraphs.size() == 2);
  CHECK(a.paragraphs[0] == "First line\nsame paragraph.");
  CHECK(a.paragraphs[1] == "Second.");
}

TEST_CASE("markdown: a leading '# ' is dropped from the headline only") {
  const auto a = read_article("# Budget passes\n\n# Not a headline marker here\n", "v1.md");
  CHECK(a.format == "markdown");
  CHECK(a.headline == "Budget passes");
  REQUIRE(a.paragraphs.size() == 1);
  CHECK(a.paragraphs[0] == "# Not a headline marker here");
}

TEST_CASE("CRLF and CR line endings read like LF") {
  const auto a = read_article("Title\r\n\r\nOne\r\ntwo\r\rThree\r", "v.txt");
  CHECK(a.headline == "Title");
  REQUIRE(a.paragraphs.size() == 2);
  CHECK(a.paragraphs[0] == "One\ntwo");
  CHECK(a.paragraphs[1] == "Three");
}

TEST_CASE("template trailers are not article text") {
  const std::string body =
      "Headline\n\nOne.\n\nTwo.\n\nThree.\n\nYou might also like\n\nOther story teaser\n\nComments are closed.\n";
  const auto a = read_article(body, "seed.txt");
  REQUIRE(a.paragraphs.size() == 3);
  CHECK(a.paragraphs.back() == "Three.");

  const auto cnn = read_article("Headline here | CNN Politics\n\nSource: CNN\n\nBody text.\n\nSee Full Web Article\n", "c.txt");
  CHECK(cnn.headline == "Headline here");
  REQUIRE(cnn.paragraphs.size() == 1);
  CHECK(cnn.paragraphs[0] == "Body text.");
}

TEST_CASE("a trailer phrase inside a sentence is kept") {
  const auto a = read_article("H\n\nShe said comments are closed for now.\n\nYou might also like it.\n", "v.txt");
  CHECK(a.paragraphs.size() == 2);
}

TEST_CASE("bad input is refused with the file name and the problem") {
  CHECK(read_refusal("", "empty.txt") == "empty.txt: file is empty");
  CHECK(read_refusal(" \n\t\r\n", "blank.txt") == "blank.txt: file is empty");
  CHECK(read_refusal(std::string("Head\n\nab\0cd", 11), "bin.txt") ==
        "bin.txt: binary data (NUL byte at offset 8), not text");
  CHECK(read_refusal("Head\n\nbad \xC3\x28 byte\n", "u.txt") == "u.txt: invalid UTF-8 at byte offset 10");
  CHECK(read_refusal("Head\n\n\xED\xA0\x80\n", "surrogate.txt").find("invalid UTF-8") != std::string::npos);
  CHECK(read_refusal("Only a headline\n\n\n", "h.txt") == "h.txt: no article body after the headline \"Only a headline\"");
  CHECK(read_refusal("Headline\n\nComments are closed.\n", "h.md").find("no article body") != std::string::npos);
  const std::string big(20u * 1024u * 1024u + 1, 'a');
  CHECK(read_refusal(big, "big.txt") == "big.txt: file is 20.0 MiB, over the 20 MiB limit");
  const std::string limit = "H\n\n" + std::string(20u * 1024u * 1024u - 3, 'a');
  CHECK(read_refusal(limit, "limit.txt").empty());
}

TEST_CASE("a UTF-8 byte order mark is not part of the headline") {
  CHECK(read_article("\xEF\xBB\xBFTitle\n\nBody.\n", "bom.txt").headline == "Title");
}

TEST_CASE("article_text: headline, blank line, paragraphs, trailing newline") {
  ExtractedArticle a;
  a.headline = "  Two\nlines  ";
  a.paragraphs = {"First   para\twith  spaces. ", "   ", "Second\r\npara."};
  CHECK(article_text(a) == "Two lines\n\nFirst para with spaces.\n\nSecond\npara.\n");
}

TEST_CASE("article_text: NFC keeps the publisher's characters") {
  ExtractedArticle a;
  a.headline = "Cafe\xCC\x81 opens";                       // e + combining acute
  a.paragraphs = {"\xE2\x80\x9CQuote\xE2\x80\x9D \xE2\x80\x94 dash\xC2\xA0nbsp."};  // curly quotes, em dash, nbsp
  const std::string text = article_text(a);
  CHECK(text.starts_with("Caf\xC3\xA9 opens\n\n"));  // precomposed U+00E9
  CHECK(text.find("\xE2\x80\x9CQuote\xE2\x80\x9D \xE2\x80\x94 dash\xC2\xA0nbsp.") != std::string::npos);
}

TEST_CASE("article_text is a fixed point: reading it back gives the same text") {
  const auto a = read_article("Title\r\n\r\n  Body   one.\r\n\r\nBody two.", "v.txt");
  const std::string once = article_text(a);
  CHECK(article_text(read_article(once, "again.txt")) == once);
}

TEST_CASE("article_text writes captions after the body, each marked with the caption prefix") {
  ExtractedArticle a;
  a.headline = "H";
  a.paragraphs = {"Body."};
  a.captions = {"Crews at\nthe scene.", " "};
  CHECK(article_text(a) == "H\n\nBody.\n\nCaption: Crews at the scene.\n");
}

TEST_CASE("Document gives caption paragraphs the caption role, their sentences without the marker") {
  ExtractedArticle a;
  a.headline = "H";
  a.paragraphs = {"Body."};
  a.captions = {"Crews at the scene."};
  const auto doc = revisor::text::Document::parse(article_text(a));
  REQUIRE(doc.paragraphs().size() == 3);
  CHECK(doc.paragraphs()[1].role == revisor::text::ParagraphRole::body);
  const auto& cap = doc.paragraphs()[2];
  CHECK(cap.role == revisor::text::ParagraphRole::caption);
  REQUIRE(cap.sentence_count == 1);
  CHECK(doc.slice(doc.sentences()[cap.first_sentence].span) == "Crews at the scene.");
}

TEST_CASE("reading stored text back gives the same text, even around trailers and heading markers") {
  for (const char* input : {"# Head\r\n\r\nReal body.\r\n\r\nYou might also like\r\n\r\n\r\nYou might also like\r\n\r\n"
                            "Comments are closed.\r\n\nComments are closed.\r\n",
                            "# # Double marker\n\nBody.\n", "H\n\nA\n\nB\n\nRelated stories\n\nC\n\nMore from CNN\n\nD\n"}) {
    INFO(input);
    const std::string once = article_text(read_article(input, "in.md"));
    CHECK(article_text(read_article(once, "again.txt")) == once);
  }
}

TEST_CASE("a byte order mark inside the text is dropped, so stored text reads back the same") {
  const std::string once = article_text(read_article("\n\xEF\xBB\xBFTitle\n\nBo\xEF\xBB\xBF" "dy.\n", "bom.txt"));
  CHECK(once == "Title\n\nBody.\n");
}

TEST_CASE("only a short capitalized site name after the last bar leaves the headline") {
  auto headline = [](const char* h) { return read_article(std::string(h) + "\n\nBody.\n", "h.txt").headline; };
  CHECK(headline("Storm hits coast | Daily Example") == "Storm hits coast");
  CHECK(headline("Storm hits coast | the view from the ground") == "Storm hits coast | the view from the ground");
  CHECK(headline("A | B") == "A | B");
  CHECK(headline("Storm hits coast | One Two Three Four") == "Storm hits coast | One Two Three Four");
}

TEST_CASE("a paragraph of control characters is no paragraph") {
  const auto a = read_article("H\n\nOne.\n\n\x16\x16\x16\n\nTwo.\n", "ctl.txt");
  CHECK(a.paragraphs == std::vector<std::string>{"One.", "Two."});
}
