// store_state: what a store holds, read with git itself (every ref with its target, and the set of
// objects), plus any lock file left behind; two equal states mean nothing was added or changed.
#pragma once

#include <algorithm>
#include <filesystem>
#include <sstream>
#include <string>
#include <vector>

#include "support/run_revisor.h"

namespace revisor::test {

struct StoreState {
  std::string refs;                  // `git for-each-ref` output: object id, type and name per line
  std::vector<std::string> objects;  // sorted "<id> <type> <size>"
  std::vector<std::string> locks;    // *.lock files anywhere in the store
  bool operator==(const StoreState&) const = default;
};

inline StoreState store_state(const std::filesystem::path& dir) {
  StoreState s;
  s.refs = run_command({"git", "-C", dir.string(), "for-each-ref"}).out;
  std::istringstream objects(
      run_command({"git", "-C", dir.string(), "cat-file", "--batch-all-objects", "--batch-check"}).out);
  for (std::string line; std::getline(objects, line);) s.objects.push_back(line);
  std::sort(s.objects.begin(), s.objects.end());
  for (const auto& e : std::filesystem::recursive_directory_iterator(dir))
    if (e.path().extension() == ".lock") s.locks.push_back(e.path().string());
  return s;
}

}  // namespace revisor::test
