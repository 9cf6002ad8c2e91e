#include "revisor/store/store_gc.h"

#include <fcntl.h>
#include <git2/sys/midx.h>
#include <git2/sys/odb_backend.h>
#include <fmt/core.h>
#include <unistd.h>

#include <algorithm>
#include <cerrno>
#include <chrono>
#include <cstring>
#include <system_error>
#include <thread>
#include <unordered_set>
#include <vector>

#include "revisor/base/atomic_file.h"
#include "revisor/base/error.h"
#include "revisor/store/article_store.h"
#include "revisor/store/store_format.h"
#include "store/git_handles.h"
#include "store/ref_files.h"
#include "store/stale_lock.h"

namespace revisor::store {
namespace {

namespace fs = std::filesystem;

using PackbuilderPtr = std::unique_ptr<git_packbuilder, CDeleter<git_packbuilder_free>>;
using ReflogPtr = std::unique_ptr<git_reflog, CDeleter<git_reflog_free>>;
using MidxWriterPtr = std::unique_ptr<git_midx_writer, CDeleter<git_midx_writer_free>>;

// git's multi-pack-index: one sorted index of the objects of many packs.
constexpr const char* kMultiPackIndex = "multi-pack-index";

struct OidHash {
  std::size_t operator()(const git_oid& o) const noexcept {
    std::size_t h;
    std::memcpy(&h, o.id, sizeof h);  // object ids are uniformly distributed already
    return h;
  }
};
struct OidEqual {
  bool operator()(const git_oid& a, const git_oid& b) const noexcept { return git_oid_equal(&a, &b); }
};
using OidSet = std::unordered_set<git_oid, OidHash, OidEqual>;

std::uint64_t folder_bytes(const fs::path& dir) {
  std::uint64_t total = 0;
  std::error_code ec;
  for (fs::recursive_directory_iterator it(dir, ec), end; !ec && it != end; it.increment(ec)) {
    std::error_code size_ec;
    if (it->is_regular_file(size_ec)) {
      auto n = it->file_size(size_ec);
      if (!size_ec) total += n;
    }
  }
  return total;
}

// The ids of every object in the pack whose index is `idx`, read through libgit2's own pack reader.
OidSet objects_in_pack(const fs::path& idx) {
  git_odb* raw_odb = nullptr;
  git_check(git_odb_new(&raw_odb), "opening an empty object database");
  OdbPtr odb(raw_odb);
  git_odb_backend* backend = nullptr;
  git_check(git_odb_backend_one_pack(&backend, idx.c_str()), fmt::format("opening the pack {}", idx.string()));
  if (int rc = git_odb_add_backend(odb.get(), backend, 1); rc < 0) {
    backend->free(backend);
    git_check(rc, fmt::format("opening the pack {}", idx.string()));
  }
  OidSet ids;
  git_check(git_odb_foreach(
                odb.get(),
                [](const git_oid* id, void* payload) {
                  static_cast<OidSet*>(payload)->insert(*id);
                  return 0;
                },
                &ids),
            fmt::format("reading the index {}", idx.string()));
  return ids;
}

std::vector<fs::path> pack_indexes(const fs::path& pack_dir) {
  std::vector<fs::path> out;
  std::error_code ec;
  for (fs::directory_iterator it(pack_dir, ec), end; !ec && it != end; it.increment(ec))
    if (it->path().extension() == ".idx" && it->path().filename().string().starts_with("pack-"))
      out.push_back(it->path());
  return out;
}

std::size_t files_under(const fs::path& dir) {
  std::size_t n = 0;
  std::error_code ec;
  for (fs::recursive_directory_iterator it(dir, ec), end; !ec && it != end; it.increment(ec)) {
    std::error_code type_ec;
    if (it->is_regular_file(type_ec)) ++n;
  }
  return n;
}

using RefdbPtr = std::unique_ptr<git_refdb, CDeleter<git_refdb_free>>;

// What the lock files under `dir`/refs and packed-refs.lock lock: each a ref ("refs/articles/x")
// or "packed-refs", held by a writer.
std::vector<std::string> locked_refs(const fs::path& dir) {
  std::vector<std::string> out;
  const std::string refs = (dir / "refs").string();
  walk_ref_tree(refs, [&](const std::string& path, bool is_dir) {
    constexpr std::string_view kLock = ".lock";
    if (!is_dir && path.ends_with(kLock))
      out.push_back("refs" + path.substr(refs.size(), path.size() - refs.size() - kLock.size()));
    return true;
  });
  std::error_code ec;
  if (fs::exists(dir / "packed-refs.lock", ec)) out.emplace_back("packed-refs");
  return out;
}

// Moves the loose refs into packed-refs: `list` and every ref lookup then read one file rather than
// one per article. libgit2 deletes a loose ref only under its lock and only if it still holds the
// packed value, so an ingest moving a ref meanwhile keeps its loose ref, which wins.
//
// libgit2 (1.5) means to skip a ref another process holds locked, but it tests for GIT_EEXISTS
// where its lock reports GIT_ELOCKED, so an ingest writing one article at that moment stopped the
// whole gc. By then packed-refs is written and each ref still loose wins, so packing again is safe:
// a writer holds a ref's lock for a moment. Locks still there after every attempt are either left by
// a killed process (named, with the rm that removes them) or a busy writer's (the refs stay loose).
std::size_t pack_refs(git_repository* repo, const fs::path& dir, bool& refs_busy) {
  constexpr int kAttempts = 20;
  const std::size_t before = files_under(dir / "refs");
  for (int attempt = 1;; ++attempt) {
    git_refdb* raw = nullptr;
    int rc = git_repository_refdb(&raw, repo);
    RefdbPtr refdb(raw);
    git_check(rc, "opening the store's refs");
    rc = git_refdb_compress(refdb.get());
    if (rc != GIT_ELOCKED) {
      git_check(rc, fmt::format("packing the refs into {}", (dir / "packed-refs").string()));
      break;
    }
    if (attempt == kAttempts) {
      git_error_clear();
      for (const std::string& ref : locked_refs(dir)) explain_stale_lock(dir, ref);
      refs_busy = true;
      break;
    }
    std::this_thread::sleep_for(std::chrono::milliseconds(attempt * 5));
  }
  const std::size_t after = files_under(dir / "refs");
  return before > after ? before - after : 0;
}

// Removes `path`; a file already gone is no failure (a concurrent gc got there first).
bool remove_file(const fs::path& path) {
  if (::unlink(path.c_str()) == 0) return true;
  if (errno == ENOENT) return false;
  throw Error(ErrorKind::io, fmt::format("removing {}: {}", path.string(), std::strerror(errno)));
}

// Removes the emptied objects/xx folders (each takes a disk block). rmdir removes only an empty
// folder, so an object written meanwhile keeps its folder; an ingest that made sure of the folder an
// instant before may still find it gone and fail, leaving the store as it was, to be run again.
void remove_empty_fanout(const fs::path& objects) {
  for (int i = 0; i < 256; ++i) {
    const fs::path dir = objects / fmt::format("{:02x}", i);
    ::rmdir(dir.c_str());  // ENOTEMPTY and ENOENT are the expected refusals
  }
}

// An article's commits: those of the chain its ref names and of every chain its reflog names (one
// replaced by an out-of-order insertion is kept reachable through the reflog and must be packed
// too).
struct ArticleCommits {
  std::string id;
  std::vector<git_oid> commits;
};

// Follows each chain parent by parent until a commit already seen: a chain is linear (one parent per
// commit), and a revwalk reused across articles costs a reset that grows with every commit it has seen.
ArticleCommits article_commits(git_repository* repo, std::string id, const std::vector<git_oid>& starts) {
  ArticleCommits out{std::move(id), {}};
  OidSet seen;  // an article's chains share commits; two articles never do
  for (const git_oid& start : starts) {
    git_oid at = start;
    while (!seen.count(at)) {
      git_commit* raw_commit = nullptr;
      int rc = git_commit_lookup(&raw_commit, repo, &at);
      CommitPtr commit(raw_commit);
      if (rc == GIT_ENOTFOUND && git_oid_equal(&at, &start)) {
        // A reflog naming a commit that is gone is damage verify reports; gc packs what exists.
        git_error_clear();
        break;
      }
      git_check(rc, fmt::format("reading commit {} of {}", oid_hex(at), out.id));
      seen.insert(at);
      out.commits.push_back(at);
      if (git_commit_parentcount(commit.get()) == 0) break;
      at = *git_commit_parent_id(commit.get(), 0);
    }
  }
  return out;
}

// Every article's commits, in the order of their ids.
std::vector<ArticleCommits> all_articles(git_repository* repo) {
  git_reference_iterator* raw_iter = nullptr;
  int rc = git_reference_iterator_glob_new(&raw_iter, repo, std::string(format::kRefGlob).c_str());
  RefIteratorPtr iter(raw_iter);
  git_check(rc, "listing the articles");
  const char* name = nullptr;
  std::vector<std::string> names;
  while ((rc = git_reference_next_name(&name, iter.get())) == 0) names.emplace_back(name);
  if (rc != GIT_ITEROVER) git_check(rc, "listing the articles");
  std::vector<ArticleCommits> out;
  out.reserve(names.size());
  for (const auto& ref : names) {
    git_oid tip;
    rc = git_reference_name_to_id(&tip, repo, ref.c_str());
    if (rc == GIT_ENOTFOUND) continue;  // removed since it was listed
    git_check(rc, fmt::format("reading {}", ref));
    std::vector<git_oid> starts{tip};
    git_reflog* raw_log = nullptr;
    rc = git_reflog_read(&raw_log, repo, ref.c_str());
    ReflogPtr log(raw_log);
    git_check(rc, fmt::format("reading the reflog of {}", ref));
    for (std::size_t i = 0; i < git_reflog_entrycount(log.get()); ++i) {
      const git_reflog_entry* e = git_reflog_entry_byindex(log.get(), i);
      for (const git_oid* id : {git_reflog_entry_id_old(e), git_reflog_entry_id_new(e)})
        if (!git_oid_is_zero(id)) starts.push_back(*id);
    }
    out.push_back(article_commits(repo, format::article_of_ref(ref).value_or(ref), starts));
  }
  std::sort(out.begin(), out.end(), [](const ArticleCommits& x, const ArticleCommits& y) { return x.id < y.id; });
  return out;
}

// Inserts every object of the article's commits into the pack, each named by the article. libgit2
// looks for deltas among objects of similar name (by the end of the name) and size; with the file
// names a tree gives ("article.txt", the same in every article) it compares texts of unrelated
// articles of similar length, while the versions of one article are what nearly match. Named by a
// MinHash of the text instead, so that articles sharing a wire story would be compared too, the
// store grew from 24.5 % to 31.5 % of the text at 100,000 generated versions and gc took twice as
// long: an article's versions lost their place in the delta window to other articles.
void insert_article(git_repository* repo, git_packbuilder* pb, const ArticleCommits& a) {
  const std::string& name = a.id;
  for (const git_oid& id : a.commits) {
    git_commit* raw_commit = nullptr;
    int rc = git_commit_lookup(&raw_commit, repo, &id);
    CommitPtr commit(raw_commit);
    git_check(rc, fmt::format("reading commit {} of {}", oid_hex(id), a.id));
    git_check(git_packbuilder_insert(pb, &id, name.c_str()), fmt::format("packing {}", a.id));
    git_tree* raw_tree = nullptr;
    rc = git_commit_tree(&raw_tree, commit.get());
    TreePtr tree(raw_tree);
    git_check(rc, fmt::format("reading the tree of commit {} of {}", oid_hex(id), a.id));
    git_check(git_packbuilder_insert(pb, git_tree_id(tree.get()), name.c_str()), fmt::format("packing {}", a.id));
    for (std::size_t i = 0; i < git_tree_entrycount(tree.get()); ++i) {
      const git_tree_entry* e = git_tree_entry_byindex(tree.get(), i);
      if (git_tree_entry_type(e) != GIT_OBJECT_BLOB) continue;
      git_check(git_packbuilder_insert(pb, git_tree_entry_id(e), name.c_str()), fmt::format("packing {}", a.id));
    }
  }
}

struct OidLess {
  bool operator()(const git_oid& a, const git_oid& b) const noexcept { return git_oid_cmp(&a, &b) < 0; }
};

// Writes the pack `pb` holds into `pack_dir` (synced), removes the loose copies of what it holds,
// and returns its index's path; adds what it holds to `packed` and the counts to `summary`.
fs::path write_piece(git_packbuilder* pb, const fs::path& objects, const fs::path& pack_dir,
                     std::vector<git_oid>& packed, GcSummary& summary, const GcObserver& observer,
                     std::size_t piece) {
  struct Report {
    const GcObserver* observer;
    std::string prefix;
  } report{&observer, fmt::format("pack {}: ", piece)};
  git_check(git_packbuilder_write(
                pb, pack_dir.c_str(), 0,
                [](const git_indexer_progress* stats, void* payload) {
                  auto* r = static_cast<Report*>(payload);
                  if (*r->observer) (*r->observer)(r->prefix + "writing", stats->indexed_objects, stats->total_objects);
                  return 0;
                },
                &report),
            fmt::format("writing a pack into {}", pack_dir.string()));
  sync_to_disk(pack_dir);
  const std::string name = git_packbuilder_name(pb);
  summary.packs.push_back((pack_dir / fmt::format("pack-{}.pack", name)).string());
  const fs::path idx = pack_dir / fmt::format("pack-{}.idx", name);
  // What the pack on disk holds, read back from its index rather than assumed from the walk.
  const OidSet held = objects_in_pack(idx);
  summary.objects_packed += held.size();
  for (const git_oid& id : held) {
    packed.push_back(id);
    const std::string hex = oid_hex(id);
    if (remove_file(objects / hex.substr(0, 2) / hex.substr(2))) ++summary.loose_removed;
  }
  return idx;
}

// Has `repo` look at the pack folder again (packs and multi-pack-index written or removed).
void refresh_objects(git_repository* repo) {
  git_odb* raw = nullptr;
  git_check(git_repository_odb(&raw, repo), "opening the object database");
  OdbPtr odb(raw);
  git_check(git_odb_refresh(odb.get()), "reading the pack folder again");
}

// Writes a multi-pack-index over `indexes` (packs in `pack_dir`) and has `repo` read through it. A
// store bulk-ingested in batches has a pack per 1,000 versions, and libgit2 looks an object up in
// one pack index after another: with 1,001 packs, gc spent a quarter of its time comparing object
// ids. Through one index each look-up is one binary search.
void index_packs_together(git_repository* repo, const fs::path& pack_dir, const std::vector<fs::path>& indexes) {
  // libgit2 checks that each pack lies under the folder by comparing the folder as given with the
  // pack's absolute path: a relative store ("--store archive", or the default ".") failed every gc
  // of a store with more than one pack.
  std::error_code ec;
  const fs::path absolute_dir = fs::absolute(pack_dir, ec);
  if (ec) throw Error(ErrorKind::io, fmt::format("finding the full path of {}: {}", pack_dir.string(), ec.message()));
  git_midx_writer* raw = nullptr;
  git_check(git_midx_writer_new(&raw, absolute_dir.c_str()), "starting a multi-pack-index");
  MidxWriterPtr writer(raw);
  for (const fs::path& idx : indexes)
    git_check(git_midx_writer_add(writer.get(), idx.filename().c_str()),
              fmt::format("adding {} to the multi-pack-index", idx.filename().string()));
  git_check(git_midx_writer_commit(writer.get()), "writing the multi-pack-index");
  refresh_objects(repo);
}

// Removes the multi-pack-index before the packs it names go: a reader that found an object through
// it would otherwise look for it in a pack no longer there.
void remove_pack_index_of_packs(git_repository* repo, const fs::path& pack_dir) {
  if (remove_file(pack_dir / kMultiPackIndex)) refresh_objects(repo);
}

}  // namespace

GcSummary gc_store(const fs::path& dir, const GcOptions& options, const GcObserver& observer) {
  ensure_libgit2();
  // Deleting loose objects is safe only once the pack that replaces them is on disk.
  git_check(git_libgit2_opts(GIT_OPT_ENABLE_FSYNC_GITDIR, 1), "asking libgit2 to sync what it writes");
  RepoPtr repo = open_store_repository(dir);  // the same checks and messages as every other command

  const fs::path objects = dir / "objects";
  const fs::path pack_dir = objects / "pack";
  GcSummary summary;
  summary.bytes_before = folder_bytes(objects);
  // Only packs present before this gc may be replaced: a pack written meanwhile (a bulk ingest)
  // may hold objects no ref reaches yet.
  const std::vector<fs::path> old_indexes = pack_indexes(pack_dir);
  if (old_indexes.size() > 1) index_packs_together(repo.get(), pack_dir, old_indexes);
  const std::vector<ArticleCommits> articles = all_articles(repo.get());
  std::error_code ec;
  if (!articles.empty()) {
    fs::create_directories(pack_dir, ec);
    if (ec) throw Error(ErrorKind::io, fmt::format("making {}: {}", pack_dir.string(), ec.message()));
  }

  // One pack per piece of at least options.versions_per_pack versions (whole articles): libgit2 holds every object of
  // a pack in memory while it searches for deltas, so pieces bound gc's memory by the piece, not
  // the store. A piece takes whole articles, so it keeps every delta between versions.
  std::vector<git_oid> packed;  // every object the new packs hold
  std::vector<fs::path> new_indexes;
  std::size_t next = 0;
  while (next < articles.size()) {
    git_packbuilder* raw_pb = nullptr;
    git_check(git_packbuilder_new(&raw_pb, repo.get()), "starting a pack");
    PackbuilderPtr pb(raw_pb);
    git_packbuilder_set_threads(pb.get(), 0);  // one per core
    struct Report {
      const GcObserver* observer;
      std::string prefix;
    } report{&observer, fmt::format("pack {}: ", new_indexes.size() + 1)};
    if (observer) {
      git_packbuilder_set_callbacks(
          pb.get(),
          [](int stage, std::uint32_t current, std::uint32_t total, void* payload) {
            auto* r = static_cast<Report*>(payload);
            (*r->observer)(r->prefix + (stage == GIT_PACKBUILDER_ADDING_OBJECTS ? "counting" : "compressing"),
                           current, total);
            return 0;
          },
          &report);
    }
    std::size_t versions = 0;
    while (next < articles.size() && (versions == 0 || versions < options.versions_per_pack)) {
      insert_article(repo.get(), pb.get(), articles[next]);
      versions += articles[next++].commits.size();
    }
    if (git_packbuilder_object_count(pb.get()) == 0) continue;
    new_indexes.push_back(write_piece(pb.get(), objects, pack_dir, packed, summary, observer, new_indexes.size() + 1));
  }
  remove_pack_index_of_packs(repo.get(), pack_dir);
  if (new_indexes.empty()) {
    summary.bytes_after = summary.bytes_before;
    return summary;
  }
  std::sort(packed.begin(), packed.end(), OidLess{});

  for (const fs::path& idx : old_indexes) {
    if (std::find(new_indexes.begin(), new_indexes.end(), idx) != new_indexes.end())
      continue;  // the same objects packed again give the same pack
    fs::path keep = idx;
    if (fs::exists(keep.replace_extension(".keep"), ec)) continue;
    OidSet held;
    try {
      held = objects_in_pack(idx);
    } catch (const Error&) {
      continue;  // removed meanwhile by a concurrent gc, or unreadable: either way not ours to remove
    }
    if (!std::all_of(held.begin(), held.end(),
                     [&](const git_oid& id) { return std::binary_search(packed.begin(), packed.end(), id, OidLess{}); }))
      continue;
    // The index first: readers find packs by their index, so none starts on a pack half gone.
    fs::path stem = idx;
    remove_file(idx);
    for (const char* ext : {".pack", ".rev", ".mtimes"}) remove_file(stem.replace_extension(ext));
    ++summary.packs_removed;
  }
  remove_empty_fanout(objects);
  summary.bytes_after = folder_bytes(objects);
  summary.refs_packed = pack_refs(repo.get(), dir, summary.refs_busy);
  ArticleStore::open(dir).list();  // leaves the list cache fresh: the next list reads no chain
  return summary;
}

}  // namespace revisor::store
