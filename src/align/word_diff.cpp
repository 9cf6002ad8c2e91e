#include "align/word_diff.h"

#include "align/dtl_adapter.h"
#include "align/typographic.h"

namespace revisor::align {
namespace {

std::vector<std::uint32_t> tokens_of(const text::Document& doc, const std::vector<std::uint32_t>& sentences) {
  std::vector<std::uint32_t> out;
  for (auto s : sentences) {
    const auto& sent = doc.sentences()[s];
    for (std::uint32_t t = sent.first_token; t < sent.first_token + sent.token_count; ++t) out.push_back(t);
  }
  return out;
}

// Where an insertion or removal sits on the side that has no tokens in the run: just after the
// preceding token, else just before the following one, else at the first sentence's start.
std::uint32_t anchor_point(const text::Document& doc, const std::vector<std::uint32_t>& tokens,
                           std::size_t at, const std::vector<std::uint32_t>& sentences) {
  if (at > 0) return doc.tokens()[tokens[at - 1]].span.end;
  if (at < tokens.size()) return doc.tokens()[tokens[at]].span.begin;
  return sentences.empty() ? 0 : doc.sentences()[sentences.front()].span.begin;
}

TextSpan run_span(const text::Document& doc, const std::vector<std::uint32_t>& tokens, std::size_t b,
                  std::size_t e, const std::vector<std::uint32_t>& sentences) {
  if (b == e) {
    std::uint32_t p = anchor_point(doc, tokens, b, sentences);
    return {p, p};
  }
  return {doc.tokens()[tokens[b]].span.begin, doc.tokens()[tokens[e - 1]].span.end};
}

}  // namespace

WordDiffResult diff_words(const text::Document& before, const std::vector<std::uint32_t>& old_sentences,
                          const text::Document& after, const std::vector<std::uint32_t>& new_sentences,
                          Interner& interner, const AlignOptions& options) {
  WordDiffResult result;
  const auto old_tokens = tokens_of(before, old_sentences);
  const auto new_tokens = tokens_of(after, new_sentences);
  auto emit = [&](std::size_t i0, std::size_t i1, std::size_t j0, std::size_t j1) {
    if (i0 == i1 && j0 == j1) return;
    WordEdit e;
    e.op = i0 == i1 ? EditOp::insert : j0 == j1 ? EditOp::remove : EditOp::replace;
    e.old_span = run_span(before, old_tokens, i0, i1, old_sentences);
    e.new_span = run_span(after, new_tokens, j0, j1, new_sentences);
    e.typographic = is_typographic(before, std::span(old_tokens).subspan(i0, i1 - i0), after,
                                   std::span(new_tokens).subspan(j0, j1 - j0));
    result.edits.push_back(e);
  };
  if (old_tokens.size() + new_tokens.size() > options.max_word_diff_tokens) {
    result.degraded = true;
    emit(0, old_tokens.size(), 0, new_tokens.size());
    return result;
  }
  std::vector<std::uint32_t> a, b;
  a.reserve(old_tokens.size());
  b.reserve(new_tokens.size());
  for (auto t : old_tokens) a.push_back(interner.id(before.tokens()[t].key));
  for (auto t : new_tokens) b.push_back(interner.id(after.tokens()[t].key));
  LcsResult lcs = longest_common_subsequence(a, b, options.max_dtl_elements);
  result.degraded = lcs.degraded;

  std::size_t i = 0, j = 0;
  const Match* prev = nullptr;
  for (const Match& m : lcs.matches) {
    emit(i, m.a, j, m.b);
    const auto& ot = before.tokens()[old_tokens[m.a]];
    const auto& nt = after.tokens()[new_tokens[m.b]];
    // Same comparison key: any byte difference is case, quote or dash style.
    if (before.slice(ot.span) != after.slice(nt.span)) {
      result.edits.push_back({EditOp::replace, ot.span, nt.span, true});
    } else if (prev && prev->a + 1 == m.a && prev->b + 1 == m.b) {
      // Adjacent on both sides: compare the white space between the two tokens.
      TextSpan og{before.tokens()[old_tokens[prev->a]].span.end, ot.span.begin};
      TextSpan ng{after.tokens()[new_tokens[prev->b]].span.end, nt.span.begin};
      if (before.slice(og) != after.slice(ng)) result.edits.push_back({EditOp::replace, og, ng, true});
    }
    i = m.a + 1;
    j = m.b + 1;
    prev = &m;
  }
  emit(i, old_tokens.size(), j, new_tokens.size());
  return result;
}

}  // namespace revisor::align
