#include "revisor/text/document.h"

#include <unicode/utf8.h>

#include <algorithm>
#include <functional>
#include <string_view>
#include <unordered_map>

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

// One paragraph's segmentation, offsets relative to the paragraph's first byte: its tokens, their
// comparison keys, and the sentence each token is in (equal numbers: the same sentence).
struct ParagraphSegments {
  std::vector<RawToken> tokens;
  std::vector<std::string> keys;
  std::vector<std::uint32_t> sentence;
};

// The tokens of `raw` (offsets into some text) that lie in [begin, end), with the sentence each is in
// by `starts` (sentence starts in the same text), made relative to `begin`.
ParagraphSegments segments_in(std::string_view text, const std::vector<std::uint32_t>& starts,
                              const std::vector<RawToken>& raw, std::uint32_t begin, std::uint32_t end) {
  ParagraphSegments out;
  auto t = std::lower_bound(raw.begin(), raw.end(), begin,
                            [](const RawToken& r, std::uint32_t at) { return r.begin < at; });
  auto si = std::upper_bound(starts.begin(), starts.end(), begin);
  for (; t != raw.end() && t->begin < end; ++t) {
    while (si != starts.end() && *si <= t->begin) ++si;
    out.tokens.push_back({t->begin - begin, t->end - begin, t->kind});
    out.keys.emplace_back();
    append_comparison_key(out.keys.back(), text.substr(t->begin, t->end - t->begin));
    out.sentence.push_back(static_cast<std::uint32_t>(si - starts.begin()));
  }
  return out;
}

struct TextHash {
  using is_transparent = void;
  std::size_t operator()(std::string_view s) const noexcept { return std::hash<std::string_view>{}(s); }
};

// Successive versions of an article repeat most of their paragraphs, and segmenting them again
// was a third of a whole-store audit. Each thread remembers how it segmented the paragraphs of the
// last document it built, by their text, and segments only the paragraphs that are new. A paragraph
// segments the same alone as within its document: blank lines are hard breaks to ICU's sentence
// and word rules, and revisor's own adjustments look no further than the line.
class ParagraphMemo {
 public:
  static ParagraphMemo& for_this_thread() {
    thread_local ParagraphMemo memo;
    return memo;
  }

  // The segments remembered for `paragraph`, kept for the next document too; nullptr when new.
  const ParagraphSegments* find(std::string_view paragraph) {
    if (auto it = current_.find(paragraph); it != current_.end()) return &it->second;
    auto it = previous_.find(paragraph);
    if (it == previous_.end()) return nullptr;
    return &current_.insert(previous_.extract(it)).position->second;
  }

  const ParagraphSegments& keep(std::string_view paragraph, ParagraphSegments segments) {
    return current_.try_emplace(std::string(paragraph), std::move(segments)).first->second;
  }

  // Forgets the paragraphs the document just built did not have.
  void document_done() {
    previous_ = std::move(current_);
    current_.clear();
  }

 private:
  using Map = std::unordered_map<std::string, ParagraphSegments, TextHash, std::equal_to<>>;
  Map previous_;
  Map current_;
};

// The segments of every paragraph of `all`, from the memo where it has them. New paragraphs are
// segmented one by one when they are few, else in one pass over the whole text (a pass per
// paragraph adds ICU's set-up cost to each).
std::vector<const ParagraphSegments*> segment_paragraphs(std::string_view all, const std::vector<TextSpan>& paras) {
  ParagraphMemo& memo = ParagraphMemo::for_this_thread();
  std::vector<const ParagraphSegments*> out(paras.size(), nullptr);
  std::size_t missing = 0;
  for (std::size_t pi = 0; pi < paras.size(); ++pi) {
    out[pi] = memo.find(all.substr(paras[pi].begin, paras[pi].end - paras[pi].begin));
    if (!out[pi]) ++missing;
  }
  if (missing == 0) return out;
  Segmenter& seg = Segmenter::for_this_thread();
  thread_local std::vector<std::uint32_t> starts;
  thread_local std::vector<RawToken> raw;
  const bool whole_text = missing * 2 > paras.size();
  if (whole_text) {
    seg.sentence_starts(all, starts);
    seg.tokens(all, raw);
  }
  for (std::size_t pi = 0; pi < paras.size(); ++pi) {
    if (out[pi]) continue;
    const std::string_view text = all.substr(paras[pi].begin, paras[pi].end - paras[pi].begin);
    if (const ParagraphSegments* again = memo.find(text)) {  // twice in this document
      out[pi] = again;
      continue;
    }
    if (whole_text) {
      out[pi] = &memo.keep(text, segments_in(all, starts, raw, paras[pi].begin, paras[pi].end));
    } else {
      seg.sentence_starts(text, starts);
      seg.tokens(text, raw);
      out[pi] = &memo.keep(text, segments_in(text, starts, raw, 0, static_cast<std::uint32_t>(text.size())));
    }
  }
  return out;
}

}  // namespace

Document DocumentBuilder::build(std::string text) {
  check_utf8_text(text);
  Document d;
  d.text_ = std::move(text);
  const std::string_view all = d.text_;

  const std::vector<TextSpan> paras = paragraph_spans(all);
  const std::vector<const ParagraphSegments*> segments = segment_paragraphs(all, paras);
  std::size_t token_count = 0;
  for (const ParagraphSegments* s : segments) token_count += s->tokens.size();
  d.paragraphs_.reserve(paras.size());
  d.tokens_.reserve(token_count);
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
    const ParagraphSegments& segs = *segments[pi];
    Sentence* open = nullptr;
    std::uint32_t open_sentence = 0;
    for (std::size_t k = 0; k < segs.tokens.size(); ++k) {
      const std::uint32_t begin = segs.tokens[k].begin + para.span.begin;
      if (begin < content_begin) continue;
      if (!open || segs.sentence[k] != open_sentence) {
        d.sentences_.push_back(Sentence{});
        open = &d.sentences_.back();
        open_sentence = segs.sentence[k];
        open->span.begin = begin;
        open->paragraph = static_cast<std::uint32_t>(pi);
        open->first_token = static_cast<std::uint32_t>(d.tokens_.size());
      } else {
        open->key.push_back(' ');
      }
      Token t;
      t.span = {begin, segs.tokens[k].end + para.span.begin};
      t.kind = segs.tokens[k].kind;
      t.key = segs.keys[k];
      open->key += t.key;
      open->span.end = t.span.end;
      ++open->token_count;
      d.tokens_.push_back(std::move(t));
    }
    para.sentence_count = static_cast<std::uint32_t>(d.sentences_.size()) - para.first_sentence;
    d.paragraphs_.push_back(para);
  }
  ParagraphMemo::for_this_thread().document_done();
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
