// The JSON format, documented in docs/diff-json.md: indices are 0-based, start/end are byte offsets
// into the version's stored article text.
#include <nlohmann/json.hpp>

#include "report/diff_render_common.h"
#include "report/diff_render_parts.h"

namespace revisor::report::diff_detail {
namespace {

using json = nlohmann::ordered_json;

json side(const text::Document& d, const std::vector<std::uint32_t>& sentences) {
  if (sentences.empty()) return nullptr;
  const TextSpan span = sentences_span(d, sentences);
  const auto& first = d.sentences()[sentences.front()];
  return json{{"paragraph", first.paragraph},
              {"sentence", sentences.front()},
              {"sentences", sentences},
              {"text", std::string(d.slice(span))},
              {"start", span.begin},
              {"end", span.end}};
}

json change(const DiffView& v, const align::SentenceChange& c) {
  json edits = json::array();
  for (const auto& e : c.edits) {
    edits.push_back({{"op", align::to_string(e.op)},
                     {"old", std::string(v.before.slice(e.old_span))},
                     {"new", std::string(v.after.slice(e.new_span))},
                     {"typographic", e.typographic},
                     {"old_start", e.old_span.begin},
                     {"old_end", e.old_span.end},
                     {"new_start", e.new_span.begin},
                     {"new_end", e.new_span.end}});
  }
  return json{{"op", align::to_string(c.op)},
              {"old", side(v.before, c.old_sentences)},
              {"new", side(v.after, c.new_sentences)},
              {"typographic", c.typographic_only()},
              {"edits", std::move(edits)}};
}

json label(const std::optional<int>& version, const std::string& file) {
  if (version) return *version;
  return file;
}

}  // namespace

void render_json(const DiffView& v, std::ostream& out) {
  json changes = json::array();
  for (const auto& c : v.changes.changes) changes.push_back(change(v, c));
  json doc{{"article", v.article},
           {"from", label(v.from_version, v.from_file)},
           {"to", label(v.to_version, v.to_file)},
           {"headline", change(v, v.changes.headline)},
           {"changes", std::move(changes)},
           {"degraded", v.changes.degraded}};
  out << doc.dump(2, ' ', false, json::error_handler_t::replace) << '\n';
}

}  // namespace revisor::report::diff_detail
