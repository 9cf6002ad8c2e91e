// RobotsRules: what a site's robots.txt allows revisor to fetch: the group for "revisor", else the
// group for "*"; the longest matching Allow or Disallow rule decides ('*' and a final '$' understood).
#pragma once

#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace revisor::watch {

class RobotsRules {
 public:
  RobotsRules() = default;  // allows everything (no robots.txt, or one that could not be fetched)
  static RobotsRules parse(std::string_view robots_txt, std::string_view agent = "revisor");
  // `path` is a URL's path and query ("/news/a?x=1").
  bool allows(std::string_view path) const;
  std::optional<long> crawl_delay_seconds() const { return crawl_delay_; }

 private:
  struct Rule {
    bool allow = false;
    std::string pattern;
  };
  std::vector<Rule> rules_;
  std::optional<long> crawl_delay_;
};

}  // namespace revisor::watch
