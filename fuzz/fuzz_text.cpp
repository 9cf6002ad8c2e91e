// libFuzzer target over the text layer: read_article (plain text, Markdown and HTML extraction),
// article_text and Document::parse. Refusals (revisor::Error) are expected outcomes; anything else
// (a crash, a sanitizer report, a hang) is a bug.
#include <cstddef>
#include <cstdint>
#include <cstdlib>
#include <string>
#include <string_view>

#include "revisor/base/error.h"
#include "revisor/text/article_text.h"
#include "revisor/text/document.h"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  if (size == 0) return 0;
  // Logic properties, not crashes: checked only on request (fuzz/run SECONDS --strict), so they never
  // fail CI.
  static const bool strict = [] {
    const char* v = std::getenv("REVISOR_FUZZ_STRICT");
    return v != nullptr && *v == '1';
  }();
  // The first byte picks how the rest is read, so one corpus covers every reader.
  static constexpr std::string_view kNames[] = {"fuzz.html", "fuzz.txt", "fuzz.md", "-"};
  const std::string_view name = kNames[data[0] % 4];
  const std::string_view bytes(reinterpret_cast<const char*>(data) + 1, size - 1);
  try {
    const revisor::text::ExtractedArticle article = revisor::text::read_article(bytes, name);
    const std::string text = revisor::text::article_text(article);
    revisor::text::Document doc;
    try {
      doc = revisor::text::Document::parse(text);
    } catch (const revisor::Error&) {
      if (strict) __builtin_trap();  // article_text must always be valid stored text
      throw;
    }
    // The stored text is a fixed point: reading it back must give the same text.
    if (strict && revisor::text::article_text(revisor::text::read_article(text, "again.txt")) != text &&
        article.format != "html") {
      __builtin_trap();
    }
    for (const auto& t : doc.tokens()) {
      if (t.span.end > doc.text().size() || t.span.begin >= t.span.end) __builtin_trap();
    }
  } catch (const revisor::Error&) {
  }
  try {
    (void)revisor::text::Document::parse(std::string(bytes));
  } catch (const revisor::Error&) {
  }
  return 0;
}
