#include "revisor/analyze/summary.h"

#include "revisor/analyze/summary_parts.h"

#include <algorithm>
#include <map>

#include "revisor/analyze/claim_classifier.h"

namespace revisor::analyze {

namespace {

double median(std::vector<double> v) {
  std::sort(v.begin(), v.end());
  std::size_t n = v.size();
  return n % 2 ? v[n / 2] : (v[n / 2 - 1] + v[n / 2]) / 2.0;
}

}  // namespace

FindingCounts count_findings(const ArticleAudit& audit) noexcept {
  FindingCounts c;
  c.versions = audit.versions.size();
  c.transitions = audit.transitions.size();
  c.notices = audit.notices.size();
  for (const auto& f : audit.notices)
    (f.status == NoticeStatus::supported ? c.supported : c.unsupported) += 1;
  c.stealth_edits = audit.stealth_edits.size();
  for (const auto& e : audit.stealth_edits) ++c.stealth_by_severity[static_cast<std::size_t>(e.severity)];
  c.new_reporting = audit.new_reporting.size();
  c.developing = !audit.developing_signs.empty();
  c.removed_notices = audit.removed_notices.size();
  return c;
}

std::optional<Severity> top_severity(const FindingCounts& c) noexcept {
  for (int s = static_cast<int>(Severity::high); s >= 0; --s) {
    if (c.stealth_by_severity[static_cast<std::size_t>(s)]) return static_cast<Severity>(s);
  }
  return std::nullopt;
}

SummaryParts summary_parts(const ArticleAudit& a) {
  SummaryParts s;
  s.articles = 1;
  const auto counts = count_findings(a);
  s.versions = counts.versions;
  s.transitions = counts.transitions;
  s.notices = counts.notices;
  s.supported = counts.supported;
  s.unsupported = counts.unsupported;
  s.stealth_edits = counts.stealth_edits;
  s.removed_notices = counts.removed_notices;
  s.stealth_by_severity = counts.stealth_by_severity;
  s.new_reporting = counts.new_reporting;
  s.developing_stories = counts.developing ? 1 : 0;
  for (const auto& f : a.notices) {
    ++s.notices_by_kind[static_cast<std::size_t>(f.notice.kind)];
    if (f.links.empty()) continue;
    auto at = [&](int v) -> std::optional<Timestamp> {
      if (v < 1 || static_cast<std::size_t>(v) > a.versions.size()) return std::nullopt;
      return a.versions[static_cast<std::size_t>(v) - 1].observed_at;
    };
    auto noticed = at(f.notice.version);
    auto changed = at(f.links.front().to);
    if (noticed && changed) s.delay_hours.push_back(std::max(0.0, hours_between(*changed, *noticed)));
  }
  for (const auto& e : a.stealth_edits) {
    if (e.kind == ChangeKind::addition) ++s.stealth_additions;
    else if (e.kind == ChangeKind::removal) ++s.stealth_removals;
    else ++s.stealth_edits_by_category[e.category];
  }
  return s;
}

void merge(SummaryParts& into, const SummaryParts& more) {
  into.articles += more.articles;
  into.versions += more.versions;
  into.transitions += more.transitions;
  into.notices += more.notices;
  for (std::size_t k = 0; k < into.notices_by_kind.size(); ++k) into.notices_by_kind[k] += more.notices_by_kind[k];
  into.supported += more.supported;
  into.unsupported += more.unsupported;
  into.stealth_edits += more.stealth_edits;
  for (const auto& [c, n] : more.stealth_edits_by_category) into.stealth_edits_by_category[c] += n;
  into.stealth_additions += more.stealth_additions;
  into.stealth_removals += more.stealth_removals;
  into.removed_notices += more.removed_notices;
  for (std::size_t k = 0; k < into.stealth_by_severity.size(); ++k)
    into.stealth_by_severity[k] += more.stealth_by_severity[k];
  into.new_reporting += more.new_reporting;
  into.developing_stories += more.developing_stories;
  into.delay_hours.insert(into.delay_hours.end(), more.delay_hours.begin(), more.delay_hours.end());
}

ArchiveSummary finish(const SummaryParts& p) {
  ArchiveSummary s;
  s.articles = p.articles;
  s.versions = p.versions;
  s.transitions = p.transitions;
  s.notices = p.notices;
  s.notices_by_kind = p.notices_by_kind;
  s.supported = p.supported;
  s.unsupported = p.unsupported;
  s.stealth_edits = p.stealth_edits;
  // By count, ties in category order (the map's): the same order however the parts were split.
  s.stealth_edits_by_category.assign(p.stealth_edits_by_category.begin(), p.stealth_edits_by_category.end());
  std::stable_sort(s.stealth_edits_by_category.begin(), s.stealth_edits_by_category.end(),
                   [](const auto& x, const auto& y) { return x.second > y.second; });
  s.stealth_additions = p.stealth_additions;
  s.stealth_removals = p.stealth_removals;
  s.removed_notices = p.removed_notices;
  s.stealth_by_severity = p.stealth_by_severity;
  s.new_reporting = p.new_reporting;
  s.developing_stories = p.developing_stories;
  s.delays = p.delay_hours.size();
  if (!p.delay_hours.empty()) {
    s.median_delay_hours = median(p.delay_hours);
    s.worst_delay_hours = *std::max_element(p.delay_hours.begin(), p.delay_hours.end());
  }
  return s;
}

ArchiveSummary summarize(std::span<const ArticleAudit> audits) {
  SummaryParts all;
  for (const auto& a : audits) merge(all, summary_parts(a));
  return finish(all);
}

void apply_filter(ArticleAudit& audit, const FindingFilter& filter) {
  auto& edits = audit.stealth_edits;
  edits.erase(std::remove_if(edits.begin(), edits.end(),
                             [&](const ChangeRef& e) {
                               if (filter.substantive_only && e.kind != ChangeKind::edit) return true;
                               return filter.min_category &&
                                      category_rank(e.category) < category_rank(*filter.min_category);
                             }),
              edits.end());
  if (filter.substantive_only) {
    audit.new_reporting.clear();
    auto& n = audit.notices;
    n.erase(std::remove_if(n.begin(), n.end(),
                           [](const NoticeFinding& f) {
                             return f.notice.kind == NoticeKind::update ||
                                    f.notice.kind == NoticeKind::editors_note;
                           }),
            n.end());
  }
}

std::optional<Category> parse_category(std::string_view name) {
  for (int i = 0; i <= static_cast<int>(Category::style); ++i) {
    auto c = static_cast<Category>(i);
    if (to_string(c) == name) return c;
  }
  return std::nullopt;
}

}  // namespace revisor::analyze
