#include "revisor/report/audit_jsonl.h"

#include <fmt/core.h>

#include <algorithm>
#include <array>
#include <nlohmann/json.hpp>

#include "revisor/analyze/summary.h"
#include "revisor/base/error.h"
#include "report/audit_article_json.h"

namespace revisor::report {
namespace {

using Json = nlohmann::ordered_json;

constexpr std::size_t kNoticeKinds = 5;

std::string one_line(const Json& j) { return j.dump(-1, ' ', false, Json::error_handler_t::replace) + "\n"; }

Json optional_number(const std::optional<double>& x) { return x ? Json(*x) : Json(nullptr); }

Json severity_json(const std::array<std::size_t, 3>& by) {
  Json j = Json::object();
  for (int k = 2; k >= 0; --k) j[std::string(analyze::to_string(static_cast<analyze::Severity>(k)))] = by[static_cast<std::size_t>(k)];
  return j;
}

}  // namespace

std::string audit_article_line(const analyze::ArticleAudit& audit) {
  return one_line(Json{{"article", detail::audit_article_json(audit)}});
}

std::string audit_summary_line(const analyze::SummaryParts& parts) {
  const analyze::ArchiveSummary s = analyze::finish(parts);
  Json kinds = Json::object();
  for (std::size_t k = 0; k < kNoticeKinds; ++k)
    kinds[std::string(analyze::to_string(static_cast<analyze::NoticeKind>(k)))] = s.notices_by_kind[k];
  Json categories = Json::object();
  for (const auto& [c, n] : s.stealth_edits_by_category) categories[std::string(analyze::to_string(c))] = n;
  std::vector<double> delays = parts.delay_hours;
  std::sort(delays.begin(), delays.end());
  return one_line(Json{{"summary",
                        Json{{"articles", s.articles},
                             {"versions", s.versions},
                             {"transitions", s.transitions},
                             {"notices", s.notices},
                             {"notices_by_kind", std::move(kinds)},
                             {"supported", s.supported},
                             {"unsupported", s.unsupported},
                             {"stealth_edits", s.stealth_edits},
                             {"stealth_edits_by_category", std::move(categories)},
                             {"stealth_additions", s.stealth_additions},
                             {"stealth_removals", s.stealth_removals},
                             {"stealth_edits_by_severity", severity_json(s.stealth_by_severity)},
                             {"new_reporting", s.new_reporting},
                             {"developing_stories", s.developing_stories},
                             {"removed_notices", s.removed_notices},
                             {"delays", s.delays},
                             {"median_delay_hours", optional_number(s.median_delay_hours)},
                             {"worst_delay_hours", optional_number(s.worst_delay_hours)},
                             {"delay_hours", std::move(delays)}}}});
}

std::optional<std::string> audit_line_article(std::string_view line, std::string_view where) {
  // As audit_article_line writes it, the id first; an id holds no quote or backslash to unescape.
  constexpr std::string_view kWritten = "{\"article\":{\"id\":\"";
  if (line.starts_with(kWritten)) {
    const std::size_t end = line.find_first_of("\"\\", kWritten.size());
    if (end != std::string_view::npos && line[end] == '"')
      return std::string(line.substr(kWritten.size(), end - kWritten.size()));
  }
  if (line.find("\"article\"") == std::string_view::npos) return std::nullopt;
  nlohmann::json j = nlohmann::json::parse(line, nullptr, false);
  if (!j.is_object() || !j.contains("article")) return std::nullopt;  // read_audit_line names what is wrong
  const auto& a = j.at("article");
  if (!a.is_object() || !a.contains("id") || !a.at("id").is_string())
    throw Error(ErrorKind::bad_input,
                fmt::format("{}: an article line without an id (expected a line of `revisor audit --format jsonl`)",
                            where));
  return a.at("id").get<std::string>();
}

std::optional<analyze::SummaryParts> read_audit_line(std::string_view line, std::string_view where) {
  auto bad = [&](std::string_view why) {
    return Error(ErrorKind::bad_input, fmt::format("{}: {} (expected a line of `revisor audit --format jsonl`)", where, why));
  };
  // Article lines are most of a file and carry nothing to merge: not parsed.
  if (line.starts_with("{\"article\":")) return std::nullopt;
  nlohmann::json j;
  try {
    j = nlohmann::json::parse(line);
  } catch (const nlohmann::json::exception& e) {
    throw bad(fmt::format("not JSON ({})", e.what()));
  }
  if (j.is_object() && j.contains("article")) return std::nullopt;
  if (!j.is_object() || !j.contains("summary")) throw bad("neither an \"article\" nor a \"summary\" line");
  try {
    const auto& s = j.at("summary");
    analyze::SummaryParts p;
    p.articles = s.at("articles").get<std::size_t>();
    p.versions = s.at("versions").get<std::size_t>();
    p.transitions = s.at("transitions").get<std::size_t>();
    p.notices = s.at("notices").get<std::size_t>();
    for (std::size_t k = 0; k < kNoticeKinds; ++k)
      p.notices_by_kind[k] =
          s.at("notices_by_kind").at(std::string(analyze::to_string(static_cast<analyze::NoticeKind>(k)))).get<std::size_t>();
    p.supported = s.at("supported").get<std::size_t>();
    p.unsupported = s.at("unsupported").get<std::size_t>();
    p.stealth_edits = s.at("stealth_edits").get<std::size_t>();
    for (const auto& [name, n] : s.at("stealth_edits_by_category").items()) {
      auto c = analyze::parse_category(name);
      if (!c) throw bad(fmt::format("\"{}\" is not a category", name));
      p.stealth_edits_by_category[*c] = n.get<std::size_t>();
    }
    p.stealth_additions = s.at("stealth_additions").get<std::size_t>();
    p.stealth_removals = s.at("stealth_removals").get<std::size_t>();
    p.removed_notices = s.at("removed_notices").get<std::size_t>();
    // Summary lines written before severities and new reporting were counted lack these: zero.
    if (s.contains("stealth_edits_by_severity")) {
      for (std::size_t k = 0; k < p.stealth_by_severity.size(); ++k)
        p.stealth_by_severity[k] = s.at("stealth_edits_by_severity")
                                       .at(std::string(analyze::to_string(static_cast<analyze::Severity>(k))))
                                       .get<std::size_t>();
    }
    p.new_reporting = s.value("new_reporting", std::size_t{0});
    p.developing_stories = s.value("developing_stories", std::size_t{0});
    p.delay_hours = s.at("delay_hours").get<std::vector<double>>();
    return p;
  } catch (const nlohmann::json::exception& e) {
    throw bad(fmt::format("a summary line lacking a field or with one of the wrong type ({})", e.what()));
  }
}

}  // namespace revisor::report
