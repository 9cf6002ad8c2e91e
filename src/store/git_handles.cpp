#include "store/git_handles.h"

#include <cerrno>
#include <cstring>

#include <fmt/core.h>

#include <mutex>

#include "revisor/base/error.h"

namespace revisor::store {

void ensure_libgit2() {
  static std::once_flag once;
  // Never shut down: handles may be released during static destruction.
  std::call_once(once, [] {
    int rc = git_libgit2_init();
    if (rc < 0) throw Error(ErrorKind::store, "initializing libgit2: " + git_message(rc));
  });
}

std::string git_message(int rc) {
  // libgit2 1.5.1 may return NULL here even after a failure.
  const git_error* e = git_error_last();
  if (e && e->message && *e->message) return e->message;
  // A failed write (a full disk, EFBIG) can come back without a message; the system's error is
  // then the only account of what failed.
  if (errno != 0) return fmt::format("libgit2 error {} ({})", rc, std::strerror(errno));
  return fmt::format("unknown libgit2 error {}", rc);
}

void git_check(int rc, std::string_view doing) {
  if (rc >= 0) return;
  ErrorKind kind = ErrorKind::store;
  if (rc == GIT_EMODIFIED || rc == GIT_EEXISTS || rc == GIT_ELOCKED) kind = ErrorKind::conflict;
  throw Error(kind, fmt::format("{}: {}", doing, git_message(rc)));
}

std::string oid_hex(const git_oid& oid) {
  char buf[GIT_OID_HEXSZ + 1];
  git_oid_tostr(buf, sizeof buf, &oid);
  return buf;
}

}  // namespace revisor::store
