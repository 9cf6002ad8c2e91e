#include "revisor/store/remote_sync.h"

#include <fmt/core.h>

#include <algorithm>
#include <optional>

#include "revisor/base/article_id.h"
#include "revisor/base/error.h"
#include "revisor/store/article_store.h"
#include "revisor/store/state_ref.h"
#include "revisor/store/article_events.h"
#include "store/chain_merge.h"
#include "store/event_tree.h"
#include "store/git_handles.h"
#include "store/state_commit.h"
#include "store/version_chain.h"

namespace revisor::store {
namespace {

using RemotePtr = std::unique_ptr<git_remote, CDeleter<git_remote_free>>;

constexpr std::string_view kStatePrefix = "refs/revisor/";


std::string tracking_prefix(const std::string& remote) { return fmt::format("refs/remotes/{}/", remote); }

ConfigPtr repo_config(git_repository* repo) {
  git_config* raw = nullptr;
  const int rc = git_repository_config(&raw, repo);
  ConfigPtr cfg(raw);
  git_check(rc, "reading the store's git config");
  return cfg;
}

std::string url_key(const std::string& name) { return fmt::format("remote.{}.url", name); }

// Whether `url` names a folder on this machine rather than a server, by git's rule: no "://", and no
// "host:" before the first slash (the scp-like "user@host:path").
bool local_path(const std::string& url) {
  if (url.find("://") != std::string::npos) return false;
  const std::size_t colon = url.find(':');
  return colon == std::string::npos || url.find('/') < colon;
}

// The remote's URL, or nullopt when the store has no remote `name`. The config is read key by key:
// libgit2 1.5 leaks pcre2 match data for every config entry a pattern does not match, and remote
// lookup, listing and deletion all match patterns.
std::optional<std::string> remote_url(git_config* cfg, const std::string& name) {
  GitBuf url;
  const int rc = git_config_get_string_buf(&url.buf, cfg, url_key(name).c_str());
  if (rc == GIT_ENOTFOUND) return std::nullopt;
  git_check(rc, fmt::format("reading the URL of the remote {}", name));
  return std::string(url.buf.ptr, url.buf.size);
}

// An unnamed remote for the URL of `name` (refspecs are given to each fetch and push, url.insteadOf
// rewriting is skipped for the reason above).
RemotePtr lookup_remote(git_repository* repo, const std::string& name) {
  ConfigPtr cfg = repo_config(repo);
  const std::optional<std::string> url = remote_url(cfg.get(), name);
  if (!url)
    throw Error(ErrorKind::not_found,
                fmt::format("the store has no remote \"{}\"; add one with: revisor remote add {} URL", name, name));
  // libgit2 reads a relative path from the folder revisor runs in, and calls a missing one an
  // "unsupported URL protocol". revisor remote add records full paths; older stores may hold others.
  if (local_path(*url) && !std::filesystem::path(*url).is_absolute() && !std::filesystem::exists(*url))
    throw Error(ErrorKind::store,
                fmt::format("the remote {} is the relative path {}, and there is nothing at {} from here; "
                            "record its full path with: revisor remote remove {}, then revisor remote add {} PATH",
                            name, *url, (std::filesystem::current_path() / *url).string(), name, name));
  git_remote_create_options opts = GIT_REMOTE_CREATE_OPTIONS_INIT;
  opts.repository = repo;
  opts.flags = GIT_REMOTE_CREATE_SKIP_INSTEADOF | GIT_REMOTE_CREATE_SKIP_DEFAULT_FETCHSPEC;
  git_remote* raw = nullptr;
  const int rc = git_remote_create_with_opts(&raw, url->c_str(), &opts);
  RemotePtr remote(raw);
  git_check(rc, fmt::format("opening the remote {} ({})", name, *url));
  return remote;
}

// Names of every config entry starting with `prefix`, each once.
std::vector<std::string> config_keys(git_config* cfg, std::string_view prefix) {
  git_config_iterator* raw = nullptr;
  git_check(git_config_iterator_new(&raw, cfg), "reading the store's git config");
  std::unique_ptr<git_config_iterator, CDeleter<git_config_iterator_free>> iter(raw);
  std::vector<std::string> keys;
  git_config_entry* entry = nullptr;
  int rc = 0;
  while ((rc = git_config_next(&entry, iter.get())) == 0) {
    const std::string_view key = entry->name;
    if (key.substr(0, prefix.size()) == prefix && std::find(keys.begin(), keys.end(), key) == keys.end())
      keys.emplace_back(key);
  }
  if (rc != GIT_ITEROVER) git_check(rc, "reading the store's git config");
  return keys;
}

// Every ref name matching `glob`, sorted.
std::vector<std::string> ref_names(git_repository* repo, const std::string& glob) {
  git_reference_iterator* raw = nullptr;
  int rc = git_reference_iterator_glob_new(&raw, repo, glob.c_str());
  RefIteratorPtr iter(raw);
  git_check(rc, fmt::format("listing {}", glob));
  std::vector<std::string> names;
  const char* name = nullptr;
  while ((rc = git_reference_next_name(&name, iter.get())) == 0) names.emplace_back(name);
  if (rc != GIT_ITEROVER) git_check(rc, fmt::format("listing {}", glob));
  std::sort(names.begin(), names.end());
  return names;
}

std::optional<git_oid> ref_target(git_repository* repo, const std::string& ref) {
  git_oid id;
  const int rc = git_reference_name_to_id(&id, repo, ref.c_str());
  if (rc == GIT_ENOTFOUND) return std::nullopt;
  git_check(rc, fmt::format("reading {}", ref));
  return id;
}

// Whether `a` has `b` in its history (and is not `b`).
bool descends_from(git_repository* repo, const git_oid& a, const git_oid& b) {
  const int rc = git_graph_descendant_of(repo, &a, &b);
  git_check(rc, fmt::format("comparing commits {} and {}", oid_hex(a), oid_hex(b)));
  return rc == 1;
}

CommitPtr lookup_commit(git_repository* repo, const git_oid& id, const std::string& ref) {
  git_commit* raw = nullptr;
  const int rc = git_commit_lookup(&raw, repo, &id);
  CommitPtr commit(raw);
  git_check(rc, fmt::format("reading the commit of {}", ref));
  return commit;
}

// Moves `ref` from `expected` (nullopt: it must not exist) to `target`; false when another writer
// moved it first.
bool move_ref(git_repository* repo, const std::string& ref, const git_oid& target,
              const std::optional<git_oid>& expected, const std::string& message) {
  git_reference* raw = nullptr;
  const int rc = expected ? git_reference_create_matching(&raw, repo, ref.c_str(), &target, 1, &*expected,
                                                          message.c_str())
                          : git_reference_create(&raw, repo, ref.c_str(), &target, 0, message.c_str());
  ReferencePtr moved(raw);
  if (rc == GIT_EMODIFIED || rc == GIT_EEXISTS || rc == GIT_ELOCKED) return false;
  git_check(rc, fmt::format("moving {}", ref));
  return true;
}

// The callbacks of one transfer: progress, credentials (an ssh agent or the platform's default, tried
// once: libgit2 asks again after a refusal), and the server's answer for each pushed ref.
struct Transfer {
  explicit Transfer(const TransferObserver& o) : observer(&o) {}
  const TransferObserver* observer = nullptr;
  int credential_requests = 0;
  std::vector<std::string> rejected;

