#include "revisor/text/document.h"

#include <unicode/brkiter.h>
#include <unicode/uchar.h>
#include <unicode/unistr.h>
#include <unicode/utext.h>
#include <unicode/utf8.h>

#include <memory>

#include "revisor/base/error.h"
#include "revisor/text/article_text.h"

namespace revisor::text {

// Builds a Document; a friend so Document's vectors stay private and immutable to everyone else.
class DocumentBuilder {
 public:
  static Document build(std::string text);
};

namespace {

struct UTextCloser {
  void operator()(UText* t) const noexcept { utext_close(t); }
};
using UTextPtr = std::unique_ptr<UText, UTextCloser>;

std::unique_ptr<icu::BreakIterator> make_iterator(bool sentences) {
  UErrorCode status = U_ZERO_ERROR;
  std::unique_ptr<icu::BreakIterator> it(
      sentences ? icu::BreakIterator::createSentenceInstance(icu::Locale::getRoot(), status)
                : icu::BreakIterator::createWordInstance(icu::Locale::getRoot(), status));
  if (U_FAILURE(status) || !it) {
    throw Error(ErrorKind::internal,
                std::string("creating ICU break iterator: ") + u_errorName(status));
  }
  return it;
}

// Break iterators are costly to create; one pair per thread is reused for every document.
icu::BreakIterator& sentence_iterator() {
  thread_local auto it = make_iterator(true);
  return *it;
}
icu::BreakIterator& word_iterator() {
  thread_local auto it = make_iterator(false);
  return *it;
}

void set_text(icu::BreakIterator& it, std::string_view s) {
  UErrorCode status = U_ZERO_ERROR;
  UTextPtr ut(utext_openUTF8(nullptr, s.data(), static_cast<int64_t>(s.size()), &status));
  if (U_FAILURE(status)) {
    throw Error(ErrorKind::internal, std::string("opening UTF-8 text for ICU: ") + u_errorName(status));
  }
  it.setText(ut.get(), status);  // the iterator keeps its own shallow clone of the UText
  if (U_FAILURE(status)) {
    throw Error(ErrorKind::internal, std::string("setting ICU break text: ") + u_errorName(status));
  }
}

bool is_space(std::string_view s) {
  for (std::size_t i = 0; i < s.size();) {
    UChar32 c;
    U8_NEXT(s.data(), i, s.size(), c);
    if (c < 0 || !u_isUWhiteSpace(c)) return false;
  }
  return true;
}

UChar32 fold_char(UChar32 c) {
  switch (c) {
    case 0x2018: case 0x2019: case 0x201A: case 0x201B: case 0x2032: case 0x00B4: case 0x0060:
      return '\'';
    case 0x201C: case 0x201D: case 0x201E: case 0x201F: case 0x2033: case 0x00AB: case 0x00BB:
      return '"';
    case 0x2010: case 0x2011: case 0x2012: case 0x2013: case 0x2014: case 0x2015: case 0x2212:
      return '-';
    case 0x00A0: case 0x2007: case 0x202F:
      return ' ';
    default:
      return u_foldCase(c, U_FOLD_CASE_DEFAULT);
  }
}

std::string fold_key(std::string_view s) {
  std::string out;
  out.reserve(s.size());
  for (std::size_t i = 0; i < s.size();) {
    unsigned char b = static_cast<unsigned char>(s[i]);
    if (b < 0x80) {  // ASCII fast path
      out.push_back(static_cast<char>(b >= 'A' && b <= 'Z' ? b + 32 : b));
      ++i;
      continue;
    }
    UChar32 c;
    U8_NEXT(s.data(), i, s.size(), c);
    if (c < 0) continue;
    c = fold_char(c);
    char buf[4];
    std::size_t n = 0;
    UBool err = false;
    U8_APPEND(buf, n, 4, c, err);
    if (!err) out.append(buf, n);
  }
  return out;
}

TokenKind classify(std::string_view tok, int rule_status) {
  if (rule_status >= UBRK_WORD_NUMBER && rule_status < UBRK_WORD_NUMBER_LIMIT) return TokenKind::number;
  if (rule_status >= UBRK_WORD_LETTER) return TokenKind::word;
  std::size_t i = 0;
  UChar32 c;
  U8_NEXT(tok.data(), i, tok.size(), c);
  return u_ispunct(c) ? TokenKind::punct : TokenKind::symbol;
}

TextSpan trimmed(std::string_view text, std::size_t b, std::size_t e) {
  while (b < e && (text[b] == ' ' || text[b] == '\n' || text[b] == '\t' || text[b] == '\r')) ++b;
  while (e > b && (text[e - 1] == ' ' || text[e - 1] == '\n' || text[e - 1] == '\t' || text[e - 1] == '\r')) --e;
  return {static_cast<std::uint32_t>(b), static_cast<std::uint32_t>(e)};
}

}  // namespace

Document DocumentBuilder::build(std::string text) {
  {
    std::size_t i = 0;
    while (i < text.size()) {
      UChar32 c;
      U8_NEXT(text.data(), i, text.size(), c);
      if (c < 0) throw Error(ErrorKind::bad_input, "text is not valid UTF-8 at byte " + std::to_string(i));
    }
  }
  Document d;
  d.text_ = std::move(text);
  const std::string_view all = d.text_;

  // Paragraphs: runs of text separated by one or more blank lines.
  std::vector<TextSpan> paras;
  std::size_t start = 0;
  while (start < all.size()) {
    std::size_t sep = all.find("\n\n", start);
    std::size_t end = sep == std::string_view::npos ? all.size() : sep;
    TextSpan p = trimmed(all, start, end);
    if (!p.empty()) paras.push_back(p);
    if (sep == std::string_view::npos) break;
    start = sep + 2;
  }

  icu::BreakIterator& sbi = sentence_iterator();
  icu::BreakIterator& wbi = word_iterator();
  for (std::size_t pi = 0; pi < paras.size(); ++pi) {
    Paragraph para;
    para.span = paras[pi];
    para.role = pi == 0 ? ParagraphRole::headline : ParagraphRole::body;
    std::uint32_t skip = 0;  // the caption marker is revisor's, not the publisher's: no sentence holds it
    if (pi > 0 && d.slice(para.span).starts_with(kCaptionPrefix)) {
      para.role = ParagraphRole::caption;
      skip = static_cast<std::uint32_t>(kCaptionPrefix.size());
    }
    para.first_sentence = static_cast<std::uint32_t>(d.sentences_.size());
    std::string_view ptext = d.slice(para.span).substr(skip);
    set_text(sbi, ptext);
    int32_t sb = sbi.first();
    for (int32_t se = sbi.next(); se != icu::BreakIterator::DONE; sb = se, se = sbi.next()) {
      TextSpan ss = trimmed(all, para.span.begin + skip + sb, para.span.begin + skip + se);
      if (ss.empty()) continue;
      Sentence sent;
      sent.span = ss;
      sent.paragraph = static_cast<std::uint32_t>(pi);
      sent.first_token = static_cast<std::uint32_t>(d.tokens_.size());
      std::string_view stext = d.slice(ss);
      set_text(wbi, stext);
      int32_t wb = wbi.first();
      for (int32_t we = wbi.next(); we != icu::BreakIterator::DONE; wb = we, we = wbi.next()) {
        std::string_view tok = stext.substr(wb, we - wb);
        if (is_space(tok)) continue;
        Token t;
        t.span = {ss.begin + static_cast<std::uint32_t>(wb), ss.begin + static_cast<std::uint32_t>(we)};
        t.kind = classify(tok, wbi.getRuleStatus());
        t.key = fold_key(tok);
        if (!sent.key.empty()) sent.key.push_back(' ');
        sent.key += t.key;
        d.tokens_.push_back(std::move(t));
      }
      sent.token_count = static_cast<std::uint32_t>(d.tokens_.size()) - sent.first_token;
      d.sentences_.push_back(std::move(sent));
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
