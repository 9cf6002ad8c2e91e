// ArticleStore::verify's walk: every ref's chain newest first, each commit's tree, meta.json, source and
// article.txt, every object read from the object database; each problem is collected, none thrown.
#include <fmt/core.h>

#include <optional>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include "revisor/base/error.h"
#include "revisor/store/store_format.h"
#include "revisor/text/article_text.h"
#include "revisor/text/volatile_lines.h"
#include "store/git_handles.h"
#include "store/sha256.h"
#include "store/verify_refs.h"

namespace revisor::store {
namespace {

// What one version's commit gave: its time and its first parent, when it could be read.
struct Walked {
  bool read = false;
  Timestamp time;
  std::optional<git_oid> parent;
};

class ArticleVerifier {
 public:
  ArticleVerifier(git_repository* repo, std::string article, VerifyReport& report)
      : repo_(repo), article_(std::move(article)), report_(report) {}

  void run(const std::string& ref) {
    git_oid tip;
    int rc = git_reference_name_to_id(&tip, repo_, ref.c_str());
    if (rc < 0) {
      problem({}, fmt::format("the ref {} cannot be read: {}", ref, git_message(rc)));
      return;
    }
    // Newest first, as the chain is walked; each commit's time is compared with its parent's.
    std::optional<git_oid> next = tip;
    std::optional<std::pair<git_oid, Timestamp>> child;  // the version after `next`
    std::vector<git_oid> seen;
    while (next) {
      const git_oid id = *next;
      for (const auto& s : seen)
        if (git_oid_equal(&s, &id)) {
          problem(oid_hex(id), "the chain comes back to this commit: not a linear chain");
          return;
        }
      seen.push_back(id);
      ++report_.versions;
      Walked w = version(id);
      if (!w.read) return;  // without the commit there is no parent to follow
      if (child && child->second < w.time)
        problem(oid_hex(child->first),
                fmt::format("observed {}, before its parent {} observed {}: times go backwards",
                            to_iso8601(child->second), short_id(id), to_iso8601(w.time)));
      child = std::pair{id, w.time};
      next = w.parent;
    }
  }

 private:
  static std::string short_id(const git_oid& id) { return oid_hex(id).substr(0, 7); }

  void problem(std::string commit, std::string what) {
    report_.problems.push_back({article_, std::move(commit), std::move(what)});
  }
  void note(std::string commit, std::string what) {
    report_.notes.push_back({article_, std::move(commit), std::move(what)});
  }

  // The bytes of blob `id` (entry `name`), or nullopt after reporting why it cannot be read.
  std::optional<std::string> blob(const std::string& commit, const git_tree_entry* entry) {
    const std::string name = git_tree_entry_name(entry);
    const git_oid* id = git_tree_entry_id(entry);
    if (git_tree_entry_type(entry) != GIT_OBJECT_BLOB) {
      problem(commit, fmt::format("{} is not a file", name));
      return std::nullopt;
    }
    git_blob* raw = nullptr;
    int rc = git_blob_lookup(&raw, repo_, id);
    BlobPtr b(raw);
    if (rc < 0) {
      problem(commit, rc == GIT_ENOTFOUND
                          ? fmt::format("the blob {} of {} is missing from the object database", oid_hex(*id), name)
                          : fmt::format("the blob {} of {} cannot be read: {}", oid_hex(*id), name, git_message(rc)));
      return std::nullopt;
    }
    return std::string(static_cast<const char*>(git_blob_rawcontent(b.get())),
                       static_cast<std::size_t>(git_blob_rawsize(b.get())));
  }

  Walked version(const git_oid& id) {
    Walked w;
    const std::string commit_hex = oid_hex(id);
    git_commit* raw = nullptr;
    int rc = git_commit_lookup(&raw, repo_, &id);
    CommitPtr commit(raw);
    if (rc < 0) {
      problem(commit_hex, rc == GIT_ENOTFOUND ? std::string("the commit is missing from the object database")
                                              : fmt::format("the commit cannot be read: {}", git_message(rc)));
      return w;
    }
    w.read = true;
    w.time = Timestamp::from_seconds(git_commit_time(commit.get()));
    const unsigned parents = git_commit_parentcount(commit.get());
    if (parents > 1) problem(commit_hex, fmt::format("has {} parents: not a linear chain", parents));
    if (parents > 0) w.parent = *git_commit_parent_id(commit.get(), 0);

    git_tree* raw_tree = nullptr;
    rc = git_commit_tree(&raw_tree, commit.get());
    TreePtr tree(raw_tree);
    if (rc < 0) {
      const git_oid* tree_id = git_commit_tree_id(commit.get());
      problem(commit_hex, rc == GIT_ENOTFOUND
                              ? fmt::format("its tree {} is missing from the object database", oid_hex(*tree_id))
                              : fmt::format("its tree {} cannot be read: {}", oid_hex(*tree_id), git_message(rc)));
      return w;
    }
    check_tree(commit_hex, tree.get(), w.time);
    return w;
  }

