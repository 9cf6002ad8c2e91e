// StagedProgress: the progress line of work that reports itself in stages, each with its own total
// (gc's counting, compressing, writing; a transfer's receiving, sending), as library observers do.
#pragma once

#include <cstddef>
#include <optional>
#include <string>

#include "revisor/base/progress.h"

namespace revisor::cli {

class StagedProgress {
 public:
  explicit StagedProgress(std::string items) : items_(std::move(items)) {}

  // `done` of `total` items of `stage`; a new stage starts a new line.
  void update(const std::string& stage, std::size_t done, std::size_t total) {
    if (!progress_ || stage != stage_ || total != total_) {
      progress_.reset();
      progress_.emplace(stage, total, items_);
      stage_ = stage;
      total_ = total;
      shown_ = 0;
    }
    for (; shown_ < done; ++shown_) progress_->advance();
  }

  // Clears the line before results are printed.
  void finish() { progress_.reset(); }

 private:
  std::string items_;
  std::optional<Progress> progress_;
  std::string stage_;
  std::size_t total_ = 0;
  std::size_t shown_ = 0;
};

}  // namespace revisor::cli
