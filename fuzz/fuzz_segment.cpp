// libFuzzer target for the segmenter: Document::parse on arbitrary bytes, then the structural
// promises of a Document (spans inside the text, paragraphs -> sentences -> tokens nested in order).
// A refusal of invalid UTF-8 (revisor::Error) is expected; a crash, a sanitizer report or a broken
// structure is a bug.
#include <cstddef>
#include <cstdint>
#include <string>

#include "revisor/base/error.h"
#include "revisor/text/document.h"

namespace {

bool inside(revisor::TextSpan s, std::size_t size) { return s.begin <= s.end && s.end <= size; }

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  revisor::text::Document doc;
  try {
    doc = revisor::text::Document::parse(std::string(reinterpret_cast<const char*>(data), size));
  } catch (const revisor::Error&) {
    return 0;
  }
  const std::size_t n = doc.text().size();
  const auto& paragraphs = doc.paragraphs();
  const auto& sentences = doc.sentences();
  const auto& tokens = doc.tokens();
  for (const auto& p : paragraphs) {
    if (!inside(p.span, n)) __builtin_trap();
    if (std::size_t(p.first_sentence) + p.sentence_count > sentences.size()) __builtin_trap();
  }
  for (std::size_t i = 0; i < sentences.size(); ++i) {
    const auto& s = sentences[i];
    if (!inside(s.span, n) || s.paragraph >= paragraphs.size()) __builtin_trap();
    if (std::size_t(s.first_token) + s.token_count > tokens.size()) __builtin_trap();
    if (i > 0 && sentences[i - 1].span.end > s.span.begin) __builtin_trap();  // in reading order
  }
  for (const auto& t : tokens)
    if (!inside(t.span, n) || t.span.begin >= t.span.end) __builtin_trap();
  return 0;
}
