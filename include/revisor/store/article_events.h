// Page events: what happened to an article's page besides new versions (it went away, it came back),
// kept in the store beside the versions so log, report and audit show them and clones carry them.
#pragma once

#include <filesystem>

#include "revisor/base/article_id.h"
#include "revisor/text/article_version.h"

namespace revisor::store {

// The ref holding every article's page events: a commit per change, whose tree has one file per
// article (its id as the path), one JSON object per event and line, oldest first.
inline constexpr const char* kEventsRef = "refs/revisor/events";

// Records `event` of the article `id` in the store at `dir` (ArticleStore::open's checks
// apply); recording an event already there changes nothing. The ref moves by compare-and-swap, so
// several watchers may record at once. Throws Error(store) when the store cannot be written.
void record_event(const std::filesystem::path& dir, const ArticleId& id, const text::PageEvent& event);

}  // namespace revisor::store
