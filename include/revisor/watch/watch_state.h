// WatchState: what a watcher remembers between polls (the sources, and for each feed and page its
// validators, schedule, failures and whether it is gone), kept in the store under refs/revisor/watch
// so a watcher killed and restarted carries on, and a clone of the store carries it too.
#pragma once

#include <cstdint>
#include <filesystem>
#include <map>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "revisor/base/timestamp.h"

namespace revisor::watch {

struct Resource {
  bool feed = false;     // a feed (checked every poll) or a page (checked on the schedule)
  std::string article;   // a page's article id, once known
  std::string etag;
  std::string last_modified;
  Timestamp first_seen;
  Timestamp next_check;  // due when <= now
  bool retired = false;  // past the schedule's limit: no longer checked
  int failures = 0;      // in a row
  std::string last_problem;
  bool gone = false;     // answered 404/410 or redirected to another article
  std::vector<std::string> volatile_lines;  // shapes of lines that change on every fetch (digits as '#')
};

struct WatchState {
  std::vector<std::string> sources;      // cleaned URLs of feeds and pages the user added
  std::map<std::string, Resource> urls;  // every feed and page seen, by cleaned URL
  std::map<std::string, Timestamp> host_not_before;  // a host that asked us to wait (429/503)
};

// The state in the store at `dir`; an empty state when none was written. Throws Error(store) when the
// stored document does not read.
WatchState load_state(const std::filesystem::path& dir);
// Writes `state` as the store's new watch state.
void save_state(const std::filesystem::path& dir, const WatchState& state, Timestamp when);

// The stored document of a state, and back. parse_state throws Error(store) naming `where`.
std::string state_document(const WatchState& state);
WatchState parse_state(std::string_view document, const std::string& where);

// The state after a pull when two stores both watched since they last met: every source of either
// side; for a URL both know, the record of the side that checked it last (its validators, failures
// and whether it is gone), with the earlier first sighting; for a host, the later of the waits.
WatchState merge_states(const WatchState& local, const WatchState& remote);

}  // namespace revisor::watch
