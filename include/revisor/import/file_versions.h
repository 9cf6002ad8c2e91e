// FileVersions and ManifestVersions: the versions a user hands in as files, either several files
// of one article or a JSON Lines manifest naming many articles' files. Both are VersionSources.
#pragma once

#include <cstddef>
#include <optional>
#include <string>
#include <vector>

#include "revisor/base/article_id.h"
#include "revisor/base/timestamp.h"
#include "revisor/store/version_source.h"

namespace revisor::import {

// When a file says nothing about when it was seen: its modification time; for standard input ("-"),
// now.
Timestamp file_observed_time(const std::string& path);

// Files of one article, each one version; "-" is standard input.
class FileVersions final : public store::VersionSource {
 public:
  // `observed` dates the one file; without it each file is dated by file_observed_time. Throws
  // Error(usage) for no files, for `observed` with several files (one time cannot date them all),
  // and for "-" among several files.
  FileVersions(ArticleId article, std::vector<std::string> files, std::string url, std::string headline,
               std::optional<Timestamp> observed);

  std::size_t size() const override { return files_.size(); }
  store::IngestRequest read(std::size_t i) const override;

 private:
  ArticleId article_;
  std::vector<std::string> files_;
  std::vector<Timestamp> observed_;
  std::string url_;
  std::string headline_;
};

// A manifest lists one version per line as a JSON object {"article", "file", "observed_at", "url",
// "headline"}, the first two required; files are relative to the manifest's folder; blank lines
// are skipped.
class ManifestVersions final : public store::VersionSource {
 public:
  // Reads and checks every line (JSON, keys, article id, time) but no listed file. Throws
  // Error(bad_input) as "<manifest> line <n>: <problem>", or naming the manifest when it cannot be
  // read or lists no versions.
  explicit ManifestVersions(const std::string& manifest);

  std::size_t size() const override { return lines_.size(); }
  // Reads the listed file; a refusal names the file (and the line, for a bad headline or url).
  store::IngestRequest read(std::size_t i) const override;

 private:
  struct Line {
    ArticleId article;
    std::string file;  // the manifest's folder joined with the line's "file"
    Timestamp observed;
    std::string url;
    std::string headline;
    std::string where;  // "<manifest> line <n>: "
  };
  std::vector<Line> lines_;
};

}  // namespace revisor::import
