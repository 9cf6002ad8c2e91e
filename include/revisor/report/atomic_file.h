// AtomicFile: writes a report file so readers see the old file or the whole new one, never a part:
// data goes to a temporary file beside the target and replaces it by rename() on commit().
#pragma once

#include <filesystem>
#include <string>
#include <string_view>

namespace revisor::report {

class AtomicFile {
 public:
  // Creates the temporary file (parent directories must exist). Throws Error(io) naming the path.
  explicit AtomicFile(std::filesystem::path target);
  AtomicFile(const AtomicFile&) = delete;
  AtomicFile& operator=(const AtomicFile&) = delete;
  // Removes the temporary file unless commit() succeeded.
  ~AtomicFile();

  void write(std::string_view data);
  // Flushes to disk and renames over the target. Throws Error(io) naming the path.
  void commit();

 private:
  std::filesystem::path target_;
  std::string temp_;
  int fd_ = -1;
  bool committed_ = false;
};

// Convenience: AtomicFile(target).write(data).commit().
void write_file_atomically(const std::filesystem::path& target, std::string_view data);

}  // namespace revisor::report
