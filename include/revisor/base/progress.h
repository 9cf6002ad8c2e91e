// Progress: a line on standard error for work over many items ("auditing 1,204 of 5,000 articles,
// 310 articles/s, 0:12 left"), shown only when standard error is a terminal, so logs and pipes stay clean.
#pragma once

#include <atomic>
#include <chrono>
#include <cstddef>
#include <mutex>
#include <string>

namespace revisor {

class Progress {
 public:
  // `doing` is a verb phrase ("auditing"), `items` what is counted; nothing is shown for fewer than
  // two items or when standard error is not a terminal. Never throws beyond allocation.
  Progress(std::string doing, std::size_t total, std::string items = "articles");
  // Clears the line if one was drawn, so the results that follow start on a clean line.
  ~Progress();
  Progress(const Progress&) = delete;
  Progress& operator=(const Progress&) = delete;

  // One more item done. Safe to call from several threads at once; redraws at most every 100 ms
  // (and for the last item), and never waits for another thread that is drawing.
  void advance();

 private:
  void draw(std::size_t done);

  std::string doing_;
  std::string items_;
  std::size_t total_;
  bool shown_;
  std::chrono::steady_clock::time_point start_;
  std::atomic<std::size_t> done_{0};
  std::mutex draw_mutex_;
  std::chrono::steady_clock::time_point last_draw_{};
  bool drew_ = false;
};

}  // namespace revisor
