#include "revisor/base/worker_pool.h"

#include <atomic>
#include <chrono>
#include <mutex>
#include <set>
#include <stdexcept>
#include <string>
#include <thread>
#include <vector>

#include <catch2/catch.hpp>

using revisor::for_each_index;
using revisor::IndexWork;

TEST_CASE("worker pool: every index is done exactly once") {
  for (std::size_t threads : {0, 1, 3, 8}) {
    INFO("threads " << threads);
    constexpr std::size_t kCount = 1000;
    std::vector<std::atomic<int>> done(kCount);
    for_each_index(kCount, threads, [&](std::size_t i) { ++done[i]; });
    for (std::size_t i = 0; i < kCount; ++i) REQUIRE(done[i] == 1);
  }
  bool called = false;
  for_each_index(0, 4, [&](std::size_t) { called = true; });
  CHECK_FALSE(called);
}

TEST_CASE("worker pool: each worker starts once on its own thread and keeps its state") {
  // Catch2 assertions are not thread-safe: the workers record, the test thread checks.
  std::mutex m;
  std::set<std::thread::id> starters;
  int starts = 0;
  std::atomic<std::size_t> total{0};
  for_each_index(200, 4, [&]() -> IndexWork {
    {
      const std::lock_guard lock(m);
      starters.insert(std::this_thread::get_id());
      ++starts;
    }
    auto own = std::make_shared<std::size_t>(0);
    return [&, own](std::size_t) {
      ++*own;  // unsynchronized on purpose: state from start_worker belongs to one thread
      ++total;
    };
  });
  CHECK(total == 200);
  CHECK(starters.size() == static_cast<std::size_t>(starts));
  CHECK(starts >= 1);
  CHECK(starts <= 4);
}

TEST_CASE("worker pool: the first error is rethrown and the remaining work is stopped") {
  constexpr std::size_t kCount = 10000;
  std::atomic<std::size_t> ran{0};
  try {
    for_each_index(kCount, 4, [&](std::size_t i) {
      ++ran;
      if (i == 5) throw std::runtime_error("index 5 failed");
      std::this_thread::sleep_for(std::chrono::microseconds(100));
    });
    FAIL("expected the error of index 5");
  } catch (const std::runtime_error& e) {
    CHECK(std::string(e.what()) == "index 5 failed");
  }
  // The workers still running finish their index; none takes a new one.
  CHECK(ran < 100);
}

TEST_CASE("worker pool: an error while starting a worker stops the work and is rethrown") {
  std::atomic<std::size_t> ran{0};
  CHECK_THROWS_WITH(for_each_index(100, 1,
                                   [&]() -> IndexWork {
                                     throw std::runtime_error("no store");
                                     return [&](std::size_t) { ++ran; };
                                   }),
                    "no store");
  CHECK(ran == 0);
}
