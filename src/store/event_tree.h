// The page events under refs/revisor/events as the store reads and merges them (article_events.h
// holds the format); private to the store layer.
#pragma once

#include <vector>

#include "revisor/base/article_id.h"
#include "revisor/base/timestamp.h"
#include "revisor/text/article_version.h"
#include "store/git_handles.h"

namespace revisor::store {

// The events of `id`, oldest first; empty when none were recorded.
std::vector<text::PageEvent> read_events(git_repository* repo, const ArticleId& id);

// A commit holding every event of either `mine` or `theirs` once (both are commits of the events ref),
// with both as parents; returns its id. No ref is moved.
git_oid merge_event_commits(git_repository* repo, const git_commit* mine, const git_commit* theirs, Timestamp when);

}  // namespace revisor::store
