#include "store/meta_json.h"

#include <nlohmann/json.hpp>

#include "store/sha256.h"

namespace revisor::store {

std::string meta_json(const IngestRequest& request, std::string_view observed_at,
                      std::string_view headline) {
  const auto& x = request.extracted;
  nlohmann::ordered_json j;
  j["id"] = request.article.str();
  j["url"] = request.url;
  j["headline"] = headline;
  j["observed_at"] = observed_at;
  j["source"] = {{"file", request.source_name},
                 {"format", x.format},
                 {"bytes", request.source_bytes.size()},
                 {"sha256", sha256_hex(request.source_bytes)}};
  j["extracted"] = {{"headline", x.headline},     {"byline", x.byline},
                    {"published", x.published},   {"modified", x.modified},
                    {"canonical_url", x.canonical_url}, {"captions", x.captions}};
  j["revisor_version"] = REVISOR_VERSION;
  // Invalid UTF-8 cannot reach here (read_article refuses it); replace rather than throw anyway.
  return j.dump(2, ' ', false, nlohmann::json::error_handler_t::replace) + "\n";
}

}  // namespace revisor::store
