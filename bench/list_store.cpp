// Builds a large store fast for bench/list-speed: ARTICLES articles of VERSIONS versions each,
// written with libgit2 through the store format helpers (commit messages, meta.json), with only a
// few distinct texts so the store's size stays small. Objects go through an in-memory backend and
// reach the disk as one pack per batch; refs are written by libgit2 as ingest writes them (loose,
// with a reflog entry). Usage: revisor_list_store DIR ARTICLES VERSIONS
#include <git2.h>
#include <git2/sys/mempack.h>

#include <fmt/core.h>

#include <chrono>
#include <cstdlib>
#include <string>
#include <vector>

#include "revisor/store/article_store.h"
#include "revisor/store/store_format.h"

namespace {

namespace format = revisor::store::format;

void check(int rc, const char* doing) {
  if (rc >= 0) return;
  const git_error* e = git_error_last();
  fmt::print(stderr, "revisor_list_store: {}: {}\n", doing, e && e->message ? e->message : "libgit2 error");
  std::exit(1);
}

constexpr int kTexts = 8;  // distinct versions of the text: versions cycle through them

// Text variant `v`: an article of a few paragraphs whose figures change from version to version.
std::string text_variant(int v) {
  return fmt::format(
      "Council approves harbor budget\n\nThe city council approved a harbor budget of {} million dollars on "
      "Tuesday, the mayor said.\n\nThe plan adds {} berths and dredges the east channel. Work starts in "
      "spring and should end within {} years.\n\nCritics said the council had not published the full costs.\n",
      40 + v, 12 + v, 2 + v % 3);
}

}  // namespace

int main(int argc, char** argv) {
  if (argc != 4) {
    fmt::print(stderr, "usage: revisor_list_store DIR ARTICLES VERSIONS\n");
    return 2;
  }
  const std::string dir = argv[1];
  const long articles = std::atol(argv[2]);
  const int versions = std::atoi(argv[3]);
  const auto start = std::chrono::steady_clock::now();
  revisor::store::ArticleStore::init(dir);  // the store's configuration, as revisor init makes it

  check(git_libgit2_init(), "initializing libgit2");
  git_repository* repo = nullptr;
  check(git_repository_open_bare(&repo, dir.c_str()), "opening the store");
  git_odb* odb = nullptr;
  check(git_repository_odb(&odb, repo), "opening the object database");
  git_odb_backend* mempack = nullptr;
  check(git_mempack_new(&mempack), "making an in-memory backend");
  check(git_odb_add_backend(odb, mempack, 999), "adding the in-memory backend");

  // One tree per text variant: article.txt, meta.json and the source, as ingest writes them.
  std::vector<git_tree*> trees;
  for (int v = 0; v < kTexts; ++v) {
    revisor::store::IngestRequest r{revisor::ArticleId("bench/article"), {}, {}, {}, {}, {}, {}, {}, {}};
    r.extracted.format = "text";
    r.extracted.headline = "Council approves harbor budget";
    r.source_bytes = text_variant(v);
    r.source_name = "v.txt";
    r.source_ext = "txt";
    r.observed_at = revisor::Timestamp::from_seconds(1700000000);
    const std::string text = text_variant(v);
    const std::string meta = format::write_meta_json(r, r.extracted.headline);
    git_oid text_id, meta_id, tree_id;
    check(git_blob_create_from_buffer(&text_id, repo, text.data(), text.size()), "writing article.txt");
    check(git_blob_create_from_buffer(&meta_id, repo, meta.data(), meta.size()), "writing meta.json");
    git_treebuilder* tb = nullptr;
    check(git_treebuilder_new(&tb, repo, nullptr), "starting a tree");
    check(git_treebuilder_insert(nullptr, tb, std::string(format::kTextEntry).c_str(), &text_id, GIT_FILEMODE_BLOB),
          "adding article.txt");
    check(git_treebuilder_insert(nullptr, tb, std::string(format::kMetaEntry).c_str(), &meta_id, GIT_FILEMODE_BLOB),
          "adding meta.json");
    check(git_treebuilder_insert(nullptr, tb, format::source_entry("txt").c_str(), &text_id, GIT_FILEMODE_BLOB),
          "adding the source");
    check(git_treebuilder_write(&tree_id, tb), "writing a tree");
    git_treebuilder_free(tb);
    git_tree* tree = nullptr;
    check(git_tree_lookup(&tree, repo, &tree_id), "reading a tree");
    trees.push_back(tree);
  }

  const long batch = 2000;  // articles per pack
  for (long first = 0; first < articles; first += batch) {
    const long last = std::min(articles, first + batch);
    for (long a = first; a < last; ++a) {
      const revisor::ArticleId id(fmt::format("outlet{}/article-{}", a % 20, a));
      git_commit* parent = nullptr;
      git_oid tip;
      for (int v = 0; v < versions; ++v) {
        const std::int64_t when = 1600000000 + a * 60 + v * 3600;
        git_signature* sig = nullptr;
        check(git_signature_new(&sig, "revisor", "revisor@localhost", when, 0), "making a signature");
        const std::string msg = format::commit_message(fmt::format("Harbor budget, version {}", v + 1), id,
                                                       "https://news.example.com/" + id.str(),
                                                       revisor::Timestamp::from_seconds(when));
        const git_commit* parents[] = {parent};
        check(git_commit_create(&tip, repo, nullptr, sig, sig, "UTF-8", msg.c_str(), trees[v % kTexts], parent ? 1 : 0,
                                parents),
              "writing a commit");
        git_signature_free(sig);
        git_commit_free(parent);
        check(git_commit_lookup(&parent, repo, &tip), "reading a commit back");
      }
      git_commit_free(parent);
      git_reference* ref = nullptr;
      check(git_reference_create(&ref, repo, format::article_ref(id).c_str(), &tip, 1, "revisor bench: list-speed"),
            "writing a ref");
      git_reference_free(ref);
    }
    git_buf pack = GIT_BUF_INIT;
    check(git_mempack_dump(&pack, repo, mempack), "packing a batch");
    git_indexer* indexer = nullptr;
    git_indexer_progress stats{};
    check(git_indexer_new(&indexer, (dir + "/objects/pack").c_str(), 0, odb, nullptr), "starting a pack index");
    check(git_indexer_append(indexer, pack.ptr, pack.size, &stats), "writing a pack");
    check(git_indexer_commit(indexer, &stats), "indexing a pack");
    git_indexer_free(indexer);
    git_buf_dispose(&pack);
    check(git_odb_refresh(odb), "refreshing the object database");
    check(git_mempack_reset(mempack), "clearing the in-memory backend");
    fmt::print(stderr, "\rrevisor_list_store: {} of {} articles", last, articles);
  }
  const double seconds = std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count();
  fmt::print(stderr, "\rrevisor_list_store: {} articles, {} versions in {:.1f} s\n", articles, articles * versions,
             seconds);
  for (auto* t : trees) git_tree_free(t);
  git_odb_free(odb);
  git_repository_free(repo);
  return 0;
}
