#include "revisor/text/document.h"

#include <catch2/catch.hpp>

#include <algorithm>
#include <filesystem>
#include <string>
#include <thread>
#include <vector>

#include "revisor/base/error.h"
#include "revisor/text/article_file.h"
#include "revisor/text/article_text.h"

using revisor::text::Document;

TEST_CASE("Document splits headline, paragraphs, sentences and tokens", "[text]") {
  Document d = Document::parse("Big news\n\nErdogan said Thursday. Biden agreed.\n\nSecond paragraph here.");
  REQUIRE(d.paragraphs().size() == 3);
  CHECK(d.headline_text() == "Big news");
  REQUIRE(d.sentences().size() == 4);
  CHECK(d.slice(d.sentences()[1].span) == "Erdogan said Thursday.");
  CHECK(d.slice(d.sentences()[2].span) == "Biden agreed.");
  CHECK(d.sentences()[3].paragraph == 2);
  const auto& s = d.sentences()[1];
  REQUIRE(s.token_count == 4);
  CHECK(d.tokens()[s.first_token].key == "erdogan");
  CHECK(s.key == "erdogan said thursday .");
}

TEST_CASE("Document comparison keys fold case, quotes and dashes", "[text]") {
  Document a = Document::parse("H\n\n\u201cIt\u2019s done\u201d \u2014 he said.");
  Document b = Document::parse("H\n\n\"it's done\" - he said.");
  CHECK(a.sentences()[1].key == b.sentences()[1].key);
}

TEST_CASE("Document refuses invalid UTF-8", "[text]") {
  CHECK_THROWS_AS(Document::parse(std::string("H\n\nbad \xff byte")), revisor::Error);
}

namespace {

// Everything a Document holds, as one comparable string.
std::string dump(const Document& d) {
  std::string out;
  for (const auto& p : d.paragraphs())
    out += "P " + std::to_string(p.span.begin) + "-" + std::to_string(p.span.end) + " role " +
           std::to_string(static_cast<int>(p.role)) + " sentences " + std::to_string(p.first_sentence) + "+" +
           std::to_string(p.sentence_count) + "\n";
  for (const auto& s : d.sentences())
    out += "S " + std::to_string(s.span.begin) + "-" + std::to_string(s.span.end) + " in " +
           std::to_string(s.paragraph) + " tokens " + std::to_string(s.first_token) + "+" +
           std::to_string(s.token_count) + " [" + s.key + "]\n";
  for (const auto& t : d.tokens())
    out += "T " + std::to_string(t.span.begin) + "-" + std::to_string(t.span.end) + " kind " +
           std::to_string(static_cast<int>(t.kind)) + " [" + t.key + "]\n";
  return out;
}

// The document of `text` segmented by a thread that has segmented nothing before.
std::string dump_afresh(const std::string& text) {
  std::string out;
  std::thread([&] { out = dump(Document::parse(text)); }).join();
  return out;
}

}  // namespace

TEST_CASE("Document segments a paragraph it has seen before as it segments it afresh", "[text]") {
  // Paragraphs that begin or end with what revisor's sentence rules look across: abbreviations,
  // initials, closing quotes, quoted questions; a caption; a paragraph twice.
  const std::string v1 =
      "Mayor wins vote\n\n"
      "U.S. officials said on Tuesday that the vote was held. The Gen.\n\n"
      "\"Why?\" he asked. \"We can't do this.' \u201D Then he left.\n\n"
      "Caption: Tyler H. Smith at the rally. Photo by Ana Ruiz\n\n"
      "It cost $2.3 million, 10% more than the F-35 deal, Mr. Smith said.\n\n"
      "Tech. Sgt. Ana Ruiz spoke at 10 a.m.\n\n"
      "It cost $2.3 million, 10% more than the F-35 deal, Mr. Smith said.";
  // Version 2 keeps most paragraphs, changes one, and adds some: the new ones are segmented one by one.
  const std::string v2 =
      "Mayor wins vote\n\n"
      "U.S. officials said on Tuesday that the vote was held. The Gen.\n\n"
      "\"Why?\" he asked. \"We can't do this.' \u201D Then he left.\n\n"
      "Caption: Tyler H. Smith at the rally. Photo by Ana Ruiz\n\n"
      "It cost $2.4 million, 11% more than the F-35 deal, Mr. Smith said. She agreed.\n\n"
      "Tech. Sgt. Ana Ruiz spoke at 10 a.m.\n\n"
      "It cost $2.3 million, 10% more than the F-35 deal, Mr. Smith said.\n\n"
      "St. Louis is next. Correction: An earlier version misstated the cost.";
  // Version 3 is mostly new: segmented in one pass over the whole text, some paragraphs remembered.
  const std::string v3 = "Caption: Tyler H. Smith at the rally. Photo by Ana Ruiz\n\nA new headline\n\nNo. 3 won.\n\n"
                         "U.S. officials said on Tuesday that the vote was held. The Gen.\n\nMr.\n\nDr. Who? Yes.";
  for (const std::string* text : {&v1, &v2, &v3, &v1}) CHECK(dump(Document::parse(*text)) == dump_afresh(*text));
  // The paragraphs were found: the second version holds eight paragraphs and nine sentences.
  const Document d2 = Document::parse(v2);
  CHECK(d2.paragraphs().size() == 8);
  CHECK(d2.paragraphs()[3].role == revisor::text::ParagraphRole::caption);
  CHECK(d2.slice(d2.sentences()[1].span) == "U.S. officials said on Tuesday that the vote was held.");
  CHECK(d2.tokens()[d2.sentences()[1].first_token].span.begin == d2.paragraphs()[1].span.begin);
}

TEST_CASE("Document segments successive versions of the samples as it segments them afresh", "[text]") {
  const std::filesystem::path samples = std::filesystem::path(REVISOR_SOURCE_DIR) / "samples";
  int compared = 0;
  for (const auto& dir : std::filesystem::directory_iterator(samples)) {
    if (!dir.is_directory()) continue;
    std::vector<std::filesystem::path> versions;
    for (const auto& f : std::filesystem::directory_iterator(dir.path())) versions.push_back(f.path());
    std::sort(versions.begin(), versions.end());
    for (const auto& v : versions) {
      const std::string text = revisor::text::article_text(revisor::text::read_article_file(v).extracted);
      INFO(v.string());
      CHECK(dump(Document::parse(text)) == dump_afresh(text));
      ++compared;
    }
  }
  CHECK(compared >= 9);
}
