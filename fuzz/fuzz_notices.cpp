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
  for (std::size_t i = 0; i < first.size(); ++i) {
    const auto& n = first[i];
    // Each notice stands where it says, in reading order, outside the headline, with the version given.
    if (n.version != 1 || second[i].version != 2 || second[i].text != n.text) __builtin_trap();
    if (n.span.begin > n.span.end || n.span.end > doc.text().size()) __builtin_trap();
    if (doc.slice(n.span) != n.text) __builtin_trap();
    if (i > 0 && first[i - 1].span.begin > n.span.begin) __builtin_trap();
    if (doc.headline() != nullptr && n.span.begin < doc.headline()->span.end) __builtin_trap();
  }
  return 0;
}
