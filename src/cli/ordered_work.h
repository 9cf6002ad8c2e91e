// Work over many articles whose results must come out in order (audit --format jsonl): spread over
// threads like for_each_article (article_work.h), emitted in index order as soon as possible.
#pragma once

#include <cstddef>
#include <functional>
#include <string>

#include "revisor/store/article_store.h"

#include "cli/commands.h"

namespace revisor::cli {

// Calls work(store, i) once for every i in [0, count), several at a time, and emit(i, result) with
// its result in index order, one call at a time. A worker waits before starting an item far ahead of
// the next one to emit, so only a few results per worker are ever held: memory stays bounded by the
// largest items. The first error stops the remaining work and is rethrown here.
void for_each_article_in_order(std::size_t count, const GlobalOptions& global, const std::string& doing,
                               const std::function<std::string(const store::ArticleStore&, std::size_t)>& work,
                               const std::function<void(std::size_t, std::string&&)>& emit);

}  // namespace revisor::cli
