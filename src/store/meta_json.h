// meta.json: what revisor extracted from one ingested version and where it came from, stored
// beside article.txt and the source bytes in the version's commit.
#pragma once

#include <string>
#include <string_view>

#include "revisor/store/article_store.h"

namespace revisor::store {

// The JSON text (pretty-printed, ending in a newline). `observed_at` is the canonical UTC form.
std::string meta_json(const IngestRequest& request, std::string_view observed_at,
                      std::string_view headline);

}  // namespace revisor::store
