#include "revisor/store/batch_writer.h"

#include <fmt/core.h>
#include <git2/sys/repository.h>
#include <sys/stat.h>

#include <algorithm>
#include <chrono>
#include <filesystem>
#include <map>
#include <set>
#include <thread>

#include "revisor/base/error.h"
#include "revisor/base/worker_pool.h"
#include "store/article_list.h"
#include "store/batch_objects.h"
#include "store/chain_edit.h"
#include "store/git_handles.h"
#include "store/pack_writer.h"
#include "store/packed_refs.h"
#include "store/ref_files.h"
#include "store/stale_lock.h"
#include "store/version_chain.h"

namespace revisor::store {
namespace {

namespace fs = std::filesystem;

using TransactionPtr = std::unique_ptr<git_transaction, CDeleter<git_transaction_free>>;

// Other writers moving the batch's refs this many times in a row: give up rather than spin.
constexpr int kMaxAttempts = 50;

// A batch's refs go into packed-refs, rewritten whole, while the file holds at most this many bytes
// per ref that moves; past that, each ref is its own file, as libgit2 writes it. On this project's
// VM a new ref file (lock, inode, link, unlink) cost 0.5 ms on ext4, 0.02 ms on tmpfs, and writing
// and syncing packed-refs about 1 ms per MB: at this limit the rewrite costs about what tmpfs's
// ref files do, and a tenth of ext4's.
constexpr std::uintmax_t kPackedBytesPerRef = 32 * 1024;

// Whether anything is at `path` (a ref file, its lock, its log); a path that cannot be examined
// counts as there, which sends its ref the careful way.
bool present(const fs::path& path) {
  struct stat st {};
  return ::lstat(path.c_str(), &st) == 0 || errno != ENOENT;
}

// One article of a batch: the chain as read (once), then as the batch's versions change it.
struct BatchArticle {
  ArticleId id;
  std::string ref;
  std::optional<git_oid> read_tip;
  std::vector<ChainLink> chain;
  std::vector<std::size_t> members;  // indexes into the batch, in batch order
  std::size_t changes = 0;
  std::string log_message;
  std::string refusal;  // the id itself cannot be stored
  std::string headline;  // of the chain's newest version, once the batch changed the chain
  bool packed = false;   // its ref moves in packed-refs in this attempt, not in its own file
  bool shadowed = false;  // moved in packed-refs, but a file of its own written meanwhile hides it
};

bool is_folder_of(const std::string& folder, const std::string& id) {
  return id.size() > folder.size() && id.compare(0, folder.size(), folder) == 0 && id[folder.size()] == '/';
}

// Among the batch's new ids, one that is the folder of another (or inside one) cannot be stored
// next to it; the first seen wins, as it would with one ingest at a time.
std::string nesting_in_batch(const std::set<std::string>& ids, const std::string& id) {
  for (auto slash = id.find('/'); slash != std::string::npos; slash = id.find('/', slash + 1))
    if (ids.count(id.substr(0, slash)))
      return fmt::format("article id \"{}\" cannot be stored: the article \"{}\" comes before it, and an id "
                         "cannot be the folder of another",
                         id, id.substr(0, slash));
  auto it = ids.lower_bound(id + "/");
  if (it != ids.end() && is_folder_of(id, *it))
    return fmt::format("article id \"{}\" cannot be stored: the article \"{}\" comes before it, and an id "
                       "cannot be the folder of another",
                       id, *it);
  return {};
}

}  // namespace

struct PreparedBatch::Impl {
  std::vector<IngestRequest> requests;  // never resized: each version points at its request
  std::vector<NewVersion> versions;
};

PreparedBatch::PreparedBatch(std::vector<IngestRequest> requests, std::size_t threads)
    : impl_(std::make_unique<Impl>()) {
  impl_->requests = std::move(requests);
  impl_->versions.resize(impl_->requests.size());
  for_each_index(impl_->requests.size(), threads,
                 [this](std::size_t i) { impl_->versions[i] = new_version(impl_->requests[i]); });
}

PreparedBatch::~PreparedBatch() = default;
PreparedBatch::PreparedBatch(PreparedBatch&&) noexcept = default;
PreparedBatch& PreparedBatch::operator=(PreparedBatch&&) noexcept = default;

const std::vector<IngestRequest>& PreparedBatch::requests() const { return impl_->requests; }

struct BatchWriter::Impl {
  OdbPtr store_odb;  // the store's objects; declared first, so it outlives `repo` and `objects`
  RepoPtr repo;      // its object database holds only `objects`
  BatchObjects* objects = nullptr;  // owned by the repository's object database
  fs::path dir;
  std::optional<PackedRefs> packed;  // packed-refs as this writer last read or wrote it
  std::size_t packs = 0;
  std::size_t threads = core_count();

