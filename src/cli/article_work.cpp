#include "cli/article_work.h"

#include <algorithm>
#include <memory>
#include <thread>

#include "revisor/analyze/audit.h"
#include "revisor/base/progress.h"
#include "revisor/base/worker_pool.h"

#include "cli/store_locator.h"

namespace revisor::cli {

namespace {

// Past a handful of threads the store's disk reads, not the analysis, bound the speed.
constexpr std::size_t kMaxWorkers = 8;
// Starting a thread costs more than auditing a few short histories.
constexpr std::size_t kArticlesPerWorker = 4;

}  // namespace

void for_each_article(std::size_t count, const GlobalOptions& global, const std::string& doing,
                      const std::function<void(const store::ArticleStore&, std::size_t)>& work) {
  std::size_t workers = std::clamp<std::size_t>(std::thread::hardware_concurrency(), 1, kMaxWorkers);
  workers = std::min(workers, std::max<std::size_t>(1, count / kArticlesPerWorker));
  Progress progress(doing, count);
  for_each_index(count, workers, [&]() -> IndexWork {
    // Reading a history touches nothing shared, but one store handle is not thread-safe: one each.
    auto s = std::make_shared<const store::ArticleStore>(open_store(global));
    return [&, s](std::size_t i) {
      work(*s, i);
      progress.advance();
    };
  });
}

report::ArticleReport load_report(const store::ArticleStore& s, const ArticleId& id) {
  const auto history = s.history(id);
  return report::build_report(analyze::audit(id.str(), history), history);
}

}  // namespace revisor::cli
