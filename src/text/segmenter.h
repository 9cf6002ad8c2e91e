// Segmenter: ICU's sentence and word break iterators, tuned for news text. Sentence breaks are not
// taken after abbreviations (U.S., Mr., Gen., Jan., No., a.m., St. ...); closing quotes and brackets
// stay with their sentence (ICU's rules). Word tokens are ICU's, then glued where news text means one
// thing: "$2.3", "10%", "F-35", "S-400", "well-known"; "1,200" and "3.5" are single tokens in ICU already.
#pragma once

#include <unicode/brkiter.h>

#include <cstdint>
#include <memory>
#include <string_view>
#include <vector>

#include "revisor/text/document.h"

namespace revisor::text {

struct RawToken {
  std::uint32_t begin = 0;  // byte offsets into the segmented text
  std::uint32_t end = 0;
  TokenKind kind = TokenKind::word;
};

class Segmenter {
 public:
  // Creating ICU iterators costs far more than using them: one segmenter per thread, reused.
  static Segmenter& for_this_thread();

  Segmenter();
  ~Segmenter();
  Segmenter(const Segmenter&) = delete;
  Segmenter& operator=(const Segmenter&) = delete;

  // Byte offsets where sentences start in valid UTF-8 `text`, in order; the first is 0, and the end of
  // the text is not included. Line breaks end sentences (ICU: paragraph separators).
  void sentence_starts(std::string_view text, std::vector<std::uint32_t>& out);

  // The tokens of valid UTF-8 `text` in order; white space is not a token.
  void tokens(std::string_view text, std::vector<RawToken>& out);

 private:
  std::unique_ptr<icu::BreakIterator> sentences_;
  std::unique_ptr<icu::BreakIterator> words_;
};

// Glues adjacent tokens that read as one: currency symbol + number, number + percent sign, and chains
// joined by hyphens (ASCII hyphen-minus, U+2010, U+2011). Exposed for tests.
void merge_compound_tokens(std::string_view text, std::vector<RawToken>& tokens);

}  // namespace revisor::text
