// libFuzzer target for the aligner: one input is cut into two texts (at the first NUL byte, else in
// the middle), each read as a plain-text article as ingest would, then aligned both ways. Every
// sentence index in the ChangeSet must point into its Document; align() must never throw.
#include <cstddef>
#include <cstdint>
#include <string>
#include <string_view>

#include "revisor/align/aligner.h"
#include "revisor/base/error.h"
#include "revisor/text/article_text.h"
#include "revisor/text/document.h"

namespace {

bool read(std::string_view bytes, revisor::text::Document& out) {
  try {
    out = revisor::text::Document::parse(
        revisor::text::article_text(revisor::text::read_article(bytes, "fuzz.txt")));
    return true;
  } catch (const revisor::Error&) {
    return false;
  }
}

void check(const revisor::text::Document& before, const revisor::text::Document& after) {
  const revisor::align::ChangeSet changes = revisor::align::align(before, after);
  for (const auto& c : changes.changes) {
    for (auto i : c.old_sentences)
      if (i >= before.sentences().size()) __builtin_trap();
    for (auto i : c.new_sentences)
      if (i >= after.sentences().size()) __builtin_trap();
  }
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  const std::string_view all(reinterpret_cast<const char*>(data), size);
  std::size_t cut = all.find('\0');
  std::size_t rest = cut == std::string_view::npos ? size / 2 : cut + 1;
  if (cut == std::string_view::npos) cut = size / 2;
  revisor::text::Document a;
  revisor::text::Document b;
  if (!read(all.substr(0, cut), a) || !read(all.substr(rest), b)) return 0;
  check(a, b);
  check(b, a);
  check(a, a);
  return 0;
}
