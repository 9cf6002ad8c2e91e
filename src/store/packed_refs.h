// git's packed-refs file: many refs in one sorted file, a line "<id> <name>" each, rewritten whole
// under packed-refs.lock. Private to the store layer, which moves a bulk ingest's refs through it.
#pragma once

#include <sys/types.h>

#include <cstdint>
#include <filesystem>
#include <map>
#include <string>
#include <string_view>

namespace revisor::store {

// Whether `s` is an object id as refs hold one: 40 lowercase hex digits.
bool is_hex_object_id(std::string_view s);

// One line of packed-refs, as git writes them: the header ("# pack-refs with: ..."), a ref
// ("<id> <name>"), the peeled id of the tag before it ("^<id>"), or anything else (malformed).
struct PackedLine {
  enum class Kind { header, ref, peeled, malformed };
  Kind kind = Kind::malformed;
  std::string_view id;    // of a ref or a peeled line
  std::string_view name;  // of a ref
};
PackedLine parse_packed_line(std::string_view line);

// packed-refs.lock held by this process: the lock git and libgit2 take before they rewrite
// packed-refs. Created with O_EXCL, so one writer at a time holds it.
class PackedRefsLock {
 public:
  // Tries once to take the lock of `git_dir`/packed-refs; held() says whether it did. Throws
  // Error(store) naming the lock file when it cannot be created for another reason than that a
  // writer holds it.
  explicit PackedRefsLock(const std::filesystem::path& git_dir);
  PackedRefsLock(const PackedRefsLock&) = delete;
  PackedRefsLock& operator=(const PackedRefsLock&) = delete;
  // Removes the lock file unless it became packed-refs; never throws.
  ~PackedRefsLock();

  bool held() const { return fd_ >= 0; }

 private:
  friend class PackedRefs;
  std::filesystem::path path_;
  int fd_ = -1;
};

// What packed-refs holds, read when it changed since the last read, and rewritten from memory.
class PackedRefs {
 public:
  explicit PackedRefs(const std::filesystem::path& git_dir);

  // Reads the file again when it is not the file last read (another inode, size or modification
  // time); a missing file holds no refs. Throws Error(store) naming the file and the line when a
  // line is not as git writes it.
  void refresh();

  // The id `name` points at here (40 lowercase hex digits), or nullptr.
  const std::string* find(const std::string& name) const;
  // The first ref here (by name) named `folder` + "/" + more, or nullptr.
  const std::string* first_under(const std::string& folder) const;
  // The size in bytes of the file as last read or written.
  std::uintmax_t bytes() const { return bytes_; }

  // Points `name` at `id` (40 lowercase hex digits) in memory, until write() or refresh().
  void set(const std::string& name, const std::string& id);

  // Writes every ref held here through `lock` (which must be held), synced to disk, and renames
  // the lock over packed-refs: readers see the old file or the new one whole. Throws Error(store)
  // naming the file; packed-refs is then as it was.
  void write(PackedRefsLock& lock);

 private:
  struct Entry {
    std::string id;
    std::string peeled;  // "^<id>" line of an annotated tag, without the caret; usually empty
  };
  struct Stamp {
    dev_t dev = 0;
    ino_t ino = 0;
    off_t size = -1;  // -1: no file
    std::int64_t mtime_ns = 0;
    bool operator==(const Stamp&) const = default;
  };
  static Stamp stamp_of(const std::filesystem::path& file);

  std::filesystem::path file_;
  std::string header_;  // "# pack-refs with: ..." as read, with its newline; empty when none
  std::map<std::string, Entry> refs_;
  Stamp stamp_;
  bool read_ = false;
  std::uintmax_t bytes_ = 0;
};

}  // namespace revisor::store
