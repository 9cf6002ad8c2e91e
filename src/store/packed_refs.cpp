#include "store/packed_refs.h"

#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

#include <algorithm>
#include <cerrno>
#include <cstdio>
#include <cstring>
#include <fstream>
#include <string_view>

#include <fmt/core.h>

#include "revisor/base/error.h"
#include "revisor/base/fd_write.h"

namespace revisor::store {
namespace {

namespace fs = std::filesystem;

constexpr std::size_t kHexDigits = 40;
// What libgit2 and git write: every entry's peeled id is given where it has one, entries sorted.
constexpr std::string_view kHeader = "# pack-refs with: peeled fully-peeled sorted \n";

[[noreturn]] void fail(const std::string& what, const fs::path& path, int err) {
  throw Error(ErrorKind::store, fmt::format("{} {}: {}", what, path.string(), std::strerror(err)));
}

}  // namespace

bool is_hex_object_id(std::string_view s) {
  return s.size() == kHexDigits && std::all_of(s.begin(), s.end(), [](char c) {
           return (c >= '0' && c <= '9') || (c >= 'a' && c <= 'f');
         });
}

PackedLine parse_packed_line(std::string_view line) {
  if (line.starts_with('#')) return {PackedLine::Kind::header, {}, {}};
  if (line.starts_with('^'))
    return is_hex_object_id(line.substr(1)) ? PackedLine{PackedLine::Kind::peeled, line.substr(1), {}}
                                            : PackedLine{};
  if (line.size() < kHexDigits + 2 || line[kHexDigits] != ' ' ||
      !is_hex_object_id(line.substr(0, kHexDigits)))
    return {};
  return {PackedLine::Kind::ref, line.substr(0, kHexDigits), line.substr(kHexDigits + 1)};
}

PackedRefsLock::PackedRefsLock(const fs::path& git_dir) : path_(git_dir / "packed-refs.lock") {
  // git's mode for packed-refs: 0666 less the umask.
  fd_ = ::open(path_.c_str(), O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC, 0666);
  if (fd_ < 0 && errno != EEXIST) fail("cannot create the lock", path_, errno);
}

PackedRefsLock::~PackedRefsLock() {
  if (fd_ < 0) return;
  ::close(fd_);
  ::unlink(path_.c_str());
}

PackedRefs::PackedRefs(const fs::path& git_dir) : file_(git_dir / "packed-refs") {}

PackedRefs::Stamp PackedRefs::stamp_of(const fs::path& file) {
  struct stat st {};
  if (::stat(file.c_str(), &st) != 0) {
    if (errno == ENOENT) return {};
    fail("cannot read", file, errno);
  }
  return {st.st_dev, st.st_ino, st.st_size,
          static_cast<std::int64_t>(st.st_mtim.tv_sec) * 1'000'000'000 + st.st_mtim.tv_nsec};
}

void PackedRefs::refresh() {
  const Stamp now = stamp_of(file_);
  if (read_ && now == stamp_) return;
  // Read into locals: a file that fails to parse leaves nothing half read behind.
  std::string header;
  std::map<std::string, Entry> refs;
  std::uintmax_t bytes = 0;
  if (now.size >= 0) {
    std::ifstream in(file_, std::ios::binary);
    if (!in) fail("cannot read", file_, errno);
    std::string line;
    Entry* last = nullptr;
    for (std::size_t number = 1; std::getline(in, line); ++number) {
      bytes += line.size() + 1;
      const PackedLine parsed = parse_packed_line(line);
      if (parsed.kind == PackedLine::Kind::header && number == 1 && line.starts_with("# pack-refs with:")) {
        header = line + "\n";
      } else if (parsed.kind == PackedLine::Kind::peeled && last) {
        last->peeled = parsed.id;
      } else if (parsed.kind == PackedLine::Kind::ref) {
        last = &refs[std::string(parsed.name)];
        *last = {std::string(parsed.id), {}};
      } else {
        throw Error(ErrorKind::store, fmt::format("{} line {} is not a ref as git writes it: \"{}\"",
                                                  file_.string(), number, line.substr(0, 120)));
      }
    }
    if (in.bad()) fail("cannot read", file_, errno);
  }
  header_ = std::move(header);
  refs_ = std::move(refs);
  bytes_ = bytes;
  stamp_ = now;
  read_ = true;
}

const std::string* PackedRefs::find(const std::string& name) const {
  auto it = refs_.find(name);
  return it == refs_.end() ? nullptr : &it->second.id;
}

const std::string* PackedRefs::first_under(const std::string& folder) const {
  const std::string prefix = folder + "/";
  auto it = refs_.lower_bound(prefix);
  return it != refs_.end() && it->first.compare(0, prefix.size(), prefix) == 0 ? &it->first : nullptr;
}

void PackedRefs::set(const std::string& name, const std::string& id) { refs_[name] = {id, {}}; }

void PackedRefs::write(PackedRefsLock& lock) {
  read_ = false;  // until the file holds what this does: after a failure, the next refresh reads it
  std::string text = header_.empty() ? std::string(kHeader) : header_;
  for (const auto& [name, e] : refs_) {
    text.append(e.id).append(" ").append(name).append("\n");
    if (!e.peeled.empty()) text.append("^").append(e.peeled).append("\n");
  }
  if (!write_all(lock.fd_, text) || ::fsync(lock.fd_) != 0) fail("cannot write", lock.path_, errno);
  if (::close(lock.fd_) != 0) {
    lock.fd_ = -1;
    const int err = errno;
    ::unlink(lock.path_.c_str());
    fail("cannot write", lock.path_, err);
  }
  lock.fd_ = -1;
  if (::rename(lock.path_.c_str(), file_.c_str()) != 0) {
    const int err = errno;
    ::unlink(lock.path_.c_str());
    fail("cannot replace", file_, err);
  }
  stamp_ = stamp_of(file_);
  bytes_ = text.size();
  read_ = true;
}

}  // namespace revisor::store
