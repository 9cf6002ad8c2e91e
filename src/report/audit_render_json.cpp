#include <nlohmann/json.hpp>

#include "report/audit_article_json.h"
#include "report/change_ref_json.h"
#include "report/renderers.h"

namespace revisor::report {

using Json = nlohmann::ordered_json;

Json detail::audit_article_json(const analyze::ArticleAudit& a) {
  Json notices = Json::array();
  for (const auto& f : a.notices) {
    Json types = Json::array();
    for (auto t : f.notice.error_types) types.push_back(analyze::to_string(t));
    Json sources = Json::array();
    for (auto t : f.notice.error_type_sources) sources.push_back(analyze::to_string(t));
    Json links = Json::array();
    for (const auto& l : f.links) links.push_back(detail::change_ref_json<Json>(l));
    notices.push_back(Json{{"version", f.notice.version},
                           {"kind", analyze::to_string(f.notice.kind)},
                           {"language", f.notice.language},
                           {"error_types", std::move(types)},
                           {"error_type_sources", std::move(sources)},
                           {"text", f.notice.text},
                           {"corrected_fact", f.notice.corrected_fact},
                           {"status", analyze::to_string(f.status)},
                           {"links", std::move(links)}});
  }
  Json removed = Json::array();
  for (const auto& r : a.removed_notices) {
    removed.push_back(Json{{"version", r.version},
                           {"first_version", r.first_version},
                           {"kind", analyze::to_string(r.kind)},
                           {"text", r.text}});
  }
  Json stealth = Json::array();
  for (const auto& e : a.stealth_edits) {
    stealth.push_back(detail::change_ref_json<Json>(e));
    stealth.back()["severity"] = analyze::to_string(e.severity);
  }
  Json added = Json::array();
  for (const auto& e : a.new_reporting) added.push_back(detail::change_ref_json<Json>(e));
  Json article{{"id", a.id},
               {"versions", a.versions.size()},
               {"notices", std::move(notices)},
               {"removed_notices", std::move(removed)},
               {"stealth_edits", std::move(stealth)},
               {"new_reporting", std::move(added)},
               {"developing_signs", a.developing_signs}};
  // Only where there are any, so that the articles of a store filled from files read as before.
  if (!a.page_events.empty()) article["page_events"] = detail::page_events_json<Json>(a.page_events);
  return article;
}

void detail::render_audit_json(const AuditReport& audit, std::ostream& out) {
  Json articles = Json::array();
  for (const auto& a : audit.articles) articles.push_back(audit_article_json(a));
  // Invalid UTF-8 cannot reach here (Documents are validated), but never let a dump throw.
  out << Json{{"articles", std::move(articles)}}.dump(2, ' ', false, Json::error_handler_t::replace) << '\n';
}

}  // namespace revisor::report
