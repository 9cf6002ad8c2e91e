// Sharing a store through git remotes: the articles' refs and the state refs are pushed to and
// fetched from any git URL (a path, file://, git://, ssh, https), and a pull merges what both sides added.
#pragma once

#include <cstddef>
#include <filesystem>
#include <functional>
#include <string>
#include <string_view>
#include <vector>

namespace revisor::store {

struct RemoteInfo {
  std::string name;
  std::string url;
};

// Records the remote `name` at `url` in the store's git config, fetching refs/articles/* into
// refs/remotes/<name>/articles/* and refs/revisor/* into refs/remotes/<name>/revisor/*, and returns
// the URL recorded: a relative path is made full, from the current folder. Throws Error(bad_input)
// for a name git refuses or one already used.
std::string add_remote(const std::filesystem::path& dir, const std::string& name, const std::string& url);
// Forgets the remote and its remote-tracking refs. Throws Error(not_found) for an unknown name.
void remove_remote(const std::filesystem::path& dir, const std::string& name);
// Every remote, sorted by name.
std::vector<RemoteInfo> list_remotes(const std::filesystem::path& dir);

// Called as objects travel: `stage` is "receiving" or "sending", `done` of `total` objects.
using TransferObserver = std::function<void(const std::string& stage, std::size_t done, std::size_t total)>;
// Merges two documents of the state `name` written on both sides since they last met; returns the
// merged document. Without one, a diverged state keeps the local document.
using StateMerge =
    std::function<std::string(std::string_view name, const std::string& local, const std::string& remote)>;

struct PullSummary {
  std::size_t remote_articles = 0;   // articles the remote holds
  std::size_t new_articles = 0;      // the local store lacked them
  std::size_t fast_forwarded = 0;    // the local chain lacked only newer versions, or moved to the remote's
  std::size_t merged = 0;            // both sides added versions: re-created as one chain
  std::size_t unchanged = 0;         // the remote had nothing new
  std::size_t versions_added = 0;    // versions the local store lacked, in all of the above
  std::vector<std::string> states;   // state refs updated ("watch", ...)
  std::vector<std::string> problems; // articles refused ("<id>: <why>"); nothing of them was changed
};

// Fetches from the remote `name`, then brings every article of the remote into the store: a new one
// is added, a chain the remote extended moves forward, and a chain both sides extended becomes one
// chain holding every version of either side once, in observed time (as ingest places a late
// version). Refs move by compare-and-swap, so ingests may run meanwhile. Throws Error(not_found) for
// an unknown remote, Error(store) when the fetch fails (with libgit2's message).
PullSummary pull(const std::filesystem::path& dir, const std::string& name, const StateMerge& merge_state = {},
                 const TransferObserver& observer = {});

struct PushSummary {
  std::size_t pushed = 0;               // article and state refs the remote now has from us
  std::size_t up_to_date = 0;           // already equal on the remote
  std::vector<std::string> diverged;    // the remote holds versions we lack: pull first
  std::vector<std::string> rejected;    // "<ref>: <the server's reason>"
};

// Fetches from the remote `name` to learn what it holds, then pushes every article whose remote
// chain holds no version the local one lacks (after a pull that merged, the merged chain replaces
// the remote one), and the state refs the remote has not moved past. An article whose remote chain
// holds versions the local one lacks is not pushed and is listed in `diverged`. Throws as pull does.
PushSummary push(const std::filesystem::path& dir, const std::string& name, const TransferObserver& observer = {});

}  // namespace revisor::store
