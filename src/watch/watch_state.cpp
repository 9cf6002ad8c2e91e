#include "revisor/watch/watch_state.h"

#include <fmt/core.h>

#include <nlohmann/json.hpp>

#include <algorithm>

#include "revisor/base/error.h"
#include "revisor/store/state_ref.h"

namespace revisor::watch {
namespace {

constexpr std::string_view kStateName = "watch";
constexpr int kStateVersion = 1;

Timestamp time_of(const nlohmann::json& j, const char* key) {
  return j.contains(key) ? parse_timestamp(j.at(key).get<std::string>(), key) : Timestamp();
}

}  // namespace

WatchState parse_state(std::string_view document, const std::string& where) {
  WatchState state;
  try {
    const nlohmann::json j = nlohmann::json::parse(document);
    if (j.value("version", 0) != kStateVersion)
      throw Error(ErrorKind::store, fmt::format("the watch state in {} has version {}, not {}", where,
                                                j.value("version", 0), kStateVersion));
    state.sources = j.value("sources", std::vector<std::string>{});
    // Named, not temporaries: items() refers to the object it iterates.
    const nlohmann::json urls = j.value("urls", nlohmann::json::object());
    const nlohmann::json hosts = j.value("host_not_before", nlohmann::json::object());
    for (const auto& [url, r] : urls.items()) {
      Resource res;
      res.feed = r.value("feed", false);
      res.article = r.value("article", "");
      res.etag = r.value("etag", "");
      res.last_modified = r.value("last_modified", "");
      res.first_seen = time_of(r, "first_seen");
      res.next_check = time_of(r, "next_check");
      res.retired = r.value("retired", false);
      res.failures = r.value("failures", 0);
      res.last_problem = r.value("last_problem", "");
      res.gone = r.value("gone", false);
      res.volatile_lines = r.value("volatile_lines", std::vector<std::string>{});
      state.urls.emplace(url, std::move(res));
    }
    for (const auto& [host, t] : hosts.items())
      state.host_not_before[host] = parse_timestamp(t.get<std::string>(), "host_not_before");
  } catch (const nlohmann::json::exception& e) {
    throw Error(ErrorKind::store, fmt::format("the watch state in {} does not read: {}", where, e.what()));
  }
  return state;
}

std::string state_document(const WatchState& state) {
  nlohmann::ordered_json j;
  j["version"] = kStateVersion;
  j["sources"] = state.sources;
  nlohmann::ordered_json urls = nlohmann::ordered_json::object();
  for (const auto& [url, r] : state.urls) {
    nlohmann::ordered_json o;
    o["feed"] = r.feed;
    if (!r.article.empty()) o["article"] = r.article;
    if (!r.etag.empty()) o["etag"] = r.etag;
    if (!r.last_modified.empty()) o["last_modified"] = r.last_modified;
    o["first_seen"] = to_iso8601(r.first_seen);
    o["next_check"] = to_iso8601(r.next_check);
    if (r.retired) o["retired"] = true;
    if (r.failures) o["failures"] = r.failures;
    if (!r.last_problem.empty()) o["last_problem"] = r.last_problem;
    if (r.gone) o["gone"] = true;
    if (!r.volatile_lines.empty()) o["volatile_lines"] = r.volatile_lines;
    urls[url] = std::move(o);
  }
  j["urls"] = std::move(urls);
  nlohmann::ordered_json hosts = nlohmann::ordered_json::object();
  for (const auto& [host, t] : state.host_not_before) hosts[host] = to_iso8601(t);
  j["host_not_before"] = std::move(hosts);
  return j.dump(1) + "\n";
}

WatchState load_state(const std::filesystem::path& dir) {
  const std::optional<std::string> doc = store::read_state(dir, kStateName);
  if (!doc) return WatchState{};
  return parse_state(*doc, dir.string());
}

void save_state(const std::filesystem::path& dir, const WatchState& state, Timestamp when) {
  store::write_state(dir, kStateName, state_document(state), when);
}

WatchState merge_states(const WatchState& local, const WatchState& remote) {
  WatchState merged = local;
  for (const std::string& source : remote.sources)
    if (std::find(merged.sources.begin(), merged.sources.end(), source) == merged.sources.end())
      merged.sources.push_back(source);
  for (const auto& [url, theirs] : remote.urls) {
    auto [it, inserted] = merged.urls.emplace(url, theirs);
    if (inserted) continue;
    Resource& mine = it->second;
    // The side that checked the page last knows most about it (validators, failures, gone); the
    // first sighting and a known article id hold whichever side has them.
    const Timestamp first_seen = std::min(mine.first_seen, theirs.first_seen);
    const std::string article = mine.article.empty() ? theirs.article : mine.article;
    if (theirs.next_check > mine.next_check) mine = theirs;
    mine.first_seen = first_seen;
    if (mine.article.empty()) mine.article = article;
  }
  for (const auto& [host, t] : remote.host_not_before) {
    Timestamp& mine = merged.host_not_before[host];
    mine = std::max(mine, t);
  }
  return merged;
}

}  // namespace revisor::watch
