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
  std::size_t next_sentence = 0;
  for (std::size_t i = 0; i < paragraphs.size(); ++i) {
    const auto& p = paragraphs[i];
    if (!inside(p.span, n)) __builtin_trap();
    if (i > 0 && paragraphs[i - 1].span.end > p.span.begin) __builtin_trap();  // in reading order
    if (std::size_t(p.first_sentence) + p.sentence_count > sentences.size()) __builtin_trap();
    // A paragraph's sentences are the next ones, stand inside it and name it as theirs.
    if (p.first_sentence != next_sentence) __builtin_trap();
    next_sentence += p.sentence_count;
    for (std::uint32_t k = 0; k < p.sentence_count; ++k) {
      const auto& s = sentences[p.first_sentence + k];
      if (s.paragraph != i || s.span.begin < p.span.begin || s.span.end > p.span.end) __builtin_trap();
    }
    if (i > 0 && p.role == revisor::text::ParagraphRole::headline) __builtin_trap();  // only the first
  }
  if (next_sentence != sentences.size()) __builtin_trap();
  std::size_t next_token = 0;
  for (std::size_t i = 0; i < sentences.size(); ++i) {
    const auto& s = sentences[i];
    if (!inside(s.span, n) || s.paragraph >= paragraphs.size()) __builtin_trap();
    if (std::size_t(s.first_token) + s.token_count > tokens.size()) __builtin_trap();
    if (i > 0 && sentences[i - 1].span.end > s.span.begin) __builtin_trap();  // in reading order
    // A sentence's tokens are the next ones and stand inside it.
    if (s.first_token != next_token) __builtin_trap();
    next_token += s.token_count;
    for (std::uint32_t k = 0; k < s.token_count; ++k) {
      const auto& t = tokens[s.first_token + k];
      if (t.span.begin < s.span.begin || t.span.end > s.span.end) __builtin_trap();
    }
  }
  if (next_token != tokens.size()) __builtin_trap();
  for (std::size_t i = 0; i < tokens.size(); ++i) {
    const auto& t = tokens[i];
    if (!inside(t.span, n) || t.span.begin >= t.span.end) __builtin_trap();
    if (i > 0 && tokens[i - 1].span.end > t.span.begin) __builtin_trap();  // in order, no overlap
  }
  // The headline accessors agree with the paragraphs.
  const auto* headline = doc.headline();
  if (headline != nullptr && doc.headline_text() != doc.slice(headline->span)) __builtin_trap();
  return 0;
}
