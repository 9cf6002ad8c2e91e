#include "revisor/import/json_lines_versions.h"

#include <fmt/core.h>

#include <filesystem>
#include <map>
#include <nlohmann/json.hpp>

#include "revisor/base/error.h"
#include "revisor/import/file_versions.h"
#include "revisor/text/article_file.h"

namespace revisor::import {

JsonLinesVersions::JsonLinesVersions(std::istream& in, std::string name, std::string base, Timestamp read_at)
    : name_(std::move(name)), base_(std::move(base)), read_at_(read_at) {
  int number = 0;
  bool undated = false;
  for (std::string text; std::getline(in, text);) {
    ++number;
    if (text.find_first_not_of(" \t\r") == std::string::npos) continue;
    if (text.find("\"observed_at\"") == std::string::npos) undated = true;
    lines_.push_back({number, std::move(text)});
  }
  if (undated)
    note_ = fmt::format("lines of {} without observed_at are dated by the time it was read, {}", name_,
                        to_iso8601(read_at_));
}

store::IngestRequest JsonLinesVersions::read(std::size_t i) const {
  const Line& line = lines_.at(i);
  const std::string where = fmt::format("{} line {}: ", name_, line.number);
  nlohmann::json j;
  try {
    j = nlohmann::json::parse(line.json);
  } catch (const nlohmann::json::parse_error& e) {
    throw Error(ErrorKind::bad_input, where + "not JSON: " + e.what());
  }
  if (!j.is_object()) throw Error(ErrorKind::bad_input, where + "not a JSON object");
  std::map<std::string, std::string> fields;
  for (const auto& [key, value] : j.items()) {
    if (key != "article" && key != "text" && key != "file" && key != "observed_at" && key != "url" &&
        key != "headline")
      throw Error(ErrorKind::bad_input,
                  where + "unknown key \"" + key + "\" (known: article, text, file, observed_at, url, headline)");
    if (!value.is_string()) throw Error(ErrorKind::bad_input, where + "\"" + key + "\" must be a string");
    fields[key] = value.get<std::string>();
  }
  if (fields["article"].empty()) throw Error(ErrorKind::bad_input, where + "\"article\" is missing");
  const bool has_text = j.contains("text");
  const bool has_file = j.contains("file");
  if (has_text == has_file)
    throw Error(ErrorKind::bad_input, where + "give the version as \"text\" or as \"file\", one of the two");
  ArticleId id = [&] {
    try {
      return ArticleId(fields["article"]);
    } catch (const Error& e) {
      throw Error(ErrorKind::bad_input, where + e.what());
    }
  }();
  store::check_version_fields(fields["url"], fields["headline"], where);
  const Timestamp observed =
      fields["observed_at"].empty() ? read_at_ : parse_timestamp(fields["observed_at"], where + "observed_at");
  text::ArticleFile file;
  if (has_file) {
    try {
      file = text::read_article_file((std::filesystem::path(base_) / fields["file"]).string());
    } catch (const Error& e) {
      throw Error(e.kind(), where + e.what());
    }
  } else {
    // No extension: the format is sniffed from the text (markup at the start is HTML).
    std::string bytes = std::move(fields["text"]);
    text::ExtractedArticle extracted = text::read_article(bytes, fmt::format("{} line {}", name_, line.number));
    file = text::ArticleFile{std::string(1, '-'), std::move(bytes), std::move(extracted)};
  }
  return store::version_request(std::move(id), std::move(file), fields["url"], fields["headline"], observed,
                                where);
}

}  // namespace revisor::import
