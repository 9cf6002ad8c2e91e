#include "analyze/relative_dates.h"

#include <algorithm>
#include <array>
#include <chrono>
#include <optional>
#include <string>
#include <vector>

#include "revisor/analyze/claim_classifier.h"

namespace revisor::analyze {

namespace {

constexpr std::int64_t kDay = 86'400;
// How far behind UTC a story's own "today" may be: evening in the Americas is the next day in UTC.
constexpr std::int64_t kBehindUtc = 6 * 3'600;
// A weekday names a day at most this far from the version it is read in.
constexpr std::int64_t kWeek = 7;

constexpr std::array<std::string_view, 7> kWeekdays = {"sunday",   "monday", "tuesday", "wednesday",
                                                       "thursday", "friday", "saturday"};
constexpr std::array<std::string_view, 12> kMonths = {"january", "february", "march",     "april",   "may",      "june",
                                                       "july",    "august",   "september", "october", "november", "december"};

std::int64_t floor_div(std::int64_t a, std::int64_t b) { return a / b - ((a % b != 0) && ((a < 0) != (b < 0))); }

// Days since 1970-01-01 (a Thursday) the version may call "today".
std::array<std::int64_t, 2> todays(Timestamp seen) {
  return {floor_div(seen.seconds(), kDay), floor_div(seen.seconds() - kBehindUtc, kDay)};
}

int weekday_of(std::int64_t day) { return static_cast<int>(((day + 4) % 7 + 7) % 7); }

// What one side says: a weekday, a day relative to the version, or a month and day of month.
struct DayWords {
  std::optional<int> weekday;
  std::optional<int> relative;  // -1 yesterday, 0 today, 1 tomorrow
  std::optional<int> month;     // 1-12
  std::optional<int> day_of_month;
};

// `part_of_day` lets the words name a part of the day too ("Thursday evening"), which says no other day.
std::optional<DayWords> read_day(std::string_view text, bool part_of_day) {
  DayWords d;
  std::string word;
  bool ok = true, any = false;
  auto flush = [&] {
    if (word.empty()) return;
    auto w = word;
    word.clear();
    // "1st", "22nd": the day of the month.
    if (w.size() > 2 && w[0] >= '0' && w[0] <= '9' &&
        (w.ends_with("st") || w.ends_with("nd") || w.ends_with("rd") || w.ends_with("th")))
      w.resize(w.size() - 2);
    if (w == "on" || w == "the" || w == "of") return;
    if (part_of_day && (w == "morning" || w == "afternoon" || w == "evening" || w == "night")) return;
    any = true;
    if (auto it = std::find(kWeekdays.begin(), kWeekdays.end(), w); it != kWeekdays.end() && !d.weekday) {
      d.weekday = static_cast<int>(it - kWeekdays.begin());
    } else if (auto m = std::find(kMonths.begin(), kMonths.end(), w); m != kMonths.end() && !d.month) {
      d.month = static_cast<int>(m - kMonths.begin()) + 1;
    } else if ((w == "today" || w == "tonight") && !d.relative) {
      d.relative = 0;
    } else if (w == "yesterday" && !d.relative) {
      d.relative = -1;
    } else if (w == "tomorrow" && !d.relative) {
      d.relative = 1;
    } else if (w.size() <= 2 && std::all_of(w.begin(), w.end(), [](char c) { return c >= '0' && c <= '9'; }) &&
               !d.day_of_month) {
      d.day_of_month = std::stoi(w);
    } else {
      ok = false;
    }
  };
  for (char ch : text) {
    const auto c = static_cast<unsigned char>(ch);
    if ((c >= 'a' && c <= 'z') || (c >= '0' && c <= '9')) word.push_back(ch);
    else if (c >= 'A' && c <= 'Z') word.push_back(static_cast<char>(c + 32));
    else if (c == ',' || c == ' ' || c == '.' || c == '\n') flush();
    else ok = false;
  }
  flush();
  if (!ok || !any || d.month.has_value() != d.day_of_month.has_value()) return std::nullopt;
  if (d.day_of_month && (*d.day_of_month < 1 || *d.day_of_month > 31)) return std::nullopt;
  return d;
}

// The days one side can mean, read in a version seen at `seen`; empty when it names a weekday only.
std::vector<std::int64_t> days_meant(const DayWords& d, Timestamp seen) {
  std::vector<std::int64_t> out;
  if (d.relative) {
    for (auto today : todays(seen)) out.push_back(today + *d.relative);
  } else if (d.month) {
    using namespace std::chrono;
    const auto here = year_month_day(sys_days(days(todays(seen)[0])));
    for (int dy = -1; dy <= 1; ++dy) {
      const year_month_day ymd(here.year() + years(dy), month(static_cast<unsigned>(*d.month)),
                               day(static_cast<unsigned>(*d.day_of_month)));
      if (ymd.ok()) out.push_back(sys_days(ymd).time_since_epoch().count());
    }
  }
  return out;
}

bool near(std::int64_t day, Timestamp seen) {
  const auto today = todays(seen);
  return std::any_of(today.begin(), today.end(), [&](std::int64_t t) { return day >= t - kWeek && day <= t + kWeek; });
}

// Whether the day meant by `d` (seen at `seen`) can be `day`.
bool can_mean(const DayWords& d, Timestamp seen, std::int64_t day) {
  if (d.weekday && (weekday_of(day) != *d.weekday || !near(day, seen))) return false;
  const auto meant = days_meant(d, seen);
  if (meant.empty()) return d.weekday.has_value();
  return std::find(meant.begin(), meant.end(), day) != meant.end();
}

}  // namespace

bool same_day(std::string_view old_words, Timestamp old_seen, std::string_view new_words, Timestamp new_seen) {
  // The old side may name a part of the day the new one leaves out ("Thursday evening" -> "April 2"):
  // the same day told less precisely. A part of the day added ("Wednesday morning") is not this: it
  // narrows what the story said.
  const auto a = read_day(old_words, true), b = read_day(new_words, false);
  if (!a || !b) return false;
  // A day both sides can mean, taken from whichever names one outright.
  auto candidates = days_meant(*a, old_seen);
  const auto more = days_meant(*b, new_seen);
  candidates.insert(candidates.end(), more.begin(), more.end());
  // Two weekdays alone ("Wednesday morning" -> "Wednesday"): any day of the old version's week.
  if (candidates.empty()) {
    const auto today = todays(old_seen);
    for (std::int64_t day = today[1] - kWeek; day <= today[0] + kWeek; ++day) candidates.push_back(day);
  }
  return std::any_of(candidates.begin(), candidates.end(),
                     [&](std::int64_t day) { return can_mean(*a, old_seen, day) && can_mean(*b, new_seen, day); });
}

void settle_relative_dates(Transition& t, const text::Document& before, const text::Document& after,
                           Timestamp before_seen, Timestamp after_seen) {
  auto settle = [&](const align::SentenceChange& change, std::vector<Category>& categories) {
    bool changed = false;
    for (std::size_t i = 0; i < change.edits.size() && i < categories.size(); ++i) {
      if (categories[i] != Category::date) continue;
      const auto& e = change.edits[i];
      if (same_day(before.slice(e.old_span), before_seen, after.slice(e.new_span), after_seen)) {
        categories[i] = Category::style;
        changed = true;
      }
    }
    return changed;
  };
  if (settle(t.changes.headline, t.headline_categories))
    t.headline_category = change_category(t.changes.headline, t.headline_categories, before, after);
  for (std::size_t c = 0; c < t.changes.changes.size() && c < t.edit_categories.size(); ++c) {
    if (settle(t.changes.changes[c], t.edit_categories[c]))
      t.sentence_categories[c] = change_category(t.changes.changes[c], t.edit_categories[c], before, after);
  }
}

}  // namespace revisor::analyze
