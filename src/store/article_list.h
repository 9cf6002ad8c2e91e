// The summaries `ArticleStore::list` returns, answered from the list cache (kListCacheFile) for
// every article whose ref still points where the cache saw it, and from its chain for the rest.
#pragma once

#include <filesystem>
#include <string_view>
#include <vector>

#include "revisor/store/article_store.h"
#include "store/git_handles.h"

namespace revisor::store {

// The list cache, beside the repository's own files (git ignores it; clones do not carry it): one
// line per article, keyed by the commit its ref pointed at. Never trusted over the refs: an article
// whose ref moved is read again, and the file rewritten.
inline constexpr std::string_view kListCacheFile = "revisor-list-cache";

// Lines a bulk writer appends beside the cache for the articles each batch moved, so that the first
// list after a bulk ingest reads no chain (a minute at a million versions) while the writer keeps no
// summary past its batch. The next list that rewrites the cache folds them in and removes the file.
inline constexpr std::string_view kListJournalFile = "revisor-list-journal";

// An article as the writer that just moved its ref to `tip` knows it.
struct ListedArticle {
  git_oid tip{};
  ArticleSummary summary;
};

// Appends `moved` to the journal in one write. Never throws: the journal, like the cache, is only a
// shortcut (a store this user cannot write, a full disk or a journal past its size cap leave the next
// list to read those chains).
void journal_listed(const std::filesystem::path& dir, const std::vector<ListedArticle>& moved);

// Every article of `repo` (the store at `dir`), sorted by id. Rewrites the cache when it was missing
// or stale, unless the store is read-only to this user (the answer is the same either way).
std::vector<ArticleSummary> list_articles(git_repository* repo, const std::filesystem::path& dir);

}  // namespace revisor::store
