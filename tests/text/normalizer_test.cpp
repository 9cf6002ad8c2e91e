// Normalization of stored text: the spaces, line breaks and marks each function removes, and the
// characters it keeps, whether a line is copied in one run or rebuilt byte by byte.
#include "text/normalizer.h"

#include <catch2/catch.hpp>
#include <string>

using revisor::text::normalize_block;
using revisor::text::normalize_line_endings;
using revisor::text::to_nfc;

TEST_CASE("normalize_block: single spaces between words are kept, runs of them collapse", "[text][normalizer]") {
  CHECK(normalize_block("The minister said on Thursday") == "The minister said on Thursday");
  CHECK(normalize_block("two  spaces   and\tone tab") == "two spaces and one tab");
  CHECK(normalize_block("  leading and trailing  ") == "leading and trailing");
  CHECK(normalize_block("a \x01 b\x7f c") == "a b c");
  CHECK(normalize_block("x y") == "x y");
  CHECK(normalize_block("x ") == "x");
  CHECK(normalize_block(" ") == "");
  CHECK(normalize_block("") == "");
}

TEST_CASE("normalize_block: lines are trimmed, blank lines dropped, CR LF read as a break", "[text][normalizer]") {
  CHECK(normalize_block("first line \n\n  second line") == "first line\nsecond line");
  CHECK(normalize_block("one\r\ntwo\rthree\n") == "one\ntwo\nthree");
  CHECK(normalize_block("end of line \nnext") == "end of line\nnext");
}

TEST_CASE("normalize_block: byte order marks go, other characters stay", "[text][normalizer]") {
  CHECK(normalize_block("\xEF\xBB\xBFHeadline") == "Headline");
  CHECK(normalize_block("Mid\xEF\xBB\xBF word") == "Mid word");
  // U+FF01 (fullwidth '!') also starts with 0xEF and is text.
  CHECK(normalize_block("Stop\xEF\xBC\x81 now") == "Stop\xEF\xBC\x81 now");
  CHECK(normalize_block("Der Präsident sagte: «später»") == "Der Präsident sagte: «später»");
  CHECK(normalize_block("no-break\xC2\xA0space kept") == "no-break\xC2\xA0space kept");
}

TEST_CASE("normalize_line_endings: CR LF and CR become LF, trailing spaces go", "[text][normalizer]") {
  CHECK(normalize_line_endings("a\r\nb\rc") == "a\nb\nc");
  CHECK(normalize_line_endings("a  \nb\t\nc ") == "a\nb\nc ");
  CHECK(normalize_line_endings("plain text\n\nwith paragraphs\n") == "plain text\n\nwith paragraphs\n");
  CHECK(normalize_line_endings("") == "");
}

TEST_CASE("to_nfc: composed characters, ASCII unchanged", "[text][normalizer]") {
  CHECK(to_nfc("Cafe\xCC\x81") == "Caf\xC3\xA9");
  CHECK(to_nfc("plain") == "plain");
}

TEST_CASE("is_normalized_block: says whether normalize_block would change the block", "[text][normalizer]") {
  using revisor::text::is_normalized_block;
  for (const std::string block :
       {"", "One line.", "Two lines\nof text", "Stop\xEF\xBC\x81 now", "Der Präsident", "a  b", " lead", "trail ",
        "a\n\nb", "a \nb", "a\n b", "\nx", "x\n", "tab\there", "cr\rhere", "mark\xEF\xBB\xBFhere", "del\x7fhere", " ",
        "\n", "x y", "x"}) {
    INFO(block);
    CHECK(is_normalized_block(block) == (normalize_block(block) == block));
  }
}

TEST_CASE("is_nfc: composed and ASCII text is NFC, a combining accent is not", "[text][normalizer]") {
  using revisor::text::is_nfc;
  CHECK(is_nfc("plain"));
  CHECK(is_nfc("Caf\xC3\xA9"));
  CHECK_FALSE(is_nfc("Cafe\xCC\x81"));
}
