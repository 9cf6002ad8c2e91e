// The one JSON shape of a change (analyze::ChangeRef) and of page events, shared by the audit JSON (docs/audit-json.md)
// and the report JSON (docs/report.md) so a change reads the same in both.
#pragma once

#include <nlohmann/json.hpp>

#include "revisor/analyze/audit.h"

namespace revisor::report::detail {

// Json is nlohmann::json or nlohmann::ordered_json; the keys come in this order in the latter.
template <class Json>
Json change_ref_json(const analyze::ChangeRef& c) {
  return Json{{"from", c.from},
              {"to", c.to},
              {"category", analyze::to_string(c.category)},
              {"change", analyze::to_string(c.kind)},
              {"old", c.old_text},
              {"new", c.new_text},
              {"old_sentence", c.old_sentence},
              {"new_sentence", c.new_sentence}};
}

// The page events of an article (gone, returned), in the audit JSON and the report JSON alike.
template <class Json>
Json page_events_json(const std::vector<text::PageEvent>& events) {
  Json out = Json::array();
  for (const auto& e : events) {
    Json j{{"at", to_iso8601(e.at)}, {"kind", e.kind}};
    if (!e.detail.empty()) j["detail"] = e.detail;
    out.push_back(std::move(j));
  }
  return out;
}

}  // namespace revisor::report::detail
