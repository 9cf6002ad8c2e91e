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

// How several files without a time of their own are put in order.
enum class FileOrder {
  by_time,   // by modification time; two files with the same time are refused, as their order is unknown
  as_given,  // in the order given: each is dated by its file time, moved to a second after the file
             // before it when it is not later
};

// Files of one article, each one version; "-" is standard input.
class FileVersions final : public store::VersionSource {
 public:
  // `observed` dates the one file; without it each file is dated by file_observed_time and put in
  // order as `order` says. Throws Error(usage) for no files, for `observed` with several files (one
  // time cannot date them all), for "-" among several files, and, ordering by time, for two files
  // with the same modification time (naming both and the ways out).
  FileVersions(ArticleId article, std::vector<std::string> files, std::string url, std::string headline,
               std::optional<Timestamp> observed, FileOrder order = FileOrder::by_time);

  std::size_t size() const override { return files_.size(); }
  store::IngestRequest read(std::size_t i) const override;
  // When the versions are dated by file times (or, for standard input, by the time of reading): a
  // sentence saying so, for the user; empty when every time was given.
  std::string note() const override { return note_; }

 private:
  ArticleId article_;
  std::vector<std::string> files_;
  std::vector<Timestamp> observed_;
  std::string url_;
  std::string headline_;
  std::string note_;
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
  // When lines without observed_at are dated by their files' times: a sentence saying which; empty
  // otherwise. Two versions of one article at the same time, one of them dated by its file, are
  // refused by the constructor: their order would be an accident.
  std::string note() const override { return note_; }
  bool reads_in_parallel() const override { return true; }

 private:
  struct Line {
    ArticleId article;
    std::string file;  // the manifest's folder joined with the line's "file"
    Timestamp observed;
    std::string url;
    std::string headline;
    std::string where;  // "<manifest> line <n>: "
    int number = 0;     // the line number
    bool file_dated = false;
  };
  std::vector<Line> lines_;
  std::string note_;
};

}  // namespace revisor::import
