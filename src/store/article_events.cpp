#include "revisor/store/article_events.h"

#include <fmt/core.h>

#include <algorithm>
#include <map>
#include <nlohmann/json.hpp>
#include <sstream>

#include "revisor/base/error.h"
#include "store/event_tree.h"
#include "store/state_commit.h"

namespace revisor::store {
namespace {

constexpr const char* kEventsFile = "the page events";

CommitPtr events_commit(git_repository* repo) {
  git_oid id;
  int rc = git_reference_name_to_id(&id, repo, kEventsRef);
  if (rc == GIT_ENOTFOUND) return nullptr;
  git_check(rc, fmt::format("reading {}", kEventsRef));
  git_commit* raw = nullptr;
  rc = git_commit_lookup(&raw, repo, &id);
  CommitPtr commit(raw);
  git_check(rc, fmt::format("reading the commit of {}", kEventsRef));
  return commit;
}

TreePtr tree_of(const git_commit* commit) {
  git_tree* raw = nullptr;
  const int rc = git_commit_tree(&raw, commit);
  TreePtr tree(raw);
  git_check(rc, fmt::format("reading the tree of {}", kEventsRef));
  return tree;
}

std::vector<text::PageEvent> parse_events(std::string_view lines, const std::string& where) {
  std::vector<text::PageEvent> events;
  std::istringstream in{std::string(lines)};
  for (std::string line; std::getline(in, line);) {
    if (line.empty()) continue;
    try {
      const auto j = nlohmann::json::parse(line);
      events.push_back({parse_timestamp(j.at("at").get<std::string>(), "at"), j.at("kind").get<std::string>(),
                        j.value("detail", "")});
    } catch (const nlohmann::json::exception& e) {
      throw Error(ErrorKind::store, fmt::format("{} of {} do not read: {}", kEventsFile, where, e.what()));
    }
  }
  return events;
}

std::string write_events(const std::vector<text::PageEvent>& events) {
  std::string out;
  for (const auto& e : events) {
    nlohmann::ordered_json j;
    j["at"] = to_iso8601(e.at);
    j["kind"] = e.kind;
    if (!e.detail.empty()) j["detail"] = e.detail;
    out += j.dump() + "\n";
  }
  return out;
}

std::vector<text::PageEvent> events_at(git_repository* repo, const git_tree* tree, const std::string& path) {
  git_tree_entry* raw = nullptr;
  int rc = git_tree_entry_bypath(&raw, tree, path.c_str());
  std::unique_ptr<git_tree_entry, CDeleter<git_tree_entry_free>> entry(raw);
  if (rc == GIT_ENOTFOUND) return {};
  git_check(rc, fmt::format("reading {} of {}", kEventsFile, path));
  if (git_tree_entry_type(entry.get()) != GIT_OBJECT_BLOB) return {};
  git_blob* raw_blob = nullptr;
  rc = git_blob_lookup(&raw_blob, repo, git_tree_entry_id(entry.get()));
  BlobPtr blob(raw_blob);
  git_check(rc, fmt::format("reading {} of {}", kEventsFile, path));
  return parse_events(std::string_view(static_cast<const char*>(git_blob_rawcontent(blob.get())),
                                       static_cast<std::size_t>(git_blob_rawsize(blob.get()))),
                      path);
}

// Every event once, oldest first (equal times keep their order).
void add_events(std::vector<text::PageEvent>& into, const std::vector<text::PageEvent>& more) {
  for (const auto& e : more)
    if (std::find(into.begin(), into.end(), e) == into.end()) into.push_back(e);
  std::stable_sort(into.begin(), into.end(), [](const auto& a, const auto& b) { return a.at < b.at; });
}

// `base` (null: an empty tree) with the files of `files` (path -> events) written over it.
git_oid updated_tree(git_repository* repo, const git_tree* base, const std::map<std::string, std::vector<text::PageEvent>>& files) {
  TreePtr empty;
  if (!base) {
    git_treebuilder* raw_builder = nullptr;
    int rc = git_treebuilder_new(&raw_builder, repo, nullptr);
    TreeBuilderPtr builder(raw_builder);
    git_check(rc, "starting a tree");
    git_oid empty_id;
    git_check(git_treebuilder_write(&empty_id, builder.get()), "writing an empty tree");
    git_tree* raw_tree = nullptr;
    rc = git_tree_lookup(&raw_tree, repo, &empty_id);
    empty.reset(raw_tree);
    git_check(rc, "reading back an empty tree");
    base = empty.get();
  }
  std::vector<git_tree_update> updates;
  for (const auto& [path, events] : files) {
    const std::string doc = write_events(events);
    git_tree_update u{};
    u.action = GIT_TREE_UPDATE_UPSERT;
    git_check(git_blob_create_from_buffer(&u.id, repo, doc.data(), doc.size()),
              fmt::format("writing {} of {}", kEventsFile, path));
    u.filemode = GIT_FILEMODE_BLOB;
    u.path = path.c_str();
    updates.push_back(u);
  }
  git_oid tree_id;
  git_check(git_tree_create_updated(&tree_id, repo, const_cast<git_tree*>(base), updates.size(), updates.data()),
            fmt::format("writing the tree of {}", kEventsRef));
  return tree_id;
}


// path -> events of every file under `tree`.
void collect(git_repository* repo, const git_tree* tree, std::map<std::string, std::vector<text::PageEvent>>& into) {
  struct Walk {
    git_repository* repo;
    const git_tree* tree;
    std::map<std::string, std::vector<text::PageEvent>>* into;
  } walk{repo, tree, &into};
  git_check(git_tree_walk(tree, GIT_TREEWALK_PRE,
                          [](const char* root, const git_tree_entry* entry, void* payload) -> int {
                            if (git_tree_entry_type(entry) != GIT_OBJECT_BLOB) return 0;
                            auto* w = static_cast<Walk*>(payload);
                            const std::string path = std::string(root) + git_tree_entry_name(entry);
                            add_events((*w->into)[path], events_at(w->repo, w->tree, path));
                            return 0;
                          },
                          &walk),
            fmt::format("reading {}", kEventsRef));
}

}  // namespace

std::vector<text::PageEvent> read_events(git_repository* repo, const ArticleId& id) {
  CommitPtr commit = events_commit(repo);
  if (!commit) return {};
  TreePtr tree = tree_of(commit.get());
  return events_at(repo, tree.get(), id.str());
}

git_oid merge_event_commits(git_repository* repo, const git_commit* mine, const git_commit* theirs, Timestamp when) {
  TreePtr my_tree = tree_of(mine), their_tree = tree_of(theirs);
  std::map<std::string, std::vector<text::PageEvent>> files;
  collect(repo, my_tree.get(), files);
  collect(repo, their_tree.get(), files);
  const git_oid tree_id = updated_tree(repo, my_tree.get(), files);
  return write_tree_commit(repo, tree_id, when, "page events merged\n", {mine, theirs}, kEventsRef);
}

void record_event(const std::filesystem::path& dir, const ArticleId& id, const text::PageEvent& event) {
  ensure_libgit2();
  RepoPtr repo = open_store_repository(dir);
  for (int attempt = 0; attempt < 50; ++attempt) {
    CommitPtr parent = events_commit(repo.get());
    TreePtr tree;
    std::vector<text::PageEvent> events;
    if (parent) {
      tree = tree_of(parent.get());
      events = events_at(repo.get(), tree.get(), id.str());
    }
    if (std::find(events.begin(), events.end(), event) != events.end()) return;
    add_events(events, {event});
    const git_oid tree_id = updated_tree(repo.get(), tree.get(), {{id.str(), events}});
    const std::string message = fmt::format("{} {} at {}\n", id.str(), event.kind, to_iso8601(event.at));
    std::vector<const git_commit*> parents;
    if (parent) parents.push_back(parent.get());
    const git_oid commit = write_tree_commit(repo.get(), tree_id, event.at, message, parents, kEventsRef);
    git_reference* raw = nullptr;
    const int rc = parent ? git_reference_create_matching(&raw, repo.get(), kEventsRef, &commit, 1,
                                                          git_commit_id(parent.get()), message.c_str())
                          : git_reference_create(&raw, repo.get(), kEventsRef, &commit, 0, message.c_str());
    ReferencePtr moved(raw);
    if (rc == GIT_EMODIFIED || rc == GIT_EEXISTS || rc == GIT_ELOCKED) continue;  // another writer: again
    git_check(rc, fmt::format("moving {}", kEventsRef));
    return;
  }
  throw Error(ErrorKind::conflict, fmt::format("{} kept moving; the event of {} was not recorded", kEventsRef, id.str()));
}

}  // namespace revisor::store
