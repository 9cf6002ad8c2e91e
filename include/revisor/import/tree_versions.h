// TreeVersions: a folder of articles, one folder per article holding its versions as files in name
// order (v01.txt, v02.txt, ...); the article id is the folder's path below the root.
#pragma once

#include <cstddef>
#include <string>
#include <vector>

#include "revisor/base/timestamp.h"
#include "revisor/store/version_source.h"

namespace revisor::import {

// The extensions a version file has in a tree: .txt, .md, .markdown, .html, .htm (other files, such
// as a meta.json beside the versions, are not versions).
bool is_version_file(const std::string& name);

class TreeVersions final : public store::VersionSource {
 public:
  // Walks `root` (names starting with '.' are skipped, symbolic links not followed). Every folder
  // that holds version files is an article, its id the folder's path below `root` ('/'-separated,
  // so nested folders give nested ids); files directly in `root` belong to no article and are
  // skipped. Each version is dated by its file's modification time, but never earlier than a second
  // after the version named before it, so name order is observed order. Throws Error(bad_input)
  // naming `root` when it is no readable folder or holds no version file.
  explicit TreeVersions(const std::string& root);

  std::size_t size() const override { return files_.size(); }
  // Throws Error(bad_input) naming the file: a folder path that is no article id, or the file's own
  // refusal.
  store::IngestRequest read(std::size_t i) const override;
  bool reads_in_parallel() const override { return true; }
  std::string note() const override { return note_; }

 private:
  struct File {
    std::string path;
    std::string article;  // the folder's path below the root
    Timestamp observed;
  };
  std::vector<File> files_;
  std::string note_;
};

}  // namespace revisor::import
