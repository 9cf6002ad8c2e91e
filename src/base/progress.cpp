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
      shown_(total > 1 && isatty(STDERR_FILENO) == 1),
      start_(std::chrono::steady_clock::now()) {}

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
  // Rate and time left only once there is a second's work to base them on.
  const double seconds = std::chrono::duration<double>(std::chrono::steady_clock::now() - start_).count();
  std::string pace;
  if (seconds >= 1.0 && done > 0 && done < total_) {
    const double rate = static_cast<double>(done) / seconds;
    const auto left = static_cast<long long>(static_cast<double>(total_ - done) / rate + 0.5);
    pace = fmt::format(", {:.0f} {}/s, {}:{:02} left", rate, items_, left / 60, left % 60);
  }
  fmt::print(stderr, "\rrevisor: {} {} of {} {}{}\033[K", doing_, done, total_, items_, pace);
  std::fflush(stderr);
  drew_ = true;
}

}  // namespace revisor
