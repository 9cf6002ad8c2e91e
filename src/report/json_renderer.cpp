// The report model as JSON (format "revisor-report", version 1): what the HTML page shows, for
// scripts that build their own views. The audit's own JSON contract is audit_render's job.
#include <nlohmann/json.hpp>

#include "revisor/report/render.h"

#include "report/change_ref_json.h"
#include "report/renderers.h"

namespace revisor::report {

namespace {

using nlohmann::json;

json ref_json(const ChangeLink& link) {
  json j = detail::change_ref_json<json>(link.ref);
  j["anchor"] = link.anchor.empty() ? json(nullptr) : json(link.anchor);
  return j;
}

json change_json(const ChangeView& c) {
  json segments = json::array();
  for (const auto& s : c.segments) {
    if (!s.edit) {
      segments.push_back({{"type", "same"}, {"text", s.text}});
      continue;
    }
    segments.push_back({{"type", "edit"},
                        {"old_text", s.old_text},
                        {"new_text", s.new_text},
                        {"category", analyze::to_string(s.category)},
                        {"typographic", s.typographic},
                        {"stealth", s.stealth},
                        {"linked", s.linked},
                        {"anchor", s.anchor},
                        {"space_before", s.space_before}});
  }
  json notices = json::array();
  for (auto n : c.notices) notices.push_back(n + 1);
  json notice_text = json::array();
  for (auto n : c.notice_text) notice_text.push_back(n + 1);
  json removed_notice_text = json::array();
  for (auto n : c.removed_notice_text) removed_notice_text.push_back(n + 1);
  return {{"anchor", c.anchor},
          {"headline", c.headline},
          {"op", align::to_string(c.op)},
          {"category", analyze::to_string(c.category)},
          {"typographic_only", c.typographic_only},
          {"stealth", c.stealth},
          {"new_reporting", c.new_reporting},
          {"notices", notices},
          {"notice_text", notice_text},
          {"removed_notice_text", removed_notice_text},
          {"old_text", c.old_text},
          {"new_text", c.new_text},
          {"segments", segments}};
}

json severity_counts(const analyze::FindingCounts& c) {
  json j = json::object();
  for (int k = 2; k >= 0; --k)
    j[std::string(analyze::to_string(static_cast<analyze::Severity>(k)))] =
        c.stealth_by_severity[static_cast<std::size_t>(k)];
  return j;
}

}  // namespace

void detail::render_report_json(const ArticleReport& r, std::ostream& os, const RenderOptions& options) {
  json j;
  j["format"] = "revisor-report";
  j["format_version"] = 1;
  j["generator"] = options.generator;
  j["id"] = r.id;
  j["headline"] = r.headline;
  j["url"] = r.url;
  j["first_observed"] = to_iso8601(r.first_observed());
  j["last_observed"] = to_iso8601(r.last_observed());
  json counts = json::object();
  for (const auto& [kind, n] : r.notice_counts()) counts[std::string(analyze::to_string(kind))] = n;
  j["counts"] = {{"versions", r.versions.size()},
                 {"notices", r.notices.size()},
                 {"notices_by_kind", counts},
                 {"stealth_edits", r.counts.stealth_edits},
                 {"removed_notices", r.removed_notices.size()},
                 {"stealth_edits_by_severity", severity_counts(r.counts)},
                 {"new_reporting", r.counts.new_reporting}};
  j["developing_signs"] = r.developing_signs;
  json headlines = json::array();
  for (const auto& h : r.headlines) headlines.push_back({{"version", h.version}, {"text", h.text}});
  j["headlines"] = headlines;

  json versions = json::array();
  for (const auto& v : r.versions) {
    versions.push_back({{"number", v.meta.number},
                        {"observed_at", to_iso8601(v.meta.observed_at)},
                        {"commit", v.meta.commit},
                        {"url", v.meta.url},
                        {"headline", v.headline},
                        {"bytes", v.meta.bytes}});
  }
  j["versions"] = versions;

  json transitions = json::array();
  for (const auto& t : r.transitions) {
    json changes = json::array();
    for (const auto& c : t.changes) changes.push_back(change_json(c));
    transitions.push_back({{"from", t.from},
                           {"to", t.to},
                           {"degraded", t.degraded},
                           {"typographic_changes", t.typographic_changes},
                           {"changes", changes}});
  }
  j["transitions"] = transitions;

  json notices = json::array();
  for (const auto& n : r.notices) {
    const auto& notice = n.finding.notice;
    json links = json::array();
    for (const auto& l : n.links) links.push_back(ref_json(l));
    json errors = json::array();
    for (auto c : notice.error_types) errors.push_back(analyze::to_string(c));
    json sources = json::array();
    for (auto c : notice.error_type_sources) sources.push_back(analyze::to_string(c));
    notices.push_back({{"anchor", n.anchor},
                       {"kind", analyze::to_string(notice.kind)},
                       {"status", analyze::to_string(n.finding.status)},
                       {"language", notice.language},
                       {"version", notice.version},
                       {"text", notice.text},
                       {"corrected_fact", notice.corrected_fact},
                       {"error_types", errors},
                       {"error_type_sources", sources},
                       {"links", links}});
  }
  j["notices"] = notices;

  json stealth = json::array();
  for (const auto& s : r.stealth_edits) {
    stealth.push_back(ref_json(s));
    stealth.back()["severity"] = analyze::to_string(s.ref.severity);
  }
  j["stealth_edits"] = stealth;
  json added = json::array();
  for (const auto& s : r.new_reporting) added.push_back(ref_json(s));
  j["new_reporting"] = added;

  json removed = json::array();
  for (const auto& rn : r.removed_notices) {
    removed.push_back({{"kind", analyze::to_string(rn.kind)},
                       {"first_version", rn.first_version},
                       {"version", rn.version},
                       {"text", rn.text}});
  }
  j["removed_notices"] = removed;
  if (!r.page_events.empty()) j["page_events"] = detail::page_events_json<json>(r.page_events);
  // Invalid UTF-8 cannot reach here through Document, but a hand-built audit could carry it.
  os << j.dump(2, ' ', false, json::error_handler_t::replace) << '\n';
}

}  // namespace revisor::report
