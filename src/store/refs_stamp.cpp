#include "store/refs_stamp.h"

#include <fmt/core.h>
#include <sys/stat.h>

#include <algorithm>
#include <cerrno>
#include <ctime>
#include <string_view>
#include <utility>
#include <vector>

#include "store/ref_files.h"
#include "store/sha256.h"

namespace revisor::store {
namespace {

// A file time this close to the clock may be shared by a later change in the same tick of the file
// system's clock (ext4's is the kernel's tick, a few milliseconds; FAT's two seconds).
constexpr std::time_t kRacySeconds = 2;

// Adds `path` and every directory below it to `dirs`; false when one cannot be read.
bool collect_dirs(const std::string& path, std::vector<std::string>& dirs) {
  dirs.push_back(path);
  return walk_ref_tree(path, [&](const std::string& p, bool is_dir) {
    if (is_dir) dirs.push_back(p);
    return true;
  });
}

// One line for the file `name` into `out`; false when it changed too recently to be told apart
// from a later change.
bool stamp_line(std::string_view name, const struct stat& st, std::time_t now, std::string& out) {
  if (st.st_mtim.tv_sec + kRacySeconds > now) return false;
  out += fmt::format("{}\t{} {}.{:09} {}\n", name, st.st_ino, st.st_mtim.tv_sec, st.st_mtim.tv_nsec, st.st_size);
  return true;
}

}  // namespace

std::optional<std::string> refs_stamp(const std::filesystem::path& git_dir) {
  const std::time_t now = std::time(nullptr);
  std::string text;
  struct stat st {};
  const std::string packed = (git_dir / "packed-refs").string();
  if (::stat(packed.c_str(), &st) == 0) {
    if (!stamp_line("packed-refs", st, now, text)) return std::nullopt;
  } else if (errno == ENOENT) {
    text += "packed-refs\tnone\n";
  } else {
    return std::nullopt;
  }
  const std::string refs = (git_dir / "refs" / "articles").string();
  if (::stat(refs.c_str(), &st) != 0) {
    if (errno != ENOENT) return std::nullopt;
    text += "refs/articles\tnone\n";
    return sha256_hex(text);
  }
  std::vector<std::string> dirs;
  if (!collect_dirs(refs, dirs)) return std::nullopt;
  std::sort(dirs.begin(), dirs.end());
  for (const auto& d : dirs) {
    if (::lstat(d.c_str(), &st) != 0 || !stamp_line(std::string_view(d).substr(git_dir.native().size()), st, now, text))
      return std::nullopt;
  }
  return sha256_hex(text);
}

}  // namespace revisor::store