  // Reads the article's chain afresh and places its versions; returns whether objects were written.
  bool place(BatchArticle& a, const std::vector<NewVersion>& versions, std::vector<BatchOutcome>& out) {
    VersionChain chain = read_chain(repo.get(), a.ref);
    a.read_tip = chain.tip;
    a.chain = links_of(chain);
    a.changes = 0;
    a.shadowed = false;
    if (!a.read_tip && a.refusal.empty()) a.refusal = nesting(a.id);
    for (std::size_t i : a.members) {
      out[i] = {};
      if (!a.refusal.empty()) {
        out[i].refusal = a.refusal;
        continue;
      }
      Placement p = place_version(repo.get(), a.chain, versions[i], a.id, objects);
      if (p.result.outcome != IngestOutcome::unchanged) {
        ++a.changes;
        a.log_message = std::move(p.log_message);
      }
      a.chain = std::move(p.chain);
      out[i].result = std::move(p.result);
    }
    if (a.changes > 0) a.headline = headline_of(a.chain.back().id);
    return a.changes > 0;
  }

  // check_no_nesting's refusal, or "" when `id` may be stored. libgit2 answers whether a ref is under
  // a folder by copying every packed ref, once per new article; packed-refs is read here already.
  std::string nesting(const ArticleId& id) {
    const std::string& s = id.str();
    if (auto parent = stored_folder_of(repo.get(), s)) return nesting_refusal(s, *parent);
    const std::string ref = format::article_ref(id);
    if (const std::string* under = packed->first_under(ref))
      return nesting_refusal(s, format::article_of_ref(*under).value_or(*under));
    const std::string folder = (dir / ref).string();
    struct stat st {};
    if (::stat(folder.c_str(), &st) != 0 || !S_ISDIR(st.st_mode)) return {};
    std::string found;
    walk_ref_tree(folder, [&](const std::string& path, bool is_dir) {
      if (is_dir || path.ends_with(".lock")) return true;
      found = path.substr(dir.string().size() + 1);
      return false;
    });
    return found.empty() ? std::string{} : nesting_refusal(s, format::article_of_ref(found).value_or(found));
  }

  // Which changed articles' refs move in packed-refs in this attempt: those with no file of their
  // own (a loose ref would win over packed-refs), no lock on one (a writer about to write one) and
  // no log to append to, whose chain only grows, while rewriting the file is the cheaper way.
  void choose_packed(std::map<std::string, BatchArticle>& articles) {
    std::vector<BatchArticle*> candidates;
    for (auto& [ref, a] : articles) {
      a.packed = false;
      if (a.changes > 0 && !replaces_chain(a.read_tip, a.chain) && !present(dir / ref) &&
          !present(dir / (ref + ".lock")) && !present(dir / "logs" / ref))
        candidates.push_back(&a);
    }
    if (candidates.empty() || packed->bytes() > kPackedBytesPerRef * candidates.size()) return;
    for (BatchArticle* a : candidates) a->packed = true;
  }

  // The headline list shows for a chain whose newest commit is `tip` (in memory or in the store).
  std::string headline_of(const git_oid& tip) {
    git_commit* raw = nullptr;
    const int rc = git_commit_lookup(&raw, repo.get(), &tip);
    CommitPtr commit(raw);
    git_check(rc, fmt::format("reading the commit {}", oid_hex(tip)));
    const char* summary = git_commit_summary(commit.get());
    return summary ? summary : "";
  }

  // Tells the list journal what the batch's moved articles now hold.
  void journal_moved(const std::map<std::string, BatchArticle>& articles) {
    std::vector<ListedArticle> listed;
    for (const auto& [ref, a] : articles) {
      if (a.changes == 0 || a.shadowed) continue;
      listed.push_back({a.chain.back().id, {a.id.str(), static_cast<int>(a.chain.size()), a.chain.front().time,
                                            a.chain.back().time, a.headline}});
    }
    journal_listed(dir, listed);
  }

