#include "revisor/watch/robots.h"

#include <algorithm>
#include <cctype>
#include <sstream>

namespace revisor::watch {
namespace {

std::string lower(std::string_view s) {
  std::string out(s);
  std::transform(out.begin(), out.end(), out.begin(), [](unsigned char c) { return std::tolower(c); });
  return out;
}

std::string_view trim(std::string_view s) {
  const auto a = s.find_first_not_of(" \t\r");
  if (a == std::string_view::npos) return {};
  return s.substr(a, s.find_last_not_of(" \t\r") - a + 1);
}

// Google's robots.txt matching: '*' any run of bytes, a final '$' the end of the path.
bool matches(std::string_view pattern, std::string_view path) {
  if (pattern.empty()) return true;
  if (pattern == "$") return path.empty();
  if (pattern.front() == '*') {
    for (std::size_t i = 0; i <= path.size(); ++i)
      if (matches(pattern.substr(1), path.substr(i))) return true;
    return false;
  }
  if (path.empty() || pattern.front() != path.front()) return false;
  return matches(pattern.substr(1), path.substr(1));
}

}  // namespace

RobotsRules RobotsRules::parse(std::string_view robots_txt, std::string_view agent) {
  // Groups: consecutive User-agent lines, then their rules. The group naming `agent` wins over "*".
  RobotsRules mine;
  RobotsRules any;
  bool found_mine = false;
  bool in_mine = false;
  bool in_any = false;
  bool reading_agents = false;
  std::istringstream in{std::string(robots_txt)};
  std::string line;
  const std::string me = lower(agent);
  while (std::getline(in, line)) {
    std::string_view l = line;
    l = trim(l.substr(0, l.find('#')));
    const auto colon = l.find(':');
    if (colon == std::string_view::npos) continue;
    const std::string key = lower(trim(l.substr(0, colon)));
    const std::string value(trim(l.substr(colon + 1)));
    if (key == "user-agent") {
      if (!reading_agents) in_mine = in_any = false;
      reading_agents = true;
      const std::string v = lower(value);
      if (v == "*") in_any = true;
      else if (me.find(v) == 0 || v.find(me) == 0) in_mine = found_mine = true;
      continue;
    }
    reading_agents = false;
    RobotsRules* targets[] = {in_mine ? &mine : nullptr, in_any ? &any : nullptr};
    for (RobotsRules* t : targets) {
      if (!t) continue;
      if ((key == "allow" || key == "disallow") && !value.empty())
        t->rules_.push_back({key == "allow", value});
      else if (key == "crawl-delay")
        try {
          t->crawl_delay_ = std::stol(value);
        } catch (const std::exception&) {
        }
    }
  }
  return found_mine ? mine : any;
}

bool RobotsRules::allows(std::string_view path) const {
  const Rule* best = nullptr;
  for (const Rule& r : rules_) {
    // A rule is a prefix of the paths it covers unless it ends in '$'.
    const bool hit = r.pattern.ends_with('$') ? matches(r.pattern, path) : matches(r.pattern + "*", path);
    if (!hit) continue;
    if (!best || r.pattern.size() > best->pattern.size() ||
        (r.pattern.size() == best->pattern.size() && r.allow))
      best = &r;
  }
  return !best || best->allow;
}

}  // namespace revisor::watch
