// Watcher: polls feeds and pages over HTTP and feeds each changed page through the store's one
// ingest path; every new version is audited and what it brings is reported as a Finding at once.
#pragma once

#include <atomic>
#include <chrono>
#include <cstdint>
#include <filesystem>
#include <functional>
#include <string>
#include <vector>

#include "revisor/base/timestamp.h"
#include "revisor/watch/finding.h"
#include "revisor/watch/http_fetch.h"
#include "revisor/watch/schedule.h"

namespace revisor::watch {

struct WatchOptions {
  FetchOptions fetch;
  ScheduleOptions schedule;
  // The least time between two requests to one host (a robots.txt Crawl-delay can raise it, to at
  // most a minute). Requests are made one at a time, so never two to one host at once.
  std::chrono::milliseconds host_delay{1000};
  // Check every page not yet past the schedule's limit now, however recently it was checked.
  bool ignore_schedule = false;
};

struct WatchEvents {
  std::function<void(const Finding&)> found;
  // A URL that could not be checked this time (network error, HTTP error, refused page, robots.txt).
  std::function<void(const std::string& url, const std::string& problem)> problem;
};

struct PollSummary {
  int fetched = 0;      // HTTP requests made, robots.txt included
  int unchanged = 0;    // pages checked that brought no new version
  int new_versions = 0;
  int problems = 0;
};

class Watcher {
 public:
  // Throws Error(not_found) when `store_dir` is no revisor store.
  Watcher(std::filesystem::path store_dir, WatchOptions options);

  // Checks once, at time `now`, every due feed and page: the store's sources and `extra_sources`
  // (cleaned URLs, not added to the store's list). The state is saved after each URL, so a watcher
  // killed mid-poll loses at most that URL's check.
  PollSummary poll(const std::vector<std::string>& extra_sources, Timestamp now, const WatchEvents& events);

  // Polls at the system clock's time, then every `interval_seconds` (counted from each poll's start),
  // until `stop` is set; checks `stop` at least once a second while waiting. `polled` hears each
  // poll's summary.
  void run(const std::vector<std::string>& extra_sources, std::int64_t interval_seconds, const WatchEvents& events,
           const std::atomic<bool>& stop, const std::function<void(Timestamp, const PollSummary&)>& polled);

 private:
  std::filesystem::path dir_;
  WatchOptions options_;
};

// `revisor sources`: the store's list of sources. add_sources returns the URLs not already listed
// (each cleaned); remove_source throws Error(not_found) for a URL that is not listed.
std::vector<std::string> add_sources(const std::filesystem::path& dir, const std::vector<std::string>& urls,
                                     Timestamp now);
void remove_source(const std::filesystem::path& dir, const std::string& url, Timestamp now);
std::vector<std::string> list_sources(const std::filesystem::path& dir);

}  // namespace revisor::watch