  void check_tree(const std::string& commit, const git_tree* tree, Timestamp time) {
    const git_tree_entry* text_entry = nullptr;
    const git_tree_entry* meta_entry = nullptr;
    const git_tree_entry* source_entry = nullptr;
    for (std::size_t i = 0; i < git_tree_entrycount(tree); ++i) {
      const git_tree_entry* e = git_tree_entry_byindex(tree, i);
      const std::string_view name = git_tree_entry_name(e);
      if (name == format::kTextEntry) {
        text_entry = e;
      } else if (name == format::kMetaEntry) {
        meta_entry = e;
      } else if (name.starts_with("source.") && !source_entry) {
        source_entry = e;
      } else {
        problem(commit, fmt::format("the tree has an entry revisor does not write: {}", name));
        if (git_tree_entry_type(e) == GIT_OBJECT_BLOB) blob(commit, e);  // still: is it there?
      }
    }
    if (!text_entry) problem(commit, fmt::format("the tree has no {}", format::kTextEntry));
    if (!meta_entry) problem(commit, fmt::format("the tree has no {}", format::kMetaEntry));
    if (!source_entry) problem(commit, "the tree has no source file (source.<ext>)");

    // Every blob is read, even when another entry is missing: a missing object is its own problem.
    std::optional<std::string> text = text_entry ? blob(commit, text_entry) : std::nullopt;
    std::optional<std::string> meta = meta_entry ? blob(commit, meta_entry) : std::nullopt;
    std::optional<std::string> source = source_entry ? blob(commit, source_entry) : std::nullopt;
    if (!meta) return;

    format::VersionRecord record;
    try {
      record = format::read_meta_json(*meta, "");
    } catch (const Error& e) {
      std::string_view why = e.what();
      if (why.starts_with(": ")) why.remove_prefix(2);
      problem(commit, std::string(why));
      return;
    }
    if (record.id != article_)
      problem(commit, fmt::format("meta.json names the article \"{}\"", record.id));
    if (record.observed_at != time)
      problem(commit, fmt::format("meta.json has observed_at {}, the commit {}", to_iso8601(record.observed_at),
                                  to_iso8601(time)));
    if (!source) return;
    const std::string source_name = git_tree_entry_name(source_entry);
    const std::string sha = sha256_hex(*source);
    if (sha != record.source_sha256)
      problem(commit, fmt::format("{} has SHA-256 {}, meta.json records {}", source_name, sha,
                                  record.source_sha256.empty() ? "none" : record.source_sha256));
    if (source->size() != record.source_bytes)
      problem(commit, fmt::format("{} has {} bytes, meta.json records {}", source_name, source->size(),
                                  record.source_bytes));
    if (!text) return;
    if (record.revisor_version != REVISOR_VERSION) {
      note(commit, fmt::format("not re-derived: written by revisor {}", record.revisor_version));
      return;
    }
    try {
      const text::ExtractedArticle extracted = text::read_article(*source, source_name);
      if (extracted.format != record.source_format)
        problem(commit, fmt::format("{} reads as {}, meta.json records {}", source_name, extracted.format,
                                    record.source_format));
      std::string derived = text::article_text(extracted);
      if (record.furniture) derived = text::without_volatile_lines(derived, *record.furniture);
      if (derived != *text)
        problem(commit, fmt::format("{} differs from the text re-derived from {}", format::kTextEntry, source_name));
    } catch (const Error& e) {
      problem(commit, fmt::format("the text cannot be re-derived: {}", e.what()));
    }
  }

  git_repository* repo_;
  std::string article_;
  VerifyReport& report_;
};

}  // namespace

VerifyReport verify_refs(git_repository* repo, const std::vector<std::string>& refs,
                         const VerifyObserver& observer) {
  VerifyReport report;
  for (std::size_t i = 0; i < refs.size(); ++i) {
    ArticleVerifier(repo, format::article_of_ref(refs[i]).value_or(refs[i]), report).run(refs[i]);
    ++report.articles;
    if (observer) observer(i + 1, refs.size());
  }
  return report;
}

}  // namespace revisor::store
