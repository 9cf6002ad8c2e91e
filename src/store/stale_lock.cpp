#include "store/stale_lock.h"

#include <fmt/core.h>

#include "revisor/base/error.h"

namespace revisor::store {

namespace fs = std::filesystem;

void explain_stale_lock(const fs::path& store_dir, const std::string& ref, std::chrono::seconds stale_after) {
  const fs::path lock = store_dir / (ref + ".lock");
  std::error_code ec;
  const auto written = fs::last_write_time(lock, ec);
  if (ec) return;
  const auto age = std::chrono::duration_cast<std::chrono::seconds>(fs::file_time_type::clock::now() - written);
  if (age < stale_after) return;
  throw Error(ErrorKind::store,
              fmt::format("{} is locked by {}, left {} s ago by a process that was stopped while writing "
                          "it; if no revisor or git is writing to the store now, remove the lock with: "
                          "rm '{}' (the article's versions are intact; revisor verify checks them)",
                          ref, lock.string(), age.count(), lock.string()));
}

}  // namespace revisor::store
