#include "revisor/base/atomic_file.h"

#include <cerrno>
#include <cstring>

#include <fcntl.h>
#include <stdlib.h>
#include <sys/stat.h>
#include <unistd.h>

#include "revisor/base/error.h"
#include "revisor/base/fd_write.h"

namespace revisor {

namespace {

[[noreturn]] void fail(const std::string& what, const std::filesystem::path& path, int err) {
  throw Error(ErrorKind::io, what + " " + path.string() + ": " + std::strerror(err));
}

}  // namespace

AtomicFile::AtomicFile(std::filesystem::path target) : target_(std::move(target)) {
  auto dir = target_.parent_path();
  if (dir.empty()) dir = ".";
  // append, not "." + ...: g++ 12 at -O3 warns -Wrestrict on a literal + std::string temporary.
  temp_ = (dir / std::string(".").append(target_.filename().string()).append(".tmp-XXXXXX")).string();
  fd_ = mkstemp(temp_.data());
  if (fd_ < 0) fail("cannot create a temporary file for", target_, errno);
  // mkstemp creates 0600; a report is an ordinary file for whoever may read the directory.
  const mode_t mask = umask(0);
  umask(mask);
  fchmod(fd_, 0666 & ~mask);
}

AtomicFile::~AtomicFile() {
  if (fd_ >= 0) close(fd_);
  if (!committed_) unlink(temp_.c_str());
}

void AtomicFile::write(std::string_view data) {
  if (!write_all(fd_, data)) fail("cannot write", target_, errno);
}

void AtomicFile::commit() {
  if (fsync(fd_) != 0) fail("cannot flush", target_, errno);
  const int fd = fd_;
  fd_ = -1;
  if (close(fd) != 0) fail("cannot close", target_, errno);
  if (std::rename(temp_.c_str(), target_.c_str()) != 0) fail("cannot replace", target_, errno);
  committed_ = true;
}

void write_file_atomically(const std::filesystem::path& target, std::string_view data) {
  AtomicFile file(target);
  file.write(data);
  file.commit();
}

void sync_to_disk(const std::filesystem::path& path) {
  const int fd = ::open(path.c_str(), O_RDONLY | O_CLOEXEC);
  if (fd < 0 || fsync(fd) != 0) {
    const int err = errno;
    if (fd >= 0) close(fd);
    fail("cannot flush to disk", path, err);
  }
  close(fd);
}

}  // namespace revisor
