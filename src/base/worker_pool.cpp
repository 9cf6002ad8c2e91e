#include "revisor/base/worker_pool.h"

#include <algorithm>
#include <atomic>
#include <exception>
#include <mutex>
#include <system_error>
#include <thread>
#include <vector>

namespace revisor {

void for_each_index(std::size_t count, std::size_t threads, const std::function<IndexWork()>& start_worker) {
  if (count == 0) return;
  const std::size_t workers = std::clamp<std::size_t>(threads, 1, count);
  std::atomic<std::size_t> next{0};
  std::mutex error_mutex;
  std::exception_ptr first_error;
  auto run = [&] {
    try {
      const IndexWork work = start_worker();
      for (std::size_t i = next++; i < count; i = next++) work(i);
    } catch (...) {
      next = count;  // the other workers take no further index
      const std::lock_guard lock(error_mutex);
      if (!first_error) first_error = std::current_exception();
    }
  };
  std::vector<std::thread> started;
  started.reserve(workers - 1);
  for (std::size_t w = 1; w < workers; ++w) {
    try {
      started.emplace_back(run);
    } catch (const std::system_error&) {
      break;  // the system has no thread to spare: the threads already running share the work
    }
  }
  run();
  for (auto& t : started) t.join();
  if (first_error) std::rethrow_exception(first_error);
}

void for_each_index(std::size_t count, std::size_t threads, const IndexWork& work) {
  for_each_index(count, threads, [&work]() -> IndexWork { return [&work](std::size_t i) { work(i); }; });
}

std::size_t core_count() { return std::max(1u, std::thread::hardware_concurrency()); }

}  // namespace revisor
