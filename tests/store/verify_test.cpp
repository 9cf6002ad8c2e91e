// ArticleStore::verify on a clean store and on stores damaged through plain libgit2: every problem is
// reported in one run, each with its article and commit.
#include <git2.h>

#include <catch2/catch.hpp>
#include <algorithm>
#include <filesystem>
#include <functional>
#include <string>
#include <vector>

#include "revisor/base/error.h"
#include "revisor/store/article_store.h"
#include "revisor/text/article_text.h"
#include "support/temp_dir.h"

using revisor::ArticleId;
using revisor::Error;
using revisor::ErrorKind;
using revisor::store::ArticleStore;
using revisor::store::IngestRequest;
using revisor::store::VerifyFinding;
using revisor::store::VerifyReport;
using revisor::test::TempDir;

namespace {

// A version read from its source bytes as ingest reads it, so its text re-derives exactly.
IngestRequest request(const std::string& id, const std::string& body, const std::string& observed_at) {
  const std::string bytes = "Headline of " + id + "\n\n" + body + "\n";
  return {ArticleId(id), revisor::text::read_article(bytes, "v.txt"), bytes, "v.txt", "txt", "", "",
          revisor::parse_timestamp(observed_at), {}};
}

void ingest_two(ArticleStore& s, const std::string& id) {
  s.ingest(request(id, "The first text of " + id + ".", "2021-01-01T00:00:00Z"));
  s.ingest(request(id, "The second text of " + id + ".", "2021-01-02T00:00:00Z"));
}

std::string hex(const git_oid& id) {
  char buf[GIT_OID_HEXSZ + 1];
  git_oid_tostr(buf, sizeof buf, &id);
  return buf;
}

// Damages a store with plain libgit2, as a disk fault or a careless hand would.
struct RawRepo {
  git_repository* repo = nullptr;
  std::filesystem::path dir;
  explicit RawRepo(const std::filesystem::path& d) : dir(d) {
    git_libgit2_init();
    REQUIRE(git_repository_open_bare(&repo, dir.c_str()) == 0);
  }
  ~RawRepo() {
    git_repository_free(repo);
    git_libgit2_shutdown();
  }
  git_commit* tip(const std::string& id) {
    git_oid oid;
    REQUIRE(git_reference_name_to_id(&oid, repo, ("refs/articles/" + id).c_str()) == 0);
    git_commit* c = nullptr;
    REQUIRE(git_commit_lookup(&c, repo, &oid) == 0);
    return c;
  }
  git_oid blob(const std::string& bytes) {
    git_oid oid;
    REQUIRE(git_blob_create_from_buffer(&oid, repo, bytes.data(), bytes.size()) == 0);
    return oid;
  }
  std::string blob_text(const git_oid& oid) {
    git_blob* b = nullptr;
    REQUIRE(git_blob_lookup(&b, repo, &oid) == 0);
    std::string s(static_cast<const char*>(git_blob_rawcontent(b)), git_blob_rawsize(b));
    git_blob_free(b);
    return s;
  }
  // Replaces the tip of `id` by a commit with the same parent and message, its tree changed by `edit`
  // and its time `when` (seconds; 0 keeps it). Returns the new tip's id.
  std::string rewrite_tip(const std::string& id, const std::function<void(git_treebuilder*)>& edit,
                          git_time_t when = 0) {
    git_commit* old = tip(id);
    git_tree* tree = nullptr;
    REQUIRE(git_commit_tree(&tree, old) == 0);
    git_treebuilder* builder = nullptr;
    REQUIRE(git_treebuilder_new(&builder, repo, tree) == 0);
    edit(builder);
    git_oid tree_id;
    REQUIRE(git_treebuilder_write(&tree_id, builder) == 0);
    git_tree* new_tree = nullptr;
    REQUIRE(git_tree_lookup(&new_tree, repo, &tree_id) == 0);
    git_signature* sig = nullptr;
    REQUIRE(git_signature_new(&sig, "revisor", "revisor@localhost",
                              when ? when : git_commit_time(old), 0) == 0);
    git_commit* parent = nullptr;
    const bool has_parent = git_commit_parentcount(old) > 0;
    if (has_parent) REQUIRE(git_commit_parent(&parent, old, 0) == 0);
    const git_commit* parents[] = {parent};
    git_oid commit_id;
    REQUIRE(git_commit_create(&commit_id, repo, nullptr, sig, sig, "UTF-8", git_commit_message(old), new_tree,
                              has_parent ? 1 : 0, parents) == 0);
    git_reference* ref = nullptr;
    REQUIRE(git_reference_create(&ref, repo, ("refs/articles/" + id).c_str(), &commit_id, 1, "damage") == 0);
    git_reference_free(ref);
    git_commit_free(parent);
    git_signature_free(sig);
    git_tree_free(new_tree);
    git_treebuilder_free(builder);
    git_tree_free(tree);
    git_commit_free(old);
    return hex(commit_id);
  }
  git_oid entry_of_tip(const std::string& id, const std::string& name) {
    git_commit* c = tip(id);
    git_tree* tree = nullptr;
    REQUIRE(git_commit_tree(&tree, c) == 0);
    const git_tree_entry* e = git_tree_entry_byname(tree, name.c_str());
    REQUIRE(e);
    git_oid oid = *git_tree_entry_id(e);
    git_tree_free(tree);
    git_commit_free(c);
    return oid;
  }
  std::string tip_id(const std::string& id) {
    git_commit* c = tip(id);
    std::string s = hex(*git_commit_id(c));
    git_commit_free(c);
    return s;
  }
};

// Whether `findings` holds one for `article` and `commit` whose text contains `what`.
bool has(const std::vector<VerifyFinding>& findings, const std::string& article, const std::string& commit,
         const std::string& what) {
  return std::any_of(findings.begin(), findings.end(), [&](const VerifyFinding& f) {
    return f.article == article && f.commit == commit && f.what.find(what) != std::string::npos;
  });
}

std::string describe(const VerifyReport& r) {
  std::string s;
  for (const auto& p : r.problems) s += p.article + " " + p.commit + ": " + p.what + "\n";
  return s;
}

}  // namespace

