// The text format: one block per change, word edits inline as [-old-]{+new+} (git --word-diff
// style), coloured when asked. Every piece of article text goes through strip_controls.
#include <fmt/format.h>

#include <algorithm>
#include <map>

#include "report/diff_render_common.h"
#include "report/diff_render_parts.h"

namespace revisor::report::diff_detail {
namespace {

struct Palette {
  std::string_view removed, inserted, header, dim, reset;
};

Palette palette(bool color) {
  if (!color) return {"", "", "", "", ""};
  return {"\x1b[31m", "\x1b[32m", "\x1b[1m", "\x1b[2m", "\x1b[0m"};
}

std::string clean(const text::Document& d, TextSpan s) { return strip_controls(d.slice(s)); }

// The new side's text with every edit shown in place: unchanged text plain, removed text
// [-like this-], inserted text {+like this+}.
std::string inline_edits(const DiffView& v, const align::SentenceChange& c, const Palette& p) {
  const TextSpan range = sentences_span(v.after, c.new_sentences);
  std::vector<align::WordEdit> edits = c.edits;
  std::stable_sort(edits.begin(), edits.end(), [](const auto& x, const auto& y) {
    return x.new_span.begin < y.new_span.begin;
  });
  std::string out;
  std::uint32_t cursor = range.begin;
  for (const auto& e : edits) {
    if (e.new_span.begin > cursor) out += clean(v.after, {cursor, e.new_span.begin});
    if (!e.old_span.empty()) {
      out += fmt::format("{}[-{}-]{}", p.removed, clean(v.before, e.old_span), p.reset);
    }
    if (!e.new_span.empty()) {
      out += fmt::format("{}{{+{}+}}{}", p.inserted, clean(v.after, e.new_span), p.reset);
    }
    cursor = std::max(cursor, e.new_span.end);
  }
  if (range.end > cursor) out += clean(v.after, {cursor, range.end});
  return out;
}

std::string kind_of(const align::SentenceChange& c) {
  if (c.edits.empty()) return "";
  return c.typographic_only() ? " (typographic)" : " (wording)";
}

std::uint32_t paragraph_of(const text::Document& d, const std::vector<std::uint32_t>& sentences) {
  return sentences.empty() ? 0 : d.sentences()[sentences.front()].paragraph;
}

}  // namespace

void render_text(const DiffView& v, std::ostream& out, bool color) {
  const Palette p = palette(color);
  const auto& cs = v.changes;
  if (v.from_version) {
    out << fmt::format("{}diff {}: version {} -> {}{}\n", p.header, strip_controls(v.article),
                       strip_controls(from_label(v)), strip_controls(to_label(v)), p.reset);
  } else {
    out << fmt::format("{}diff {} -> {}{}\n", p.header, strip_controls(from_label(v)),
                       strip_controls(to_label(v)), p.reset);
  }
  if (cs.headline.op != align::SentenceOp::equal) {
    out << fmt::format("{}headline changed{}{}\n", p.header, kind_of(cs.headline), p.reset);
    if (cs.headline.new_sentences.empty()) {
      out << fmt::format("  {}[-{}-]{}\n", p.removed,
                         clean(v.before, sentences_span(v.before, cs.headline.old_sentences)), p.reset);
    } else {
      out << "  " << inline_edits(v, cs.headline, p) << '\n';
    }
  }
  std::map<align::SentenceOp, int> counts;
  for (const auto& c : cs.changes) {
    ++counts[c.op];
    const auto np = paragraph_of(v.after, c.new_sentences);
    const auto op = paragraph_of(v.before, c.old_sentences);
    switch (c.op) {
      case align::SentenceOp::insert:
        out << fmt::format("{}¶{} inserted{}\n  {}+ {}{}\n", p.header, np, p.reset, p.inserted,
                           clean(v.after, sentences_span(v.after, c.new_sentences)), p.reset);
        break;
      case align::SentenceOp::remove:
        out << fmt::format("{}old ¶{} deleted{}\n  {}- {}{}\n", p.header, op, p.reset, p.removed,
                           clean(v.before, sentences_span(v.before, c.old_sentences)), p.reset);
        break;
      case align::SentenceOp::move:
        out << fmt::format("{}¶{} moved from ¶{}{}{}\n  {}\n", p.header, np, op, kind_of(c), p.reset,
                           inline_edits(v, c, p));
        break;
      case align::SentenceOp::split:
        out << fmt::format("{}¶{} split into {} sentences{}{}\n  {}\n", p.header, np, c.new_sentences.size(),
                           kind_of(c), p.reset, inline_edits(v, c, p));
        break;
      case align::SentenceOp::merge:
        out << fmt::format("{}¶{} merged from {} sentences{}{}\n  {}\n", p.header, np, c.old_sentences.size(),
                           kind_of(c), p.reset, inline_edits(v, c, p));
        break;
      case align::SentenceOp::modify:
      case align::SentenceOp::equal:
        out << fmt::format("{}¶{} modified{}{}\n  {}\n", p.header, np, kind_of(c), p.reset, inline_edits(v, c, p));
        break;
    }
  }
  if (cs.empty()) {
    out << "no changes\n";
    return;
  }
  std::string summary;
  for (const auto& [op, n] : counts) {
    summary += fmt::format("{}{} {}", summary.empty() ? "" : ", ", n, align::to_string(op));
  }
  out << fmt::format("{}{} sentence change{}{}{}{}\n", p.dim, cs.changes.size(), cs.changes.size() == 1 ? "" : "s",
                     summary.empty() ? "" : ": " + summary, cs.degraded ? " (coarse alignment: a size bound was hit)" : "",
                     p.reset);
}

}  // namespace revisor::report::diff_detail
