#include "revisor/store/store_format.h"

#include <fmt/core.h>

#include <nlohmann/json.hpp>

#include "revisor/base/error.h"
#include "revisor/store/article_store.h"
#include "store/sha256.h"

namespace revisor::store::format {

std::string article_ref(const ArticleId& id) { return std::string(kRefPrefix) + id.str(); }

std::optional<std::string> article_of_ref(std::string_view ref) {
  if (!ref.starts_with(kRefPrefix) || ref.size() == kRefPrefix.size()) return std::nullopt;
  return std::string(ref.substr(kRefPrefix.size()));
}

std::string source_entry(std::string_view ext) {
  if (ext.empty()) return "source.txt";
  for (char c : ext)
    if (!((c >= 'a' && c <= 'z') || (c >= '0' && c <= '9'))) return "source.bin";
  return fmt::format("source.{}", ext);
}

std::string commit_message(std::string_view headline, const ArticleId& id, std::string_view url,
                           Timestamp observed_at) {
  std::string msg = fmt::format("{}\n\n{}: {}\n", headline, kArticleIdTrailer, id.str());
  if (!url.empty()) msg += fmt::format("{}: {}\n", kSourceUrlTrailer, url);
  msg += fmt::format("{}: {}\n", kObservedAtTrailer, to_iso8601(observed_at));
  return msg;
}

std::string write_meta_json(const IngestRequest& request, std::string_view headline,
                            const std::vector<Sighting>& later_sightings, std::string_view source_sha256) {
  const auto& x = request.extracted;
  nlohmann::ordered_json j;
  j["id"] = request.article.str();
  j["url"] = request.url;
  j["headline"] = headline;
  j["observed_at"] = to_iso8601(request.observed_at);
  j["source"] = {{"file", request.source_name},
                 {"format", x.format},
                 {"bytes", request.source_bytes.size()},
                 {"sha256", source_sha256.empty() ? sha256_hex(request.source_bytes) : std::string(source_sha256)}};
  j["extracted"] = {{"headline", x.headline},     {"byline", x.byline},
                    {"published", x.published},   {"modified", x.modified},
                    {"canonical_url", x.canonical_url}, {"captions", x.captions}};
  j["revisor_version"] = REVISOR_VERSION;
  // Written only when there is one, so a version seen once keeps the meta.json (and commit id) it
  // always had.
  if (!later_sightings.empty()) {
    auto& list = j["later_sightings"] = nlohmann::ordered_json::array();
    for (const auto& s : later_sightings)
      list.push_back({{"observed_at", to_iso8601(s.observed_at)}, {"commit", s.commit}, {"sha256", s.source_sha256}});
  }
  if (request.furniture) j["furniture"] = *request.furniture;
  // Invalid UTF-8 cannot reach here (read_article refuses it); replace rather than throw anyway.
  return j.dump(2, ' ', false, nlohmann::json::error_handler_t::replace) + "\n";
}

VersionRecord read_meta_json(std::string_view json, std::string_view where) {
  auto damaged = [&](std::string_view why) {
    return Error(ErrorKind::store, fmt::format("{}: meta.json {}", where, why));
  };
  nlohmann::json j;
  try {
    j = nlohmann::json::parse(json);
  } catch (const nlohmann::json::exception& e) {
    throw damaged(fmt::format("is not JSON ({})", e.what()));
  }
  try {
    VersionRecord r;
    const auto& source = j.at("source");
    const auto& x = j.at("extracted");
    r.id = j.at("id").get<std::string>();
    r.url = j.at("url").get<std::string>();
    r.headline = j.at("headline").get<std::string>();
    const auto observed = j.at("observed_at").get<std::string>();
    auto when = try_parse_timestamp(observed);
    if (!when) throw damaged(fmt::format("has observed_at \"{}\", not an ISO 8601 time", observed));
    r.observed_at = *when;
    r.source_file = source.at("file").get<std::string>();
    r.source_format = source.at("format").get<std::string>();
    r.source_bytes = source.at("bytes").get<std::uint64_t>();
    r.source_sha256 = source.at("sha256").get<std::string>();
    r.extracted_headline = x.at("headline").get<std::string>();
    r.byline = x.at("byline").get<std::string>();
    r.published = x.at("published").get<std::string>();
    r.modified = x.at("modified").get<std::string>();
    r.canonical_url = x.at("canonical_url").get<std::string>();
    r.captions = x.at("captions").get<std::vector<std::string>>();
    r.revisor_version = j.at("revisor_version").get<std::string>();
    if (j.contains("later_sightings")) {
      for (const auto& s : j.at("later_sightings")) {
        const auto seen = try_parse_timestamp(s.at("observed_at").get<std::string>());
        if (!seen) throw damaged("has a later sighting whose observed_at is not an ISO 8601 time");
        r.later_sightings.push_back({*seen, s.at("commit").get<std::string>(), s.at("sha256").get<std::string>()});
      }
    }
    if (j.contains("furniture")) r.furniture = j.at("furniture").get<std::vector<std::string>>();
    return r;
  } catch (const nlohmann::json::exception& e) {
    throw damaged(fmt::format("lacks a field or has one of the wrong type ({})", e.what()));
  }
}

}  // namespace revisor::store::format
