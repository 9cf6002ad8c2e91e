// The unified format: `diff -u` over sentences, one hunk per change; hunk ranges are 1-based
// sentence numbers of the whole Document (the headline's sentences count), "first,count".
#include <fmt/format.h>

#include "report/diff_render_common.h"
#include "report/diff_render_parts.h"

namespace revisor::report::diff_detail {
namespace {

std::string numbers(const std::vector<std::uint32_t>& sentences) {
  if (sentences.empty()) return "0,0";
  return fmt::format("{},{}", sentences.front() + 1, sentences.size());
}

void lines(std::ostream& out, char mark, const text::Document& d, const std::vector<std::uint32_t>& sentences) {
  for (auto s : sentences) out << mark << strip_controls(d.slice(d.sentences()[s].span)) << '\n';
}

}  // namespace

void render_unified(const DiffView& v, std::ostream& out) {
  out << fmt::format("--- {}\t{}\n+++ {}\t{}\n", strip_controls(v.article), strip_controls(from_label(v)),
                     strip_controls(v.article), strip_controls(to_label(v)));
  const auto& cs = v.changes;
  if (cs.headline.op != align::SentenceOp::equal) {
    out << "@@ headline @@\n";
    lines(out, '-', v.before, cs.headline.old_sentences);
    lines(out, '+', v.after, cs.headline.new_sentences);
  }
  for (const auto& c : cs.changes) {
    out << fmt::format("@@ -{} +{} @@ {}\n", numbers(c.old_sentences), numbers(c.new_sentences),
                       align::to_string(c.op));
    lines(out, '-', v.before, c.old_sentences);
    lines(out, '+', v.after, c.new_sentences);
  }
}

}  // namespace revisor::report::diff_detail
