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

bool inside(revisor::TextSpan s, const revisor::text::Document& d) {
  return s.begin <= s.end && s.end <= d.text().size();
}

void check_change(const revisor::align::SentenceChange& c, const revisor::text::Document& before,
                  const revisor::text::Document& after, bool body) {
  using revisor::align::SentenceOp;
  for (auto i : c.old_sentences)
    if (i >= before.sentences().size()) __builtin_trap();
  for (auto i : c.new_sentences)
    if (i >= after.sentences().size()) __builtin_trap();
  const std::size_t o = c.old_sentences.size();
  const std::size_t m = c.new_sentences.size();
  // The shape change_set.h promises for each operation on body sentences (the headline's change
  // holds all the headline's sentences on each side).
  if (body) {
    switch (c.op) {
      case SentenceOp::insert:
        if (o != 0 || m == 0) __builtin_trap();
        break;
      case SentenceOp::remove:
        if (o == 0 || m != 0) __builtin_trap();
        break;
      case SentenceOp::modify:
      case SentenceOp::move:
        if (o != 1 || m != 1) __builtin_trap();
        break;
      case SentenceOp::split:
        if (o != 1 || m < 2) __builtin_trap();
        break;
      case SentenceOp::merge:
        if (o < 2 || m != 1) __builtin_trap();
        break;
      case SentenceOp::equal:
        break;
    }
  }
  for (const auto& e : c.edits)
    if (!inside(e.old_span, before) || !inside(e.new_span, after)) __builtin_trap();
}

revisor::align::ChangeSet check(const revisor::text::Document& before, const revisor::text::Document& after) {
  revisor::align::ChangeSet changes = revisor::align::align(before, after);
  using revisor::align::SentenceOp;
  if (changes.headline.op != SentenceOp::equal && changes.headline.op != SentenceOp::modify) __builtin_trap();
  check_change(changes.headline, before, after, false);
  for (const auto& c : changes.changes) {
    if (c.op == SentenceOp::equal) __builtin_trap();  // only non-equal operations are listed
    check_change(c, before, after, true);
  }
  return changes;
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
  // A text aligned with itself has no change.
  if (!check(a, a).empty()) __builtin_trap();
  return 0;
}
