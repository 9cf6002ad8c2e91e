#include "store/git_handles.h"

#include <cerrno>
#include <cstring>

#include <fmt/core.h>

#include <mutex>
#include <tuple>

#include "revisor/base/error.h"

namespace revisor::store {

void ensure_libgit2() {
  static std::once_flag once;
  // Never shut down: handles may be released during static destruction.
  std::call_once(once, [] {
    int rc = git_libgit2_init();
    if (rc < 0) throw Error(ErrorKind::store, "initializing libgit2: " + git_message(rc));
    // Memory that stays bounded however large the store (the 1,000,000-version runs): libgit2's
    // defaults map up to 8 GiB of pack files, keep every pack it opened open (a store bulk-ingested
    // in batches has one pack per batch) and cache 256 MiB of commits and trees, which an
    // ingest or audit that reads each article once never asks for again.
    constexpr std::size_t kMappedPackBytes = std::size_t{256} << 20;
    constexpr std::size_t kPackWindowBytes = std::size_t{32} << 20;
    constexpr std::size_t kOpenPacks = 128;
    constexpr std::size_t kCacheBytes = std::size_t{16} << 20;  // of raw objects; parsed, about 3.5 times that
    for (auto [option, value, what] :
         {std::tuple{GIT_OPT_SET_MWINDOW_MAPPED_LIMIT, kMappedPackBytes, "the mapped pack limit"},
          std::tuple{GIT_OPT_SET_MWINDOW_SIZE, kPackWindowBytes, "the pack window size"},
          std::tuple{GIT_OPT_SET_MWINDOW_FILE_LIMIT, kOpenPacks, "the open pack limit"}}) {
      rc = git_libgit2_opts(option, value);
      if (rc < 0) throw Error(ErrorKind::store, fmt::format("setting {}: {}", what, git_message(rc)));
    }
    rc = git_libgit2_opts(GIT_OPT_SET_CACHE_MAX_SIZE, static_cast<ssize_t>(kCacheBytes));
    if (rc < 0) throw Error(ErrorKind::store, "setting the object cache size: " + git_message(rc));
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
