#include "revisor/import/file_versions.h"

#include <fmt/core.h>
#include <sys/stat.h>

#include <cerrno>
#include <cstring>
#include <filesystem>
#include <fstream>
#include <map>
#include <nlohmann/json.hpp>

#include "revisor/base/error.h"
#include "revisor/text/article_file.h"

namespace revisor::import {

Timestamp file_observed_time(const std::string& path) {
  if (path != "-") {
    struct stat st {};
    if (::stat(path.c_str(), &st) == 0) return Timestamp::from_seconds(st.st_mtime);
  }
  return Timestamp::now();
}

FileVersions::FileVersions(ArticleId article, std::vector<std::string> files, std::string url,
                           std::string headline, std::optional<Timestamp> observed, FileOrder order)
    : article_(std::move(article)), files_(std::move(files)), url_(std::move(url)), headline_(std::move(headline)) {
  store::check_version_fields(url_, headline_, "--");
  if (files_.empty()) throw Error(ErrorKind::usage, "no FILE to ingest");
  if (files_.size() > 1 && observed)
    throw Error(ErrorKind::usage,
                "--observed-at names one time: give one FILE, or let each file's "
                "modification time date its version (or use --manifest)");
  for (const auto& file : files_) {
    if (file == "-" && files_.size() > 1)
      throw Error(ErrorKind::usage, "standard input (-) can only be ingested alone");
    observed_.push_back(observed ? *observed : file_observed_time(file));
  }
  if (observed) return;
  if (files_.front() == "-") {
    note_ = fmt::format("standard input is dated by the time it was read, {}; give --observed-at to date it",
                        to_iso8601(observed_.front()));
    return;
  }
  if (order == FileOrder::as_given) {
    for (std::size_t i = 1; i < observed_.size(); ++i)
      observed_[i] = std::max(observed_[i], Timestamp::from_seconds(observed_[i - 1].seconds() + 1));
  } else {
    for (std::size_t i = 0; i < files_.size(); ++i)
      for (std::size_t j = i + 1; j < files_.size(); ++j)
        if (observed_[i] == observed_[j])
          throw Error(ErrorKind::usage,
                      fmt::format("{} and {} have the same modification time, {}, so which came first is "
                                  "unknown; date each version (--manifest with observed_at, or one "
                                  "ingest per file with --observed-at), or give --order args to take "
                                  "them in the order given",
                                  files_[i], files_[j], to_iso8601(observed_[i])));
  }
  std::string dates;
  for (std::size_t i = 0; i < files_.size(); ++i)
    dates += fmt::format("{}{} {}", i ? ", " : "", files_[i], to_iso8601(observed_[i]));
  note_ = fmt::format("dated by file modification time{} ({}{}); give --observed-at or --manifest to date "
                      "versions yourself",
                      files_.size() == 1 ? "" : "s", dates,
                      order == FileOrder::as_given ? ", in the order given" : "");
}

store::IngestRequest FileVersions::read(std::size_t i) const {
  return store::version_request(article_, text::read_article_file(files_.at(i)), url_, headline_,
                                observed_.at(i), "--");
}

ManifestVersions::ManifestVersions(const std::string& manifest) {
  std::ifstream in(manifest);
  if (!in)
    throw Error(ErrorKind::bad_input, fmt::format("{}: cannot open: {}", manifest, std::strerror(errno)));
  const std::filesystem::path base = std::filesystem::path(manifest).parent_path();
  int number = 0;
  for (std::string text; std::getline(in, text);) {
    ++number;
    if (text.find_first_not_of(" \t\r") == std::string::npos) continue;
    const std::string where = fmt::format("{} line {}: ", manifest, number);
    nlohmann::json j;
    try {
      j = nlohmann::json::parse(text);
    } catch (const nlohmann::json::parse_error& e) {
      throw Error(ErrorKind::bad_input, where + "not JSON: " + e.what());
    }
    if (!j.is_object()) throw Error(ErrorKind::bad_input, where + "not a JSON object");
    std::map<std::string, std::string> fields;
    for (const auto& [key, value] : j.items()) {
      if (key != "article" && key != "file" && key != "observed_at" && key != "url" && key != "headline")
        throw Error(ErrorKind::bad_input,
                    where + "unknown key \"" + key + "\" (known: article, file, observed_at, url, headline)");
      if (!value.is_string()) throw Error(ErrorKind::bad_input, where + "\"" + key + "\" must be a string");
      fields[key] = value.get<std::string>();
    }
    for (const char* required : {"article", "file"}) {
      if (fields[required].empty()) throw Error(ErrorKind::bad_input, where + "\"" + required + "\" is missing");
    }
    ArticleId id = [&] {
      try {
        return ArticleId(fields["article"]);
      } catch (const Error& e) {
        throw Error(ErrorKind::bad_input, where + e.what());
      }
    }();
    store::check_version_fields(fields["url"], fields["headline"], where);
    // A manifest names files beside it: a line reaching elsewhere (an absolute path, "..") could
    // make a shared manifest ingest any file the user can read.
    const std::filesystem::path named(fields["file"]);
    const std::filesystem::path inside = named.lexically_normal();
    if (named.is_absolute() || inside.empty() || *inside.begin() == "..")
      throw Error(ErrorKind::bad_input,
                  fmt::format("{}\"file\" \"{}\" is outside the manifest's folder; name files relative "
                              "to the manifest, inside its folder",
                              where, fields["file"]));
    const std::string file = (base / inside).string();
    const Timestamp observed = fields["observed_at"].empty()
                                   ? file_observed_time(file)
                                   : parse_timestamp(fields["observed_at"], where + "observed_at");
    lines_.push_back({std::move(id), file, observed, fields["url"], fields["headline"], where, number,
                      fields["observed_at"].empty()});
  }
  if (lines_.empty()) throw Error(ErrorKind::bad_input, manifest + ": lists no versions");
  std::string file_dated;
  for (std::size_t i = 0; i < lines_.size(); ++i) {
    const Line& a = lines_[i];
    if (!a.file_dated) continue;
    file_dated += fmt::format("{}{}", file_dated.empty() ? "" : ", ", a.number);
    for (std::size_t j = 0; j < lines_.size(); ++j) {
      const Line& b = lines_[j];
      if (j != i && b.article == a.article && b.observed == a.observed)
        throw Error(ErrorKind::bad_input,
                    fmt::format("{}line {} and line {} date two versions of {} at the same time, {}, "
                                "one of them by its file's modification time, so which came first is "
                                "unknown: give each line its observed_at",
                                a.where.substr(0, a.where.find(" line ") + 1), std::min(a.number, b.number),
                                std::max(a.number, b.number), a.article.str(), to_iso8601(a.observed)));
    }
  }
  if (!file_dated.empty())
    note_ = fmt::format("{}: line{} {} without observed_at dated by file modification time", manifest,
                        file_dated.find(',') == std::string::npos ? "" : "s", file_dated);
}

store::IngestRequest ManifestVersions::read(std::size_t i) const {
  const Line& line = lines_.at(i);
  return store::version_request(line.article, text::read_article_file(line.file), line.url, line.headline,
                                line.observed, line.where);
}

}  // namespace revisor::import
