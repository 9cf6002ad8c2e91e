// libFuzzer target for the notice detector: detect_notices on the article the bytes make when read
// as plain text, and classify_notice on each of its paragraphs. Refusals of the input
// (revisor::Error from reading) are expected; a crash or a sanitizer report is a bug.
#include <cstddef>
#include <cstdint>
#include <string>
#include <string_view>

#include "revisor/analyze/notice_detector.h"
#include "revisor/base/error.h"
#include "revisor/text/article_text.h"
#include "revisor/text/document.h"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  const std::string_view bytes(reinterpret_cast<const char*>(data), size);
  revisor::text::Document doc;
  try {
    doc = revisor::text::Document::parse(
        revisor::text::article_text(revisor::text::read_article(bytes, "fuzz.txt")));
  } catch (const revisor::Error&) {
    return 0;
  }
  for (const auto& p : doc.paragraphs()) (void)revisor::analyze::classify_notice(doc.slice(p.span));
  revisor::analyze::PlainParagraphs plain;
  const auto first = revisor::analyze::detect_notices(doc, 1, &plain);
  // A second pass with the cache of plain paragraphs must find the same notices.
  const auto second = revisor::analyze::detect_notices(doc, 2, &plain);
  if (first.size() != second.size()) __builtin_trap();
  return 0;
}
