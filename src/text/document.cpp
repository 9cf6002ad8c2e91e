#include "revisor/text/document.h"

#include <unicode/utf8.h>

#include "revisor/base/error.h"
#include "revisor/text/article_text.h"
#include "text/comparison_key.h"
#include "text/segmenter.h"

namespace revisor::text {

// Builds a Document; a friend so Document's vectors stay private and immutable to everyone else.
class DocumentBuilder {
 public:
  static Document build(std::string text);
};

namespace {

void check_utf8_text(std::string_view text) {
  if (text.size() > UINT32_MAX) throw Error(ErrorKind::bad_input, "text is over 4 GiB, too large to segment");
  const auto size = static_cast<int64_t>(text.size());
  int64_t i = 0;
  while (i < size) {
    if (static_cast<unsigned char>(text[i]) < 0x80) {
      ++i;
      continue;
    }
    const int64_t at = i;
    UChar32 c;
    U8_NEXT(text.data(), i, size, c);
    if (c < 0) throw Error(ErrorKind::bad_input, "text is not valid UTF-8 at byte offset " + std::to_string(at));
  }
}

bool is_space_byte(char c) { return c == ' ' || c == '\n' || c == '\t' || c == '\r'; }

// Paragraphs: runs of text separated by one or more blank lines, trimmed of white space.
std::vector<TextSpan> paragraph_spans(std::string_view all) {
  std::vector<TextSpan> paras;
  std::size_t start = 0;
  while (start < all.size()) {
    std::size_t sep = all.find("\n\n", start);
    std::size_t end = sep == std::string_view::npos ? all.size() : sep;
    std::size_t b = start;
    std::size_t e = end;
    while (b < e && is_space_byte(all[b])) ++b;
    while (e > b && is_space_byte(all[e - 1])) --e;
    if (b < e) paras.push_back({static_cast<std::uint32_t>(b), static_cast<std::uint32_t>(e)});
    if (sep == std::string_view::npos) break;
    start = sep + 2;
  }
  return paras;
}

}  // namespace

Document DocumentBuilder::build(std::string text) {
  check_utf8_text(text);
  Document d;
  d.text_ = std::move(text);
  const std::string_view all = d.text_;

  // One pass of each ICU iterator over the whole text: blank lines are paragraph separators to ICU as
  // well, so no sentence crosses a paragraph, and a pass per paragraph would only add set-up cost.
  Segmenter& seg = Segmenter::for_this_thread();
  thread_local std::vector<std::uint32_t> starts;
  thread_local std::vector<RawToken> raw;
  seg.sentence_starts(all, starts);
  seg.tokens(all, raw);

  const std::vector<TextSpan> paras = paragraph_spans(all);
  d.paragraphs_.reserve(paras.size());
  d.tokens_.reserve(raw.size());
  d.sentences_.reserve(starts.size() + paras.size());
  std::size_t ti = 0;  // next raw token
  std::size_t si = 0;  // sentence start at or before the current token
  for (std::size_t pi = 0; pi < paras.size(); ++pi) {
    Paragraph para;
    para.span = paras[pi];
    para.role = pi == 0 ? ParagraphRole::headline : ParagraphRole::body;
    std::uint32_t content_begin = para.span.begin;
    // The caption marker is revisor's, not the publisher's: no sentence or token holds it.
    if (pi > 0 && d.slice(para.span).starts_with(kCaptionPrefix)) {
      para.role = ParagraphRole::caption;
      content_begin += static_cast<std::uint32_t>(kCaptionPrefix.size());
    }
    para.first_sentence = static_cast<std::uint32_t>(d.sentences_.size());
    while (ti < raw.size() && raw[ti].begin < content_begin) ++ti;
    Sentence* open = nullptr;
    std::size_t open_start = SIZE_MAX;
    for (; ti < raw.size() && raw[ti].begin < para.span.end; ++ti) {
      const RawToken& r = raw[ti];
      while (si + 1 < starts.size() && starts[si + 1] <= r.begin) ++si;
      if (!open || si != open_start) {
        d.sentences_.push_back(Sentence{});
        open = &d.sentences_.back();
        open_start = si;
        open->span.begin = r.begin;
        open->paragraph = static_cast<std::uint32_t>(pi);
        open->first_token = static_cast<std::uint32_t>(d.tokens_.size());
      } else {
        open->key.push_back(' ');
      }
      Token t;
      t.span = {r.begin, r.end};
      t.kind = r.kind;
      append_comparison_key(t.key, all.substr(r.begin, r.end - r.begin));
      open->key += t.key;
      open->span.end = r.end;
      ++open->token_count;
      d.tokens_.push_back(std::move(t));
    }
    para.sentence_count = static_cast<std::uint32_t>(d.sentences_.size()) - para.first_sentence;
    d.paragraphs_.push_back(para);
  }
  return d;
}

Document Document::parse(std::string text) { return DocumentBuilder::build(std::move(text)); }

const Paragraph* Document::headline() const noexcept {
  if (!paragraphs_.empty() && paragraphs_.front().role == ParagraphRole::headline) return &paragraphs_.front();
  return nullptr;
}

std::string_view Document::headline_text() const noexcept {
  const Paragraph* h = headline();
  return h ? slice(h->span) : std::string_view();
}

}  // namespace revisor::text
