// AtomicFile: writes a file so readers see the old file or the whole new one, never a part: data
// goes to a temporary file beside the target and replaces it by rename() on commit().
#pragma once

#include <filesystem>
#include <string>
#include <string_view>

namespace revisor {

// One AtomicFile belongs to one thread at a time; distinct targets may be written concurrently.
class AtomicFile {
 public:
  // Creates the temporary file (parent directories must exist). Throws Error(io) naming the path.
  explicit AtomicFile(std::filesystem::path target);
  AtomicFile(const AtomicFile&) = delete;
  AtomicFile& operator=(const AtomicFile&) = delete;
  // Removes the temporary file unless commit() succeeded; never throws.
  ~AtomicFile();

  // Appends all of `data` to the temporary file. Throws Error(io) naming the target.
  void write(std::string_view data);
  // Flushes to disk and renames over the target. Throws Error(io) naming the path; the target is
  // then unchanged.
  void commit();

 private:
  std::filesystem::path target_;
  std::string temp_;
  int fd_ = -1;
  bool committed_ = false;
};

// AtomicFile(target).write(data).commit(): the target holds `data` or what it held before. Throws
// Error(io) naming the path.
void write_file_atomically(const std::filesystem::path& target, std::string_view data);

// Flushes the file or folder at `path` to disk: for a folder, the names in it, which is what makes a
// rename into it durable. Throws Error(io) naming the path.
void sync_to_disk(const std::filesystem::path& path);

}  // namespace revisor
