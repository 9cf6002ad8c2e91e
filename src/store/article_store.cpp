#include "revisor/store/article_store.h"

#include <fmt/core.h>

#include <algorithm>
#include <chrono>
#include <cstring>
#include <random>
#include <system_error>
#include <thread>

#include "revisor/base/error.h"
#include "store/article_list.h"
#include "store/chain_edit.h"
#include "store/event_tree.h"
#include "store/commit_writer.h"
#include "store/git_handles.h"
#include "store/stale_lock.h"
#include "store/verify_refs.h"
#include "store/version_chain.h"

namespace revisor::store {
namespace {

namespace fs = std::filesystem;

// Enough for dozens of processes ingesting into one article at once.
constexpr int kMaxAttempts = 200;

ConfigPtr repo_config(git_repository* repo, const fs::path& dir) {
  git_config* raw = nullptr;
  int rc = git_repository_config(&raw, repo);
  ConfigPtr cfg(raw);
  git_check(rc, fmt::format("reading the configuration of {}", dir.string()));
  return cfg;
}

std::string trailer(git_commit* commit, std::string_view key) {
  TrailerArray t;
  if (git_message_trailers(&t.arr, git_commit_message(commit)) < 0) return {};
  for (std::size_t i = 0; i < t.arr.count; ++i)
    if (key == t.arr.trailers[i].key) return t.arr.trailers[i].value;
  return {};
}

void wait_before_retry(int attempt) {
  static thread_local std::minstd_rand rng(std::random_device{}());
  int cap = std::min(50, 1 + attempt * 2);
  std::this_thread::sleep_for(std::chrono::milliseconds(1 + static_cast<int>(rng() % cap)));
}

}  // namespace

struct ArticleStore::Impl {
  RepoPtr repo;
  fs::path dir;

  VersionChain chain(const ArticleId& id) const { return read_chain(repo.get(), format::article_ref(id)); }

  VersionChain existing_chain(const ArticleId& id) const {
    VersionChain c = chain(id);
    if (c.entries.empty())
      throw Error(ErrorKind::not_found,
                  fmt::format("no article \"{}\" in the store {}", id.str(), dir.string()));
    return c;
  }

  text::VersionMeta meta_of(const ChainEntry& e, int number) const {
    text::VersionMeta m;
    m.number = number;
    m.commit = oid_hex(e.id);
    m.observed_at = e.time;
    m.headline = git_commit_summary(e.commit.get());
    m.url = trailer(e.commit.get(), format::kSourceUrlTrailer);
    git_odb* raw = nullptr;
    int rc = git_repository_odb(&raw, repo.get());
    OdbPtr odb(raw);
    git_check(rc, "opening the object database");
    std::size_t len = 0;
    git_object_t type{};
    git_check(git_odb_read_header(&len, &type, odb.get(), &e.text_blob),
              fmt::format("reading the size of article.txt in {}", m.commit));
    m.bytes = len;
    return m;
  }

  std::string blob_text(const git_oid& id, std::string_view where) const {
    git_blob* raw = nullptr;
    int rc = git_blob_lookup(&raw, repo.get(), &id);
    BlobPtr blob(raw);
    git_check(rc, fmt::format("reading {}", where));
    return std::string(static_cast<const char*>(git_blob_rawcontent(blob.get())),
                       static_cast<std::size_t>(git_blob_rawsize(blob.get())));
  }

  std::string text_of(const ChainEntry& e) const {
    return blob_text(e.text_blob, fmt::format("{} of {}", format::kTextEntry, oid_hex(e.id)));
  }

  format::VersionRecord record_of(const ChainEntry& e, const ArticleId& id) const {
    return read_record(repo.get(), e.id, id);
  }

  // The index into chain.entries of 1-based version `number` (0: the newest).
  std::size_t index_of(const VersionChain& chain, const ArticleId& id, int number) const {
    const int n = static_cast<int>(chain.entries.size());
    if (number == 0) number = n;
    if (number < 1 || number > n)
      throw Error(ErrorKind::not_found,
                  fmt::format("article \"{}\" has {} version{}; there is no version {}", id.str(), n,
                              n == 1 ? "" : "s", number));
    return static_cast<std::size_t>(number - 1);
  }

