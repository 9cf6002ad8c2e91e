#include "cli/article_work.h"
#include "cli/ordered_work.h"

#include <algorithm>
#include <condition_variable>
#include <map>
#include <memory>
#include <mutex>

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

// Items a worker may run ahead of the next one to emit.
constexpr std::size_t kAheadPerWorker = 4;

std::size_t worker_count(std::size_t count) {
  std::size_t workers = std::min(core_count(), kMaxWorkers);
  return std::min(workers, std::max<std::size_t>(1, count / kArticlesPerWorker));
}

}  // namespace

void for_each_article_in_order(std::size_t count, const GlobalOptions& global, const std::string& doing,
                               const std::function<std::string(const store::ArticleStore&, std::size_t)>& work,
                               const std::function<void(std::size_t, std::string&&)>& emit) {
  const std::size_t workers = worker_count(count);
  const std::size_t window = workers * kAheadPerWorker;
  std::mutex mutex;
  std::condition_variable emitted;
  std::size_t next = 0;  // the next index to emit
  bool failed = false;   // a work or emit call threw: nobody will emit `next` any more
  std::map<std::size_t, std::string> ready;
  Progress progress(doing, count);
  for_each_index(count, workers, [&]() -> IndexWork {
    auto s = std::make_shared<const store::ArticleStore>(open_store(global));
    return [&, s](std::size_t i) {
      {
        std::unique_lock lock(mutex);
        emitted.wait(lock, [&] { return failed || i < next + window; });
        if (failed) return;  // for_each_index rethrows the first error
      }
      try {
        std::string result = work(*s, i);
        std::lock_guard lock(mutex);
        ready.emplace(i, std::move(result));
        for (auto it = ready.begin(); it != ready.end() && it->first == next; it = ready.erase(it), ++next)
          emit(next, std::move(it->second));
        emitted.notify_all();
      } catch (...) {
        std::lock_guard lock(mutex);
        failed = true;
        emitted.notify_all();
        throw;
      }
      progress.advance();
    };
  });
}

void for_each_article(std::size_t count, const GlobalOptions& global, const std::string& doing,
                      const std::function<void(const store::ArticleStore&, std::size_t)>& work) {
  const std::size_t workers = worker_count(count);
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

analyze::ArticleAudit audit_article(const store::ArticleStore& s, const ArticleId& id,
                                   const std::vector<text::ArticleVersion>& history) {
  analyze::ArticleAudit a = analyze::audit(id.str(), history);
  a.page_events = s.events(id);
  return a;
}

analyze::ArticleAudit audit_article(const store::ArticleStore& s, const ArticleId& id) {
  return audit_article(s, id, s.history(id));
}

report::ArticleReport load_report(const store::ArticleStore& s, const ArticleId& id) {
  const auto history = s.history(id);
  return report::build_report(audit_article(s, id, history), history);
}

}  // namespace revisor::cli
