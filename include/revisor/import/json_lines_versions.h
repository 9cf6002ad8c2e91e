// JsonLinesVersions: versions handed over as JSON lines (`revisor ingest --text` reads them on
// standard input), each {"article", "text" or "file", "observed_at", "url", "headline"}.
#pragma once

#include <cstddef>
#include <istream>
#include <string>
#include <vector>

#include "revisor/base/timestamp.h"
#include "revisor/store/version_source.h"

namespace revisor::import {

class JsonLinesVersions final : public store::VersionSource {
 public:
  // Reads every line of `in` (blank lines are skipped); a line is checked only when read, so one bad
  // line is refused alone. `name` names the input in messages ("standard input"); `base` is the
  // folder a relative "file" is read from. Lines without observed_at are dated `read_at`.
  JsonLinesVersions(std::istream& in, std::string name, std::string base, Timestamp read_at);

  std::size_t size() const override { return lines_.size(); }
  // Throws Error(bad_input) as "<name> line <n>: <problem>": not JSON, an unknown key or a value not
  // a string, no article or an invalid id, neither or both of text and file, a bad time, url or
  // headline, or the text's or file's own refusal.
  store::IngestRequest read(std::size_t i) const override;
  bool reads_in_parallel() const override { return true; }
  std::string note() const override { return note_; }

 private:
  struct Line {
    int number = 0;
    std::string json;
  };
  std::vector<Line> lines_;
  std::string name_;
  std::string base_;
  Timestamp read_at_;
  std::string note_;
};

}  // namespace revisor::import