  // Writes what the batch holds in memory as one pack in objects/pack, on disk before this returns.
  void write_pack() {
    const fs::path pack_dir = fs::path(git_repository_path(repo.get())) / "objects" / "pack";
    if (!store::write_pack(objects->objects(), pack_dir, threads).empty()) ++packs;
    objects->clear();
    git_check(git_odb_refresh(store_odb.get()), "reading the new pack");
  }
};

BatchWriter::BatchWriter(const ArticleStore& store) : impl_(std::make_unique<Impl>()) {
  ensure_libgit2();
  impl_->dir = store.dir();
  impl_->packed.emplace(impl_->dir);
  git_repository* raw = nullptr;
  int rc = git_repository_open_ext(&raw, store.dir().c_str(), GIT_REPOSITORY_OPEN_NO_SEARCH | GIT_REPOSITORY_OPEN_BARE,
                                   nullptr);
  impl_->repo.reset(raw);
  git_check(rc, fmt::format("opening the store {}", store.dir().string()));
  git_odb* raw_odb = nullptr;
  rc = git_repository_odb(&raw_odb, impl_->repo.get());
  impl_->store_odb.reset(raw_odb);
  git_check(rc, "opening the object database");
  rc = git_odb_new(&raw_odb);
  OdbPtr batch_odb(raw_odb);
  git_check(rc, "making an in-memory object database");
  BatchObjects* objects = BatchObjects::create(impl_->store_odb.get());
  rc = git_odb_add_backend(batch_odb.get(), objects->backend(), 1);
  if (rc < 0) {
    delete objects;
    git_check(rc, "adding an in-memory object database");
  }
  git_check(git_repository_set_odb(impl_->repo.get(), batch_odb.get()), "using an in-memory object database");
  impl_->objects = objects;
}

BatchWriter::~BatchWriter() = default;

std::size_t BatchWriter::packs_written() const { return impl_->packs; }

std::vector<BatchOutcome> BatchWriter::write(std::vector<IngestRequest> batch) {
  // Texts and their hashes depend on each request alone: made on every core, while the chains are
  // read and the commits written in this one thread.
  return write(PreparedBatch(std::move(batch), impl_->threads));
}

std::vector<BatchOutcome> BatchWriter::write(const PreparedBatch& prepared) {
  git_repository* repo = impl_->repo.get();
  // Whatever happens, the next batch starts with an empty in-memory database.
  struct ClearObjects {
    BatchObjects* objects;
    ~ClearObjects() { objects->clear(); }
  } clear{impl_->objects};
  const std::vector<IngestRequest>& batch = prepared.impl_->requests;
  const std::vector<NewVersion>& versions = prepared.impl_->versions;

  std::vector<BatchOutcome> out(batch.size());
  std::map<std::string, BatchArticle> articles;  // by ref: the order in which refs are locked
  std::vector<BatchArticle*> in_order;           // by first appearance
  for (std::size_t i = 0; i < batch.size(); ++i) {
    const std::string ref = format::article_ref(batch[i].article);
    auto [it, fresh] = articles.try_emplace(ref, BatchArticle{batch[i].article, ref, {}, {}, {}, 0, {}, {}, {}});
    if (fresh) in_order.push_back(&it->second);
    it->second.members.push_back(i);
  }
  std::set<std::string> ids;
  bool wrote = false;
  impl_->packed->refresh();
  for (BatchArticle* a : in_order) {
    a->refusal = nesting_in_batch(ids, a->id.str());
    if (a->refusal.empty()) ids.insert(a->id.str());
    wrote = impl_->place(*a, versions, out) || wrote;
  }

  git_signature* raw_sig = nullptr;
  int rc = git_signature_now(&raw_sig, "revisor", "revisor@localhost");
  SignaturePtr sig(raw_sig);
  git_check(rc, "making the reflog signature");
  std::string last_locked;  // the ref whose lock stopped the last attempt
  // What a failure leaves: nothing, or (after a packed ref was hidden and is being redone) the
  // batch's other articles.
  bool stored_some = false;
  auto what_was_stored = [&] {
    return stored_some ? "the batch's other articles were stored" : "nothing of this batch was stored";
  };
  auto explain_lock = [&](const std::string& ref, std::chrono::seconds stale_after) {
    try {
      explain_stale_lock(impl_->dir, ref, stale_after);
    } catch (const Error& e) {
      throw Error(e.kind(), fmt::format("{}; {}", e.what(), what_was_stored()));
    }
  };
  for (int attempt = 0;; ++attempt) {
    if (wrote) impl_->write_pack();
    wrote = false;
    impl_->choose_packed(articles);
    const bool any_packed =
        std::any_of(articles.begin(), articles.end(), [](const auto& e) { return e.second.packed; });
    git_transaction* raw_tx = nullptr;
    git_check(git_transaction_new(&raw_tx, repo), "starting to move the batch's refs");
    TransactionPtr tx(raw_tx);
    std::optional<PackedRefsLock> packed_lock;
    std::vector<BatchArticle*> moved;
    bool locked_out = false;
    for (auto& [ref, a] : articles) {
      if (a.changes == 0 || a.packed) continue;
      rc = git_transaction_lock_ref(tx.get(), ref.c_str());
      if (rc == GIT_ELOCKED) {
        explain_lock(ref, kStaleLockAge);
        locked_out = true;  // another writer is moving it now: try again after it
        last_locked = ref;
        break;
      }
      git_check(rc, fmt::format("locking {}", ref));
      git_oid current;
      rc = git_reference_name_to_id(&current, repo, ref.c_str());
      if (rc != GIT_ENOTFOUND) git_check(rc, fmt::format("reading {}", ref));
      const bool exists = rc == 0;
      if (exists != a.read_tip.has_value() || (exists && !git_oid_equal(&current, &*a.read_tip))) {
        moved.push_back(&a);
        continue;
      }
      if (replaces_chain(a.read_tip, a.chain)) start_ref_log(repo, ref);
      const std::string message = a.changes == 1
                                      ? a.log_message
                                      : fmt::format("revisor ingest: {} versions in one batch", a.changes);
      git_check(git_transaction_set_target(tx.get(), ref.c_str(), &a.chain.back().id, sig.get(), message.c_str()),
                fmt::format("moving {}", ref));
    }
    if (!locked_out && any_packed) {
      packed_lock.emplace(impl_->dir);
      if (!packed_lock->held()) {
        explain_lock("packed-refs", kStaleLockAge);
        locked_out = true;
        last_locked = "packed-refs";
      } else {
        impl_->packed->refresh();  // as it is now that no other writer can change it
        for (auto& [ref, a] : articles) {
          if (!a.packed) continue;
          const std::string* current = impl_->packed->find(ref);
          const bool same = current ? a.read_tip && *current == oid_hex(*a.read_tip) : !a.read_tip;
          if (!same || present(impl_->dir / ref)) moved.push_back(&a);
        }
      }
    }
    if (!locked_out && moved.empty()) {
      if (any_packed) {
        for (auto& [ref, a] : articles)
          if (a.packed) impl_->packed->set(ref, oid_hex(a.chain.back().id));
        impl_->packed->write(*packed_lock);
      }
      git_check(git_transaction_commit(tx.get()), "moving the batch's refs");
      // A writer of that one ref who read it before packed-refs changed writes the ref's own file,
      // which hides the packed one: the article is redone on top of what that writer stored.
      for (auto& [ref, a] : articles) {
        if (!a.packed || !(present(impl_->dir / ref) || present(impl_->dir / (ref + ".lock")))) continue;
        a.shadowed = true;
        moved.push_back(&a);
      }
      impl_->journal_moved(articles);
      if (moved.empty()) return out;
      stored_some = true;
      for (auto& [ref, a] : articles)
        if (!a.shadowed) a.changes = 0;  // stored: later attempts leave it
    }
    tx.reset();  // releases every lock
    packed_lock.reset();
    if (attempt + 1 >= kMaxAttempts) {
      // Still locked after every attempt: most likely a lock left by a killed process.
      if (locked_out) explain_lock(last_locked, std::chrono::seconds{0});
      throw Error(ErrorKind::conflict,
                  fmt::format("gave up adding a batch of {} versions after {} attempts: other writers kept "
                              "changing its articles; {}",
                              batch.size(), kMaxAttempts, what_was_stored()));
    }
    // Another writer's versions came first: this batch's go into the chain as it is now. One that
    // hid a packed ref may still be writing its ref file: its chain is the one to build on.
    for (BatchArticle* a : moved) {
      while (a->shadowed && present(impl_->dir / (a->ref + ".lock"))) {
        explain_lock(a->ref, kStaleLockAge);
        std::this_thread::sleep_for(std::chrono::milliseconds(1));
      }
      wrote = impl_->place(*a, versions, out) || wrote;
    }
    std::this_thread::sleep_for(std::chrono::milliseconds(1 + attempt * 2));
  }
}

}  // namespace revisor::store
