#include "store/ref_files.h"

#include <dirent.h>
#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

#include <algorithm>
#include <atomic>
#include <cerrno>
#include <fstream>
#include <iterator>
#include <memory>
#include <string_view>
#include <system_error>
#include <unordered_set>
#include <utility>

#include "revisor/base/c_handle.h"
#include "revisor/base/worker_pool.h"
#include "revisor/store/store_format.h"
#include "store/packed_refs.h"

namespace revisor::store {
namespace {

constexpr std::size_t kHexDigits = 40;
// Ref files read by one worker between two looks at the shared counter.
constexpr std::size_t kFilesPerTask = 1024;

enum class Read { ok, gone, odd };

// The object id in the loose ref file `path`.
Read read_loose(int dir_fd, const std::string& path, std::string& tip) {
  // Without O_NOATIME the first read of a ref written since it was last read writes its inode back
  // (relatime), which was two thirds of reading 280,000 refs just ingested. Only the file's owner
  // may ask for it; anyone else reads as usual.
  int fd = ::openat(dir_fd, path.c_str(), O_RDONLY | O_CLOEXEC | O_NOFOLLOW | O_NOATIME);
  if (fd < 0 && errno == EPERM) fd = ::openat(dir_fd, path.c_str(), O_RDONLY | O_CLOEXEC | O_NOFOLLOW);
  if (fd < 0) return errno == ENOENT ? Read::gone : Read::odd;  // gone: removed since it was listed
  char buf[kHexDigits + 2];
  ssize_t n;
  do n = ::read(fd, buf, sizeof buf);
  while (n < 0 && errno == EINTR);
  ::close(fd);
  if (n < 0) return Read::odd;
  std::string_view text(buf, static_cast<std::size_t>(n));
  if (text.ends_with('\n')) text.remove_suffix(1);
  if (!is_hex_object_id(text)) return Read::odd;
  tip.assign(text);
  return Read::ok;
}

// The refs/articles entries of packed-refs that `loose` lacks, into `out`; false when the file is
// not as git writes it. A missing file holds nothing.
bool add_packed(const std::filesystem::path& file, const std::unordered_set<std::string_view>& loose,
                std::vector<RefTip>& out) {
  std::error_code missing;
  if (!std::filesystem::exists(file, missing)) return !missing;
  std::ifstream in(file, std::ios::binary);
  if (!in) return false;
  std::string line;
  while (std::getline(in, line)) {
    if (line.empty()) continue;
    const PackedLine parsed = parse_packed_line(line);
    if (parsed.kind == PackedLine::Kind::malformed) return false;
    if (parsed.kind != PackedLine::Kind::ref) continue;  // header, peeled tag
    if (!parsed.name.starts_with(format::kRefPrefix) || loose.count(parsed.name)) continue;
    out.push_back({std::string(parsed.name), std::string(parsed.id)});
  }
  return !in.bad();
}

}  // namespace

bool walk_ref_tree(const std::string& dir,
                   const std::function<bool(const std::string& path, bool is_dir)>& visit) {
  std::unique_ptr<DIR, CDeleter<::closedir>> d(::opendir(dir.c_str()));
  if (!d) return false;
  for (;;) {
    errno = 0;
    const dirent* e = ::readdir(d.get());
    if (!e) return errno == 0;
    const std::string_view name(e->d_name);
    if (name == "." || name == "..") continue;
    unsigned char type = e->d_type;
    if (type == DT_UNKNOWN) {
      struct stat st {};
      if (::fstatat(::dirfd(d.get()), e->d_name, &st, AT_SYMLINK_NOFOLLOW) != 0) return false;
      type = S_ISDIR(st.st_mode) ? DT_DIR : S_ISREG(st.st_mode) ? DT_REG : DT_UNKNOWN;
    }
    if (type != DT_DIR && type != DT_REG) return false;
    const std::string path = dir + "/" + std::string(name);
    if (!visit(path, type == DT_DIR)) return false;
    if (type == DT_DIR && !walk_ref_tree(path, visit)) return false;
  }
}

std::optional<std::vector<RefTip>> read_article_tips(const std::filesystem::path& git_dir) {
  const std::string root = git_dir.string() + "/";
  const std::string dir = root + std::string(format::kRefPrefix.substr(0, format::kRefPrefix.size() - 1));
  std::vector<std::string> names;  // relative to root: "refs/articles/<id>"
  struct stat st {};
  if (::stat(dir.c_str(), &st) == 0) {
    const bool read = walk_ref_tree(dir, [&](const std::string& path, bool is_dir) {
      if (!is_dir && !path.ends_with(".lock")) names.push_back(path.substr(root.size()));
      return true;
    });
    if (!read) return std::nullopt;
  } else if (errno != ENOENT) {
    return std::nullopt;
  }

  const int root_fd = ::open(root.c_str(), O_RDONLY | O_DIRECTORY | O_CLOEXEC);
  if (root_fd < 0) return std::nullopt;
  std::vector<std::string> tips(names.size());
  std::vector<char> gone(names.size(), 0);
  std::atomic<bool> odd = false;
  const std::size_t tasks = (names.size() + kFilesPerTask - 1) / kFilesPerTask;
  for_each_index(tasks, core_count(), [&](std::size_t t) {
    const std::size_t end = std::min(names.size(), (t + 1) * kFilesPerTask);
    for (std::size_t i = t * kFilesPerTask; i < end && !odd; ++i) {
      const Read r = read_loose(root_fd, names[i], tips[i]);
      if (r == Read::odd) odd = true;
      gone[i] = r == Read::gone;
    }
  });
  ::close(root_fd);
  if (odd) return std::nullopt;

  std::vector<RefTip> out;
  out.reserve(names.size());
  for (std::size_t i = 0; i < names.size(); ++i)
    if (!gone[i]) out.push_back({std::move(names[i]), std::move(tips[i])});
  // Read after the loose refs: a ref packed meanwhile is in packed-refs before its loose file goes.
  std::unordered_set<std::string_view> loose;
  loose.reserve(out.size());
  for (const auto& r : out) loose.insert(r.name);
  std::vector<RefTip> packed;
  if (!add_packed(git_dir / "packed-refs", loose, packed)) return std::nullopt;
  out.insert(out.end(), std::make_move_iterator(packed.begin()), std::make_move_iterator(packed.end()));
  std::sort(out.begin(), out.end(), [](const RefTip& a, const RefTip& b) { return a.name < b.name; });
  return out;
}

}  // namespace revisor::store