  text::ArticleVersion version_of(const ChainEntry& e, int number) const {
    return {meta_of(e, number), text::Document::parse(text_of(e))};
  }

  // Every article ref (refs/articles/<id>), sorted.
  std::vector<std::string> article_refs() const {
    git_reference_iterator* raw = nullptr;
    int rc = git_reference_iterator_glob_new(&raw, repo.get(), std::string(format::kRefGlob).c_str());
    RefIteratorPtr iter(raw);
    git_check(rc, fmt::format("listing the articles of {}", dir.string()));
    std::vector<std::string> refs;
    const char* name = nullptr;
    while ((rc = git_reference_next_name(&name, iter.get())) == 0) refs.emplace_back(name);
    if (rc != GIT_ITEROVER) git_check(rc, fmt::format("listing the articles of {}", dir.string()));
    std::sort(refs.begin(), refs.end());
    return refs;
  }

  void explain_stale_lock(const std::string& ref, std::chrono::seconds stale_after = kStaleLockAge) const {
    store::explain_stale_lock(dir, ref, stale_after);
  }

  // Moves the ref from `old_tip` (none: the ref must not exist) to `new_tip`. Throws
  // Error(conflict) when another writer moved it first.
  void update_ref(const std::string& ref, const std::optional<git_oid>& old_tip,
                  const git_oid& new_tip, const std::string& log_message) {
    git_reference* raw = nullptr;
    // libgit2 checks "must not exist" (force = 0) before it takes the ref's lock, so two first
    // versions written at once could both win. An all-zero expected id is compared under the lock
    // and means "must be absent".
    git_oid absent;
    std::memset(&absent, 0, sizeof absent);
    int rc = git_reference_create_matching(&raw, repo.get(), ref.c_str(), &new_tip, 1,
                                           old_tip ? &*old_tip : &absent, log_message.c_str());
    ReferencePtr owned(raw);
    if (rc == GIT_ELOCKED) explain_stale_lock(ref);
    git_check(rc, fmt::format("updating {}", ref));
  }
};

ArticleStore::ArticleStore(std::unique_ptr<Impl> impl) : impl_(std::move(impl)) {}
ArticleStore::ArticleStore(ArticleStore&&) noexcept = default;
ArticleStore& ArticleStore::operator=(ArticleStore&&) noexcept = default;
ArticleStore::~ArticleStore() = default;

const fs::path& ArticleStore::dir() const { return impl_->dir; }

ArticleStore ArticleStore::init(const fs::path& dir) {
  ensure_libgit2();
  std::error_code ec;
  if (fs::exists(dir, ec) && !(fs::is_directory(dir, ec) && fs::is_empty(dir, ec)))
    throw Error(ErrorKind::bad_input,
                fmt::format("cannot make a store at {}: it exists and is not an empty directory",
                            dir.string()));
  git_repository* raw = nullptr;
  int rc = git_repository_init(&raw, dir.c_str(), 1);
  auto impl = std::make_unique<Impl>();
  impl->repo.reset(raw);
  impl->dir = dir;
  git_check(rc, fmt::format("making a store at {}", dir.string()));
  ConfigPtr cfg = repo_config(raw, dir);
  // Bare repositories keep no reflog by default; the reflog is what keeps a chain replaced by
  // an out-of-order insertion reachable. "true", not "always": a ref is logged once it has a log,
  // and the store starts one only where a chain is replaced (start_ref_log).
  git_check(git_config_set_string(cfg.get(), "core.logAllRefUpdates", "true"),
            fmt::format("configuring {}", dir.string()));
  // ...and `git gc` would expire replaced chains after 30 days: keep them.
  for (const char* key : {"gc.reflogExpire", "gc.reflogExpireUnreachable"})
    git_check(git_config_set_string(cfg.get(), key, "never"),
              fmt::format("configuring {}", dir.string()));
  git_check(git_config_set_int32(cfg.get(), format::kFormatConfigKey, format::kFormatVersion),
            fmt::format("configuring {}", dir.string()));
  return ArticleStore(std::move(impl));
}

namespace {

bool holds_articles(git_repository* repo) {
  git_reference_iterator* raw = nullptr;
  if (git_reference_iterator_glob_new(&raw, repo, std::string(format::kRefGlob).c_str()) < 0) return false;
  RefIteratorPtr iter(raw);
  const char* name = nullptr;
  return git_reference_next_name(&name, iter.get()) == 0;
}

}  // namespace

ArticleStore ArticleStore::open(const fs::path& dir) {
  ensure_libgit2();
  auto not_a_store = [&](std::string_view why) {
    // init makes a new directory or fills an empty one: naming this one anywhere else would send
    // the user into init's own refusal.
    std::error_code exists_error;
    const bool init_here = !fs::exists(dir, exists_error) ||
                           (fs::is_directory(dir, exists_error) && fs::is_empty(dir, exists_error));
    return Error(ErrorKind::not_found,
                 fmt::format("{} is not a revisor store ({}); make one with: revisor init {}", dir.string(),
                             why, init_here ? dir.string() : "DIR (a new or empty directory)"));
  };
  std::error_code ec;
  if (!fs::is_directory(dir, ec)) throw not_a_store("no such directory");
  git_repository* raw = nullptr;
  int rc = git_repository_open_ext(&raw, dir.c_str(),
                                   GIT_REPOSITORY_OPEN_NO_SEARCH | GIT_REPOSITORY_OPEN_BARE, nullptr);
  auto impl = std::make_unique<Impl>();
  impl->repo.reset(raw);
  impl->dir = dir;
  if (rc == GIT_ENOTFOUND) throw not_a_store("no git repository there");
  git_check(rc, fmt::format("opening the store {}", dir.string()));
  if (!git_repository_is_bare(raw)) throw not_a_store("a git work tree, not a bare repository");
  ConfigPtr cfg = repo_config(raw, dir);
  int32_t version = 0;
  if (git_config_get_int32(&version, cfg.get(), format::kFormatConfigKey) < 0) {
    // `git clone --mirror` of a store copies its refs but not its config: articles under
    // refs/articles/ make it a store of the one format that existed before the key could be lost.
    if (!holds_articles(raw)) throw not_a_store(fmt::format("a git repository without {}", format::kFormatConfigKey));
    version = format::kFormatVersion;
  }
  if (version > format::kFormatVersion)
    throw Error(ErrorKind::store,
                fmt::format("the store {} has format {}, written by a newer revisor; this revisor reads "
                            "format {} and will not misread or change it: use a newer revisor",
                            dir.string(), version, format::kFormatVersion));
  if (version != format::kFormatVersion)
    throw Error(ErrorKind::store, fmt::format("the store {} has format {}; this revisor reads "
                                              "format {}",
                                              dir.string(), version, format::kFormatVersion));
  return ArticleStore(std::move(impl));
}

IngestResult ArticleStore::ingest(const IngestRequest& request) {
  const NewVersion v = new_version(request);
  const std::string ref = format::article_ref(request.article);
  git_repository* repo = impl_->repo.get();

  for (int attempt = 0;; ++attempt) {
    VersionChain chain = read_chain(repo, ref);
    if (!chain.tip) check_no_nesting(repo, request.article);
    Placement placed;
    try {
      placed = place_version(repo, links_of(chain), v, request.article);
    } catch (const Error& e) {
      // Nothing points at what was written so far: the article is as it was.
      throw Error(e.kind(), fmt::format("adding a version of {} (observed {}); the article is unchanged: {}",
                                        request.article.str(), to_iso8601(v.time), e.what()));
    }
    if (placed.result.outcome == IngestOutcome::unchanged) return placed.result;
    try {
      if (replaces_chain(chain.tip, placed.chain)) start_ref_log(repo, ref);
      impl_->update_ref(ref, chain.tip, placed.tip, placed.log_message);
      return placed.result;
    } catch (const Error& e) {
      if (e.kind() != ErrorKind::conflict) throw;
      if (attempt + 1 >= kMaxAttempts) {
        // Still locked after every attempt: most likely a lock left by a killed process.
        impl_->explain_stale_lock(ref, std::chrono::seconds{0});
        throw Error(ErrorKind::store,
                    fmt::format("gave up adding a version of {} after {} attempts: other writers "
                                "kept changing it ({})",
                                request.article.str(), kMaxAttempts, e.what()));
      }
    }
    wait_before_retry(attempt);
  }
}

std::vector<text::VersionMeta> ArticleStore::log(const ArticleId& id) const {
  VersionChain chain = impl_->existing_chain(id);
  std::vector<text::VersionMeta> out;
  for (std::size_t i = 0; i < chain.entries.size(); ++i)
    out.push_back(impl_->meta_of(chain.entries[i], static_cast<int>(i) + 1));
  return out;
}

std::vector<text::ArticleVersion> ArticleStore::history(const ArticleId& id) const {
  VersionChain chain = impl_->existing_chain(id);
  std::vector<text::ArticleVersion> out;
  for (std::size_t i = 0; i < chain.entries.size(); ++i)
    out.push_back(impl_->version_of(chain.entries[i], static_cast<int>(i) + 1));
  return out;
}

text::ArticleVersion ArticleStore::version(const ArticleId& id, int number) const {
  VersionChain chain = impl_->existing_chain(id);
  const std::size_t at = impl_->index_of(chain, id, number);
  return impl_->version_of(chain.entries[at], static_cast<int>(at) + 1);
}

format::VersionRecord ArticleStore::record(const ArticleId& id, int number) const {
  VersionChain chain = impl_->existing_chain(id);
  return impl_->record_of(chain.entries[impl_->index_of(chain, id, number)], id);
}

std::vector<ArticleSummary> ArticleStore::list() const { return list_articles(impl_->repo.get(), impl_->dir); }

std::vector<ArticleId> ArticleStore::ids() const {
  std::vector<ArticleId> out;
  for (const auto& ref : impl_->article_refs())
    if (auto id = format::article_of_ref(ref)) out.emplace_back(std::move(*id));
  return out;
}

RepoPtr open_store_repository(const fs::path& dir) {
  ArticleStore::open(dir);
  git_repository* raw = nullptr;
  const int rc = git_repository_open_bare(&raw, dir.c_str());
  RepoPtr repo(raw);
  git_check(rc, fmt::format("opening the store {}", dir.string()));
  return repo;
}

std::vector<text::PageEvent> ArticleStore::events(const ArticleId& id) const {
  return read_events(impl_->repo.get(), id);
}

bool ArticleStore::contains(const ArticleId& id) const {
  git_oid oid;
  int rc = git_reference_name_to_id(&oid, impl_->repo.get(), format::article_ref(id).c_str());
  if (rc == GIT_ENOTFOUND) return false;
  git_check(rc, fmt::format("looking up {}", id.str()));
  return true;
}

VerifyReport ArticleStore::verify(const std::vector<ArticleId>& ids, const VerifyObserver& observer) const {
  std::vector<std::string> refs;
  if (ids.empty()) {
    refs = impl_->article_refs();
  } else {
    for (const auto& id : ids) {
      if (!contains(id))
        throw Error(ErrorKind::not_found,
                    fmt::format("no article \"{}\" in the store {}", id.str(), impl_->dir.string()));
      std::string ref = format::article_ref(id);
      if (std::find(refs.begin(), refs.end(), ref) == refs.end()) refs.push_back(std::move(ref));
    }
  }
  return verify_refs(impl_->repo.get(), refs, observer);
}

}  // namespace revisor::store
