#include "revisor/import/tree_versions.h"

#include <fmt/core.h>

#include <algorithm>
#include <filesystem>
#include <system_error>

#include "revisor/base/error.h"
#include "revisor/import/file_versions.h"
#include "revisor/text/article_file.h"

namespace revisor::import {
namespace {

namespace fs = std::filesystem;

bool ends_with(const std::string& s, std::string_view suffix) {
  return s.size() >= suffix.size() && s.compare(s.size() - suffix.size(), suffix.size(), suffix) == 0;
}

}  // namespace

bool is_version_file(const std::string& name) {
  if (name.empty() || name.front() == '.') return false;
  for (std::string_view ext : {".txt", ".md", ".markdown", ".html", ".htm"})
    if (ends_with(name, ext)) return true;
  return false;
}

TreeVersions::TreeVersions(const std::string& root) {
  std::error_code ec;
  if (!fs::is_directory(root, ec))
    throw Error(ErrorKind::bad_input, fmt::format("{}: not a folder of articles (one folder per article, "
                                                  "holding its versions as v01.txt, v02.txt, ...)",
                                                  root));
  // Folder (relative to root) -> its version files, each sorted by name below.
  std::vector<std::pair<std::string, std::vector<std::string>>> folders;
  std::vector<fs::path> pending{fs::path(root)};
  while (!pending.empty()) {
    const fs::path dir = pending.back();
    pending.pop_back();
    fs::directory_iterator it(dir, ec);
    if (ec) throw Error(ErrorKind::bad_input, fmt::format("{}: cannot read: {}", dir.string(), ec.message()));
    std::vector<std::string> versions;
    for (; it != fs::directory_iterator(); it.increment(ec)) {
      const std::string name = it->path().filename().string();
      if (name.empty() || name.front() == '.') continue;
      if (it->is_directory(ec) && !it->is_symlink(ec)) {
        pending.push_back(it->path());
      } else if (dir != fs::path(root) && is_version_file(name) && it->is_regular_file(ec)) {
        versions.push_back(it->path().string());
      }
    }
    if (ec) throw Error(ErrorKind::bad_input, fmt::format("{}: cannot read: {}", dir.string(), ec.message()));
    if (versions.empty()) continue;
    std::sort(versions.begin(), versions.end());
    folders.emplace_back(dir.lexically_relative(root).generic_string(), std::move(versions));
  }
  std::sort(folders.begin(), folders.end());
  for (auto& [article, versions] : folders) {
    Timestamp previous;
    for (std::size_t i = 0; i < versions.size(); ++i) {
      Timestamp observed = file_observed_time(versions[i]);
      if (i > 0) observed = std::max(observed, Timestamp::from_seconds(previous.seconds() + 1));
      previous = observed;
      files_.push_back({std::move(versions[i]), article, observed});
    }
  }
  if (files_.empty())
    throw Error(ErrorKind::bad_input,
                fmt::format("{}: no version files (.txt, .md, .html) in folders below it; the layout is "
                            "{}/<article-id>/v01.txt, v02.txt, ...",
                            root, root));
  note_ = fmt::format("{}: versions dated by file modification time, in name order within each article", root);
}

store::IngestRequest TreeVersions::read(std::size_t i) const {
  const File& f = files_.at(i);
  const std::string where = f.path + ": ";
  ArticleId id = [&] {
    try {
      return ArticleId(f.article);
    } catch (const Error& e) {
      throw Error(ErrorKind::bad_input, fmt::format("{}the folder \"{}\" is no article id: {}", where, f.article,
                                                    e.what()));
    }
  }();
  return store::version_request(std::move(id), text::read_article_file(f.path), {}, {}, f.observed, where);
}

}  // namespace revisor::import
