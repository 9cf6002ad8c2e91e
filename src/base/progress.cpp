#include "revisor/base/progress.h"

#include <cstdio>

#include <fmt/core.h>
#include <unistd.h>

namespace revisor {

namespace {

// Redrawing more often than this costs more than it tells.
constexpr auto kRedrawEvery = std::chrono::milliseconds(100);

}  // namespace

Progress::Progress(std::string doing, std::size_t total, std::string items)
    : doing_(std::move(doing)),
      items_(std::move(items)),
      total_(total),
      shown_(total > 1 && isatty(STDERR_FILENO) == 1) {}

Progress::~Progress() {
  if (!drew_) return;
  fmt::print(stderr, "\r\033[K");  // leave the terminal as it was: the results follow
  std::fflush(stderr);
}

void Progress::advance() {
  const std::size_t done = ++done_;
  if (!shown_) return;
  std::unique_lock lock(draw_mutex_, std::try_to_lock);
  if (!lock.owns_lock()) return;  // another thread is drawing; the next call catches up
  const auto now = std::chrono::steady_clock::now();
  if (drew_ && now - last_draw_ < kRedrawEvery && done != total_) return;
  last_draw_ = now;
  draw(done);
}

void Progress::draw(std::size_t done) {
  fmt::print(stderr, "\rrevisor: {} {} of {} {}\033[K", doing_, done, total_, items_);
  std::fflush(stderr);
  drew_ = true;
}

}  // namespace revisor
