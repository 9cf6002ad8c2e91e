#include "analyze/rewording.h"

#include <algorithm>
#include <array>
#include <vector>

#include "analyze/synonyms.h"

namespace revisor::analyze {

namespace {

bool same_word(const std::string& a, const std::string& b, StemLanguage language) {
  if (a == b) return true;
  if (stem(a, language) == stem(b, language)) return true;
  if (language != StemLanguage::english) return false;
  return same_base_form(a, b) || same_sense(a, b) || broader_or_narrower(a, b);
}

}  // namespace

bool same_words_reworded(std::span<const std::string> gone, std::span<const std::string> added,
                         StemLanguage language) {
  if (gone.empty() || gone.size() != added.size()) return false;
  // Greedy pairing is enough for the handful of words one edit changes: each word gone takes the
  // first word added it matches that no earlier word took.
  std::vector<bool> taken(added.size(), false);
  for (const auto& g : gone) {
    bool paired = false;
    for (std::size_t i = 0; i < added.size() && !paired; ++i) {
      if (taken[i] || !same_word(g, added[i], language)) continue;
      taken[i] = true;
      paired = true;
    }
    if (!paired) return false;
  }
  return true;
}

namespace {

constexpr std::array<std::string_view, 7> kPlans = {"expected", "scheduled", "planned", "set",
                                                    "due",      "slated",    "poised"};

bool is_plan(const std::string& w) { return std::find(kPlans.begin(), kPlans.end(), w) != kPlans.end(); }

}  // namespace

bool came_to_pass(std::span<const std::string> gone, std::span<const std::string> added) {
  // One plan told in other words: "is expected to arrive" -> "is scheduled to arrive".
  if (gone.size() == 1 && added.size() == 1 && is_plan(gone[0]) && is_plan(added[0])) return true;
  std::vector<std::string> verbs;
  int plans = 0;
  for (const auto& g : gone) {
    if (is_plan(g)) ++plans;
    else verbs.push_back(g);
  }
  if (plans != 1 || verbs.empty() || verbs.size() != added.size()) return false;
  // A past form: not the base form itself, nor "-s" or "-ing", which still speak of what is to come.
  auto past_of = [](const std::string& base, const std::string& form) {
    return form != base && !form.ends_with("s") && !form.ends_with("ing") && same_base_form(base, form);
  };
  std::vector<bool> taken(added.size(), false);
  for (const auto& v : verbs) {
    bool paired = false;
    for (std::size_t i = 0; i < added.size() && !paired; ++i) {
      if (taken[i] || !past_of(v, added[i])) continue;
      taken[i] = true;
      paired = true;
    }
    if (!paired) return false;
  }
  return true;
}

bool is_acronym_of(std::string_view acronym, std::span<const std::string_view> words) {
  std::string letters;
  for (char c : acronym) {
    if (c >= 'A' && c <= 'Z') letters.push_back(c);
    else if (c != '.') return false;
  }
  if (letters.size() < 2) return false;
  std::string initials;
  for (auto w : words) {
    if (w.empty()) continue;
    if (w[0] >= 'A' && w[0] <= 'Z') initials.push_back(w[0]);
    else if (w != "of" && w != "for" && w != "and" && w != "the") return false;
  }
  return initials == letters;
}

}  // namespace revisor::analyze