TEST_CASE("ArticleStore::verify passes a clean store", "[store]") {
  TempDir tmp;
  auto s = ArticleStore::init(tmp / "store");
  ingest_two(s, "a");
  ingest_two(s, "news/b");
  std::vector<std::size_t> calls;
  auto r = s.verify({}, [&](std::size_t done, std::size_t total) {
    CHECK(total == 2);
    calls.push_back(done);
  });
  INFO(describe(r));
  CHECK(r.ok());
  CHECK(r.notes.empty());
  CHECK(r.articles == 2);
  CHECK(r.versions == 4);
  CHECK(calls == std::vector<std::size_t>{1, 2});
  r = s.verify({ArticleId("news/b")});
  CHECK(r.ok());
  CHECK(r.articles == 1);
  CHECK(r.versions == 2);
  try {
    s.verify({ArticleId("nope")});
    FAIL("verified an unknown article");
  } catch (const Error& e) {
    CHECK(e.kind() == ErrorKind::not_found);
    CHECK_THAT(e.what(), Catch::Contains("nope"));
  }
}

TEST_CASE("ArticleStore::verify reports every kind of damage in one run, with article and commit", "[store]") {
  TempDir tmp;
  {
    auto s = ArticleStore::init(tmp / "store");
    for (const char* id : {"clean", "sha", "nometa", "text", "time", "missing", "old"}) ingest_two(s, id);
  }
  std::string sha_commit, nometa_commit, text_commit, time_commit, missing_commit, old_commit;
  std::string missing_blob;
  {
    RawRepo raw(tmp / "store");
    // (1) source bytes that no longer match meta.json's SHA-256.
    sha_commit = raw.rewrite_tip("sha", [&](git_treebuilder* b) {
      git_oid o = raw.blob("Headline of sha\n\nTampered with.\n");
      REQUIRE(git_treebuilder_insert(nullptr, b, "source.txt", &o, GIT_FILEMODE_BLOB) == 0);
    });
    // (2) a tree without meta.json.
    nometa_commit = raw.rewrite_tip("nometa", [](git_treebuilder* b) {
      REQUIRE(git_treebuilder_remove(b, "meta.json") == 0);
    });
    // (3) article.txt that is not the text of its source.
    text_commit = raw.rewrite_tip("text", [&](git_treebuilder* b) {
      git_oid o = raw.blob("Headline of text\n\nSomething the source never said.\n");
      REQUIRE(git_treebuilder_insert(nullptr, b, "article.txt", &o, GIT_FILEMODE_BLOB) == 0);
    });
    // (4) the newest version observed before its parent (meta.json keeps its own time).
    time_commit = raw.rewrite_tip("time", [](git_treebuilder*) {}, 1609372800);  // 2020-12-31
    // (5) a loose object deleted from objects/.
    missing_commit = raw.tip_id("missing");
    missing_blob = hex(raw.entry_of_tip("missing", "source.txt"));
    // A version another revisor wrote: its text is not re-derived, which is a note, not a problem.
    old_commit = raw.rewrite_tip("old", [&](git_treebuilder* b) {
      git_oid meta_id = raw.entry_of_tip("old", "meta.json");
      std::string meta = raw.blob_text(meta_id);
      const std::string key = "\"revisor_version\": \"";
      auto at = meta.find(key);
      REQUIRE(at != std::string::npos);
      meta.replace(at + key.size(), meta.find('"', at + key.size()) - at - key.size(), "0.0.1");
      git_oid o = raw.blob(meta);
      REQUIRE(git_treebuilder_insert(nullptr, b, "meta.json", &o, GIT_FILEMODE_BLOB) == 0);
    });
  }
  auto loose = tmp / "store" / "objects" / missing_blob.substr(0, 2) / missing_blob.substr(2);
  REQUIRE(std::filesystem::remove(loose));

  auto s = ArticleStore::open(tmp / "store");
  auto r = s.verify();
  INFO(describe(r));
  CHECK(r.articles == 7);
  CHECK(r.versions == 14);
  CHECK(has(r.problems, "sha", sha_commit, "source.txt has SHA-256"));
  CHECK(has(r.problems, "nometa", nometa_commit, "the tree has no meta.json"));
  CHECK(has(r.problems, "text", text_commit, "article.txt differs from the text re-derived from source.txt"));
  CHECK(has(r.problems, "time", time_commit, "times go backwards"));
  CHECK(has(r.problems, "missing", missing_commit,
            "the blob " + missing_blob + " of source.txt is missing from the object database"));
  CHECK(has(r.notes, "old", old_commit, "not re-derived: written by revisor 0.0.1"));
  for (const auto& p : r.problems) {
    INFO(p.article << " " << p.commit << ": " << p.what);
    CHECK(p.article != "clean");
    CHECK(p.article != "old");
  }
  CHECK_FALSE(r.ok());
  // Naming articles checks only those.
  auto one = s.verify({ArticleId("clean"), ArticleId("old")});
  CHECK(one.ok());
  CHECK(one.articles == 2);
  CHECK(one.notes.size() == 1);
}