  git_remote_callbacks callbacks() {
    git_remote_callbacks cb = GIT_REMOTE_CALLBACKS_INIT;
    cb.payload = this;
    cb.credentials = [](git_credential** out, const char*, const char* user, unsigned int allowed,
                        void* payload) -> int {
      auto* self = static_cast<Transfer*>(payload);
      if (self->credential_requests++ > 0) return GIT_PASSTHROUGH;
      if (allowed & GIT_CREDENTIAL_SSH_KEY) return git_credential_ssh_key_from_agent(out, user ? user : "git");
      if (allowed & GIT_CREDENTIAL_DEFAULT) return git_credential_default_new(out);
      return GIT_PASSTHROUGH;
    };
    cb.transfer_progress = [](const git_indexer_progress* stats, void* payload) -> int {
      auto* self = static_cast<Transfer*>(payload);
      if (self->observer && *self->observer) (*self->observer)("receiving", stats->received_objects, stats->total_objects);
      return 0;
    };
    cb.push_transfer_progress = [](unsigned int current, unsigned int total, size_t, void* payload) -> int {
      auto* self = static_cast<Transfer*>(payload);
      if (self->observer && *self->observer) (*self->observer)("sending", current, total);
      return 0;
    };
    cb.push_update_reference = [](const char* ref, const char* status, void* payload) -> int {
      if (status) static_cast<Transfer*>(payload)->rejected.push_back(fmt::format("{}: {}", ref, status));
      return 0;
    };
    return cb;
  }
};

// Brings the remote's articles and states into refs/remotes/<name>/ (pruning what it no longer has).
// The refspecs are given here rather than read from the config, so that a remote added with plain
// `git remote add` fetches the same.
void fetch(git_remote* remote, const std::string& name, const TransferObserver& observer) {
  const std::string articles = fmt::format("+{}*:{}articles/*", format::kRefPrefix, tracking_prefix(name));
  const std::string states = fmt::format("+{}*:{}revisor/*", kStatePrefix, tracking_prefix(name));
  char* specs[] = {const_cast<char*>(articles.c_str()), const_cast<char*>(states.c_str())};
  const git_strarray refspecs{specs, 2};
  Transfer transfer(observer);
  git_fetch_options opts = GIT_FETCH_OPTIONS_INIT;
  opts.callbacks = transfer.callbacks();
  opts.prune = GIT_FETCH_PRUNE;
  opts.download_tags = GIT_REMOTE_DOWNLOAD_TAGS_NONE;
  const std::string message = fmt::format("revisor fetch {}", name);
  git_check(git_remote_fetch(remote, &refspecs, &opts, message.c_str()),
            fmt::format("fetching from the remote {} ({})", name, git_remote_url(remote)));
}

std::vector<ChainLink> chain_links(git_repository* repo, const std::string& ref) {
  return links_of(read_chain(repo, ref));
}

// A chain from elsewhere is checked before it joins the store: a revisor chain is in observed time.
void check_in_time(const std::vector<ChainLink>& chain, const std::string& ref) {
  for (std::size_t i = 1; i < chain.size(); ++i)
    if (chain[i].time < chain[i - 1].time)
      throw Error(ErrorKind::bad_input,
                  fmt::format("{}: version {} was observed before version {}, so this is no revisor chain", ref,
                              i + 1, i));
}

void pull_article(git_repository* repo, const std::string& remote_name, const ArticleId& id,
                  const std::string& tracking, PullSummary& summary) {
  const std::string ref = format::article_ref(id);
  for (int attempt = 0;; ++attempt) {
    if (attempt == 20)
      throw Error(ErrorKind::conflict, "other writers kept moving the article; run the pull again");
    const std::vector<ChainLink> remote = chain_links(repo, tracking);
    if (remote.empty()) return;
    check_in_time(remote, tracking);
    const std::optional<git_oid> local_tip = ref_target(repo, ref);
    if (!local_tip) {
      check_no_nesting(repo, id);
      const std::string message = fmt::format("revisor pull {}: {} version(s)", remote_name, remote.size());
      if (!move_ref(repo, ref, remote.back().id, std::nullopt, message)) continue;
      ++summary.new_articles;
      summary.versions_added += remote.size();
      return;
    }
    const std::vector<ChainLink> local = chain_links(repo, ref);
    if (local.empty() || !git_oid_equal(&local.back().id, &*local_tip)) continue;  // moved meanwhile
    const ChainMerge merge = merge_chains(repo, local, remote);
    if (merge.kind == ChainMerge::Kind::keep_local) {
      ++summary.unchanged;
      return;
    }
    const bool rebuilt = merge.kind == ChainMerge::Kind::rebuilt;
    const std::string message = fmt::format("revisor pull {}: {}, {} version(s) added", remote_name,
                                            rebuilt ? "merged" : "moved to the remote's chain", merge.added);
    // A chain of the remote's commits or a rebuilt one may drop the local commits: the log keeps them.
    if (rebuilt || replaces_chain(local_tip, remote)) start_ref_log(repo, ref);
    if (!move_ref(repo, ref, merge.tip, local_tip, message)) continue;
    ++(rebuilt ? summary.merged : summary.fast_forwarded);
    summary.versions_added += merge.added;
    return;
  }
}

bool valid_state_name(std::string_view name) {
  if (name.empty()) return false;
  return std::all_of(name.begin(), name.end(), [](char c) { return (c >= 'a' && c <= 'z') || c == '-'; });
}

// Brings one state ref up to the remote's: taken when absent here, moved forward when the remote's
// is newer, merged (a commit with both as parents) when both moved. Returns whether it changed.
bool pull_state(git_repository* repo, const std::string& name, const std::string& tracking,
                const StateMerge& merge_state, const std::string& remote_name) {
  const std::string ref = state_ref_name(name);
  for (int attempt = 0; attempt < 20; ++attempt) {
    const std::optional<git_oid> remote = ref_target(repo, tracking);
    if (!remote) return false;
    const std::optional<git_oid> local = ref_target(repo, ref);
    const std::string message = fmt::format("revisor pull {}", remote_name);
    if (!local) {
      if (move_ref(repo, ref, *remote, std::nullopt, message)) return true;
      continue;
    }
    if (git_oid_equal(&*local, &*remote) || descends_from(repo, *local, *remote)) return false;
    git_oid target = *remote;
    if (!descends_from(repo, *remote, *local)) {
      CommitPtr mine = lookup_commit(repo, *local, ref);
      CommitPtr theirs = lookup_commit(repo, *remote, tracking);
      if (ref == kEventsRef) {  // the store's own format: every event of either side
        target = merge_event_commits(repo, mine.get(), theirs.get(), Timestamp::now());
      } else {
        if (!merge_state) return false;
        const std::string merged =
            merge_state(name, state_document(repo, mine.get(), ref), state_document(repo, theirs.get(), tracking));
        target = write_state_commit(repo, name, merged, Timestamp::now(), {mine.get(), theirs.get()});
      }
    }
    if (move_ref(repo, ref, target, local, message)) return true;
  }
  throw Error(ErrorKind::conflict, fmt::format("{} kept moving during the pull; run the pull again", ref));
}

}  // namespace

std::string add_remote(const std::filesystem::path& dir, const std::string& name, const std::string& given_url) {
  ensure_libgit2();
  RepoPtr repo = open_store_repository(dir);
  int valid = 0;
  git_check(git_remote_name_is_valid(&valid, name.c_str()), "checking the remote's name");
  if (!valid)
    throw Error(ErrorKind::bad_input, fmt::format("\"{}\" is not a valid remote name (git's rules for a ref "
                                                  "name component apply)", name));
  if (given_url.empty()) throw Error(ErrorKind::bad_input, "the remote's URL is empty");
  // A relative path is meant from where it was typed; recorded as it is, it would be read later
  // from wherever revisor then runs.
  std::string url = given_url;
  if (local_path(url) && !std::filesystem::path(url).is_absolute()) {
    std::error_code ec;
    const std::filesystem::path full = std::filesystem::absolute(url, ec);
    if (ec) throw Error(ErrorKind::io, fmt::format("finding the full path of {}: {}", url, ec.message()));
    url = full.lexically_normal().string();
  }
  ConfigPtr cfg = repo_config(repo.get());
  if (remote_url(cfg.get(), name))
    throw Error(ErrorKind::bad_input, fmt::format("the store already has a remote \"{}\" (revisor remote list "
                                                  "shows it; revisor remote remove {} forgets it)",
                                                  name, name));
  // As git remote add writes it, so that plain git fetches the articles too (the state refs are
  // fetched by revisor's own refspecs).
  const std::string articles = fmt::format("+{}*:{}articles/*", format::kRefPrefix, tracking_prefix(name));
  git_check(git_config_set_string(cfg.get(), fmt::format("remote.{}.fetch", name).c_str(), articles.c_str()),
            fmt::format("adding the remote {}", name));
  git_check(git_config_set_string(cfg.get(), url_key(name).c_str(), url.c_str()),
            fmt::format("adding the remote {}", name));
  return url;
}

void remove_remote(const std::filesystem::path& dir, const std::string& name) {
  ensure_libgit2();
  RepoPtr repo = open_store_repository(dir);
  ConfigPtr cfg = repo_config(repo.get());
  if (!remote_url(cfg.get(), name))
    throw Error(ErrorKind::not_found, fmt::format("the store has no remote \"{}\" (revisor remote list shows "
                                                  "those it has)", name));
  for (const std::string& key : config_keys(cfg.get(), fmt::format("remote.{}.", name)))
    git_check(git_config_delete_multivar(cfg.get(), key.c_str(), ".*"),
              fmt::format("removing {} from the store's git config", key));
  for (const std::string& ref : ref_names(repo.get(), tracking_prefix(name) + "*")) {
    const int rc = git_reference_remove(repo.get(), ref.c_str());
    if (rc != GIT_ENOTFOUND) git_check(rc, fmt::format("removing {}", ref));
  }
}

std::vector<RemoteInfo> list_remotes(const std::filesystem::path& dir) {
  ensure_libgit2();
  RepoPtr repo = open_store_repository(dir);
  ConfigPtr cfg = repo_config(repo.get());
  std::vector<RemoteInfo> out;
  for (const std::string& key : config_keys(cfg.get(), "remote.")) {
    if (key.size() <= 11 || key.substr(key.size() - 4) != ".url") continue;
    const std::string name = key.substr(7, key.size() - 11);
    if (auto url = remote_url(cfg.get(), name)) out.push_back({name, *url});
  }
  std::sort(out.begin(), out.end(), [](const RemoteInfo& a, const RemoteInfo& b) { return a.name < b.name; });
  return out;
}

PullSummary pull(const std::filesystem::path& dir, const std::string& name, const StateMerge& merge_state,
                 const TransferObserver& observer) {
  ensure_libgit2();
  RepoPtr repo = open_store_repository(dir);
  RemotePtr remote = lookup_remote(repo.get(), name);
  fetch(remote.get(), name, observer);
  PullSummary summary;
  const std::string articles = tracking_prefix(name) + "articles/";
  for (const std::string& tracking : ref_names(repo.get(), articles + "*")) {
    ++summary.remote_articles;
    const std::string id_text = tracking.substr(articles.size());
    try {
      pull_article(repo.get(), name, ArticleId(id_text), tracking, summary);
    } catch (const Error& e) {
      if (e.kind() == ErrorKind::io) throw;  // a full disk stops the pull, not one article
      summary.problems.push_back(fmt::format("{}: {}", id_text, e.what()));
    }
  }
  const std::string states = tracking_prefix(name) + "revisor/";
  for (const std::string& tracking : ref_names(repo.get(), states + "*")) {
    const std::string state = tracking.substr(states.size());
    if (!valid_state_name(state)) continue;  // not one revisor writes
    if (pull_state(repo.get(), state, tracking, merge_state, name)) summary.states.push_back(state);
  }
  return summary;
}

PushSummary push(const std::filesystem::path& dir, const std::string& name, const TransferObserver& observer) {
  ensure_libgit2();
  RepoPtr repo = open_store_repository(dir);
  RemotePtr remote = lookup_remote(repo.get(), name);
  fetch(remote.get(), name, observer);
  PushSummary summary;
  std::vector<std::string> specs;
  const std::string articles_glob = std::string(format::kRefGlob);
  for (const std::string& ref : ref_names(repo.get(), articles_glob)) {
    const std::string id = ref.substr(format::kRefPrefix.size());
    const std::string tracking = tracking_prefix(name) + "articles/" + id;
    const std::optional<git_oid> mine = ref_target(repo.get(), ref);
    const std::optional<git_oid> theirs = ref_target(repo.get(), tracking);
    if (!mine) continue;
    if (!theirs || descends_from(repo.get(), *mine, *theirs)) {
      specs.push_back(fmt::format("{}:{}", ref, ref));
    } else if (git_oid_equal(&*mine, &*theirs)) {
      ++summary.up_to_date;
    } else if (adds_nothing(chain_links(repo.get(), ref), chain_links(repo.get(), tracking))) {
      // The local chain holds every version of the remote one (a pull merged them): it replaces it.
      specs.push_back(fmt::format("+{}:{}", ref, ref));
    } else {
      summary.diverged.push_back(id);
    }
  }
  for (const std::string& ref : ref_names(repo.get(), std::string(kStatePrefix) + "*")) {
    const std::string state = ref.substr(kStatePrefix.size());
    const std::optional<git_oid> mine = ref_target(repo.get(), ref);
    const std::optional<git_oid> theirs = ref_target(repo.get(), tracking_prefix(name) + "revisor/" + state);
    if (!mine) continue;
    if (theirs && git_oid_equal(&*mine, &*theirs)) {
      ++summary.up_to_date;
    } else if (!theirs || descends_from(repo.get(), *mine, *theirs)) {
      specs.push_back(fmt::format("{}:{}", ref, ref));
    } else {
      summary.diverged.push_back(fmt::format("state {}", state));
    }
  }
  if (specs.empty()) return summary;
  std::vector<char*> pointers;
  for (std::string& s : specs) pointers.push_back(s.data());
  const git_strarray refspecs{pointers.data(), pointers.size()};
  Transfer transfer(observer);
  git_push_options opts = GIT_PUSH_OPTIONS_INIT;
  opts.callbacks = transfer.callbacks();
  git_check(git_remote_push(remote.get(), &refspecs, &opts),
            fmt::format("pushing to the remote {} ({})", name, git_remote_url(remote.get())));
  summary.rejected = transfer.rejected;
  summary.pushed = specs.size() - transfer.rejected.size();
  return summary;
}

}  // namespace revisor::store
