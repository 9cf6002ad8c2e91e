#include "cli/article_work.h"

#include <algorithm>
#include <atomic>
#include <exception>
#include <thread>
#include <vector>

#include "revisor/analyze/audit.h"
#include "revisor/base/progress.h"

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
  std::atomic<std::size_t> next{0};
  std::vector<std::exception_ptr> errors(workers);
  // Reading a history touches nothing shared, but one store handle is not thread-safe: one each.
  auto run = [&](std::size_t w) {
    try {
      const store::ArticleStore s = open_store(global);
      for (std::size_t i = next++; i < count; i = next++) {
        work(s, i);
        progress.advance();
      }
    } catch (...) {
      errors[w] = std::current_exception();
      next = count;  // stop the other workers early
    }
  };
  std::vector<std::thread> threads;
  for (std::size_t w = 1; w < workers; ++w) threads.emplace_back(run, w);
  run(0);
  for (auto& t : threads) t.join();
  for (auto& e : errors) {
    if (e) std::rethrow_exception(e);
  }
}

report::ArticleReport load_report(const store::ArticleStore& s, const ArticleId& id) {
  const auto history = s.history(id);
  return report::build_report(analyze::audit(id.str(), history), history);
}

}  // namespace revisor::cli
