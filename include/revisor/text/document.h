// Document: one version's stored article text (normalized UTF-8) and its segmentation into
// paragraphs -> sentences -> tokens, all as byte spans into text(). Built once; immutable; cheap to move.
#pragma once

#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

#include "revisor/base/text_span.h"

namespace revisor::text {

enum class ParagraphRole : std::uint8_t { headline, body, caption };
enum class TokenKind : std::uint8_t { word, number, punct, symbol };

struct Token {
  TextSpan span;   // 0-based byte offsets into Document::text()
  TokenKind kind = TokenKind::word;
  std::string key;  // comparison key: case-folded; quotes, dashes and spaces unified
};

struct Sentence {
  TextSpan span;                  // into Document::text(), trimmed of surrounding white space
  std::uint32_t paragraph = 0;    // 0-based index into Document::paragraphs()
  std::uint32_t first_token = 0;  // 0-based index into Document::tokens()
  std::uint32_t token_count = 0;
  std::string key;                // comparison key of the whole sentence (token keys joined by ' ')
};

struct Paragraph {
  TextSpan span;
  ParagraphRole role = ParagraphRole::body;
  std::uint32_t first_sentence = 0;  // 0-based index into Document::sentences()
  std::uint32_t sentence_count = 0;
};

class Document {
 public:
  Document() = default;

  // Segments stored article text (the format of article.txt, see article_text.h): the first
  // paragraph is the headline, paragraphs are separated by blank lines, a paragraph starting with
  // kCaptionPrefix is a caption (its sentences start after the prefix). Sentences: ICU's sentence
  // rules, no break after abbreviations (U.S., Mr., Gen., Jan., No., a.m., St., initials), closing
  // quotes and brackets kept with their sentence, a line break ends a sentence. Tokens: ICU's word
  // rules with "$2.3", "10%", "F-35", "S-400" and hyphenated words as one token; white space is no
  // token. Does not normalize: give it text produced by article_text(). Throws Error(bad_input) on
  // invalid UTF-8. Thread-safe: each thread reuses its own ICU iterators.
  static Document parse(std::string text);

  const std::string& text() const noexcept { return text_; }
  std::string_view slice(TextSpan s) const noexcept {
    return std::string_view(text_).substr(s.begin, s.end - s.begin);
  }
  const std::vector<Paragraph>& paragraphs() const noexcept { return paragraphs_; }
  const std::vector<Sentence>& sentences() const noexcept { return sentences_; }
  const std::vector<Token>& tokens() const noexcept { return tokens_; }

  // The headline paragraph, or nullptr when the text has none.
  const Paragraph* headline() const noexcept;
  // The headline's text, empty when the text has none.
  std::string_view headline_text() const noexcept;

 private:
  friend class DocumentBuilder;
  std::string text_;
  std::vector<Paragraph> paragraphs_;
  std::vector<Sentence> sentences_;
  std::vector<Token> tokens_;
};

}  // namespace revisor::text
