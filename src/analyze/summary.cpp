#include "revisor/analyze/summary.h"

#include <algorithm>
#include <charconv>
#include <map>

#include "revisor/analyze/claim_classifier.h"

namespace revisor::analyze {

namespace {

bool digits(std::string_view s, std::size_t at, std::size_t n, int& out) {
  if (at + n > s.size()) return false;
  auto r = std::from_chars(s.data() + at, s.data() + at + n, out);
  return r.ec == std::errc() && r.ptr == s.data() + at + n;
}

// Days since 1970-01-01 of a civil date (proleptic Gregorian).
long days_from_civil(int y, int m, int d) {
  y -= m <= 2 ? 1 : 0;
  const long era = (y >= 0 ? y : y - 399) / 400;
  const long yoe = y - era * 400;
  const long doy = (153 * (m + (m > 2 ? -3 : 9)) + 2) / 5 + d - 1;
  const long doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
  return era * 146097 + doe - 719468;
}

double median(std::vector<double> v) {
  std::sort(v.begin(), v.end());
  std::size_t n = v.size();
  return n % 2 ? v[n / 2] : (v[n / 2 - 1] + v[n / 2]) / 2.0;
}

}  // namespace

std::optional<double> parse_iso8601(std::string_view s) {
  int y = 0, mo = 0, d = 0, h = 0, mi = 0, se = 0;
  if (!digits(s, 0, 4, y) || s.size() < 19 || s[4] != '-' || !digits(s, 5, 2, mo) || s[7] != '-' ||
      !digits(s, 8, 2, d) || (s[10] != 'T' && s[10] != ' ') || !digits(s, 11, 2, h) || s[13] != ':' ||
      !digits(s, 14, 2, mi) || s[16] != ':' || !digits(s, 17, 2, se)) {
    return std::nullopt;
  }
  std::size_t at = 19;
  double frac = 0;
  if (at < s.size() && s[at] == '.') {
    double scale = 0.1;
    for (++at; at < s.size() && s[at] >= '0' && s[at] <= '9'; ++at, scale /= 10) frac += (s[at] - '0') * scale;
  }
  long offset = 0;
  if (at < s.size() && (s[at] == '+' || s[at] == '-')) {
    int oh = 0, om = 0;
    if (!digits(s, at + 1, 2, oh) || at + 6 > s.size() || !digits(s, at + 4, 2, om)) return std::nullopt;
    offset = (s[at] == '+' ? 1 : -1) * (oh * 3600L + om * 60L);
  }
  double secs = static_cast<double>(days_from_civil(y, mo, d)) * 86400.0 + h * 3600.0 + mi * 60.0 + se + frac;
  return secs - static_cast<double>(offset);
}

ArchiveSummary summarize(std::span<const ArticleAudit> audits) {
  ArchiveSummary s;
  std::map<Category, std::size_t> by_category;
  std::vector<double> delays;
  for (const auto& a : audits) {
    ++s.articles;
    s.versions += a.versions.size();
    s.transitions += a.transitions.size();
    for (const auto& f : a.notices) {
      ++s.notices_by_kind[static_cast<std::size_t>(f.notice.kind)];
      (f.status == NoticeStatus::supported ? s.supported : s.unsupported) += 1;
      if (f.links.empty()) continue;
      auto at = [&](int v) -> std::optional<double> {
        if (v < 1 || static_cast<std::size_t>(v) > a.versions.size()) return std::nullopt;
        return parse_iso8601(a.versions[static_cast<std::size_t>(v) - 1].observed_at);
      };
      auto noticed = at(f.notice.version);
      auto changed = at(f.links.front().to);
      if (noticed && changed) delays.push_back(std::max(0.0, *noticed - *changed) / 3600.0);
    }
    for (const auto& e : a.stealth_edits) {
      if (e.kind == ChangeKind::addition) ++s.stealth_additions;
      else if (e.kind == ChangeKind::removal) ++s.stealth_removals;
      else ++by_category[e.category];
    }
    s.removed_notices += a.removed_notices.size();
  }
  s.stealth_edits_by_category.assign(by_category.begin(), by_category.end());
  std::stable_sort(s.stealth_edits_by_category.begin(), s.stealth_edits_by_category.end(),
                   [](const auto& x, const auto& y) { return x.second > y.second; });
  s.delays = delays.size();
  if (!delays.empty()) {
    s.median_delay_hours = median(delays);
    s.worst_delay_hours = *std::max_element(delays.begin(), delays.end());
  }
  return s;
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
