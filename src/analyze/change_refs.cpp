#include "analyze/change_refs.h"

#include <algorithm>

#include "analyze/word_lists.h"

namespace revisor::analyze {

namespace {

std::string sentences_text(const text::Document& doc, std::span<const std::uint32_t> ids) {
  std::string out;
  for (auto id : ids) {
    if (id >= doc.sentences().size()) continue;
    if (!out.empty()) out.push_back(' ');
    out.append(doc.slice(doc.sentences()[id].span));
  }
  return out;
}

// Where byte `pos` of the document falls in sentences_text(doc, ids), or npos.
std::size_t offset_in(const text::Document& doc, std::span<const std::uint32_t> ids, std::uint32_t pos) {
  std::size_t at = 0;
  bool first = true;
  for (auto id : ids) {
    if (id >= doc.sentences().size()) continue;
    if (!first) ++at;
    first = false;
    const auto span = doc.sentences()[id].span;
    if (pos >= span.begin && pos <= span.end) return at + (pos - span.begin);
    at += span.end - span.begin;
  }
  return ChangeRef::npos;
}

bool overlaps(TextSpan a, TextSpan b) { return a.begin < b.end && b.begin < a.end; }

// Whether any of the sentences is (part of) a notice.
bool in_notice(const text::Document& doc, std::span<const std::uint32_t> ids,
               std::span<const Notice> notices) {
  for (auto id : ids) {
    if (id >= doc.sentences().size()) continue;
    for (const auto& n : notices) {
      if (overlaps(doc.sentences()[id].span, n.span)) return true;
    }
  }
  return false;
}

}  // namespace

std::vector<std::string> content_words(std::string_view text) {
  std::vector<std::string> out;
  std::string w;
  auto flush = [&] {
    if (!w.empty() && !words::is_stopword(w)) out.push_back(w);
    w.clear();
  };
  for (std::size_t i = 0; i <= text.size(); ++i) {
    unsigned char c = i < text.size() ? static_cast<unsigned char>(text[i]) : ' ';
    if (c >= 'A' && c <= 'Z') {
      w.push_back(static_cast<char>(c - 'A' + 'a'));
    } else if ((c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c >= 0x80 ||
               ((c == '-' || c == '.' || c == ',') && !w.empty() && i + 1 < text.size() &&
                std::isalnum(static_cast<unsigned char>(text[i + 1])) && std::isdigit(static_cast<unsigned char>(w.back())))) {
      w.push_back(static_cast<char>(c));
    } else {
      flush();
    }
  }
  std::sort(out.begin(), out.end());
  out.erase(std::unique(out.begin(), out.end()), out.end());
  return out;
}

std::vector<ChangeRef> change_refs(const Transition& t, const text::Document& before,
                                   const text::Document& after, std::span<const Notice> notices_before,
                                   std::span<const Notice> notices_after) {
  std::vector<ChangeRef> out;
  auto add_edits = [&](const align::SentenceChange& c, std::size_t ci, std::span<const Category> cats) {
    std::string old_sentence = sentences_text(before, c.old_sentences);
    std::string new_sentence = sentences_text(after, c.new_sentences);
    for (std::size_t j = 0; j < c.edits.size(); ++j) {
      ChangeRef r;
      r.from = t.from;
      r.to = t.to;
      r.category = j < cats.size() ? cats[j] : Category::fact;
      r.kind = ChangeKind::edit;
      r.old_text = std::string(before.slice(c.edits[j].old_span));
      r.new_text = std::string(after.slice(c.edits[j].new_span));
      r.old_sentence = old_sentence;
      r.new_sentence = new_sentence;
      r.change_index = ci;
      r.edit_index = j;
      r.old_offset = offset_in(before, c.old_sentences, c.edits[j].old_span.begin);
      r.new_offset = offset_in(after, c.new_sentences, c.edits[j].new_span.begin);
      out.push_back(std::move(r));
    }
  };
  if (t.changes.headline.op != align::SentenceOp::equal) {
    add_edits(t.changes.headline, ChangeRef::npos, t.headline_categories);
  }
  for (std::size_t i = 0; i < t.changes.changes.size(); ++i) {
    const auto& c = t.changes.changes[i];
    if (in_notice(before, c.old_sentences, notices_before) ||
        in_notice(after, c.new_sentences, notices_after)) {
      continue;
    }
    Category whole = i < t.sentence_categories.size() ? t.sentence_categories[i] : Category::fact;
    if (c.op == align::SentenceOp::insert || c.op == align::SentenceOp::remove) {
      ChangeRef r;
      r.from = t.from;
      r.to = t.to;
      r.category = whole;
      bool added = c.op == align::SentenceOp::insert;
      r.kind = added ? ChangeKind::addition : ChangeKind::removal;
      r.old_sentence = sentences_text(before, c.old_sentences);
      r.new_sentence = sentences_text(after, c.new_sentences);
      (added ? r.new_text : r.old_text) = added ? r.new_sentence : r.old_sentence;
      r.change_index = i;
      out.push_back(std::move(r));
      continue;
    }
    static const std::vector<Category> kNone;
    add_edits(c, i, i < t.edit_categories.size() ? std::span<const Category>(t.edit_categories[i])
                                                  : std::span<const Category>(kNone));
  }
  return out;
}

}  // namespace revisor::analyze
