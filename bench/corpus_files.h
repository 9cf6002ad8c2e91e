// The corpus layout the benchmarks read: one folder per article, holding its versions as v01.txt,
// v02.txt, ... (or .html) in observed order, next to a meta.json (see ../shared/corpus/README.md).
#pragma once

#include <algorithm>
#include <cctype>
#include <filesystem>
#include <vector>

namespace revisor::bench {

// The article folders of `corpus`, sorted by name.
inline std::vector<std::filesystem::path> article_folders(const std::filesystem::path& corpus) {
  std::vector<std::filesystem::path> out;
  for (const auto& e : std::filesystem::directory_iterator(corpus))
    if (e.is_directory()) out.push_back(e.path());
  std::sort(out.begin(), out.end());
  return out;
}

// The version files of one article folder (v<digits>.<ext>), oldest first.
inline std::vector<std::filesystem::path> version_files(const std::filesystem::path& folder) {
  std::vector<std::filesystem::path> out;
  for (const auto& e : std::filesystem::directory_iterator(folder)) {
    const auto name = e.path().filename().string();
    if (name.size() > 1 && name[0] == 'v' && std::isdigit(static_cast<unsigned char>(name[1])))
      out.push_back(e.path());
  }
  std::sort(out.begin(), out.end());
  return out;
}

}  // namespace revisor::bench
