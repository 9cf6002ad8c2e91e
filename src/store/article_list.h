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

// An article as the writer that just moved its ref to `tip` knows it.
struct ListedArticle {
  git_oid tip{};
  ArticleSummary summary;
};

// Records `moved` in the list cache, so that the next list need not read their chains (a bulk ingest
// moves hundreds of thousands of refs; reading them back took a minute at a million versions). The
// cache's other entries stay as they are: list checks every entry against its ref anyway, so an
// entry a concurrent writer made stale is only read again. A later entry of an id replaces an earlier
// one. Skipped when the cache already holds over ten times as many articles as `moved` (rewriting it
// would cost more than list reading those few chains) and when it cannot be written (a read-only
// store); never throws.
void remember_in_list(const std::filesystem::path& dir, const std::vector<ListedArticle>& moved);

// Every article of `repo` (the store at `dir`), sorted by id. Rewrites the cache when it was missing
// or stale, unless the store is read-only to this user (the answer is the same either way).
std::vector<ArticleSummary> list_articles(git_repository* repo, const std::filesystem::path& dir);

}  // namespace revisor::store
