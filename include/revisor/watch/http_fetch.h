// http_get: one HTTP(S) GET through libcurl with the watcher's manners: conditional (ETag,
// Last-Modified), compressed, redirects capped, timeouts, a size cap and a User-Agent naming revisor.
#pragma once

#include <cstddef>
#include <cstdint>
#include <optional>
#include <string>

namespace revisor::watch {

struct FetchOptions {
  long connect_timeout_ms = 10'000;
  long total_timeout_ms = 30'000;
  long max_redirects = 5;
  std::size_t max_bytes = 20u << 20;  // the text layer's input limit: a bigger page is refused anyway
};

struct HttpRequest {
  std::string url;
  std::string etag;           // sent as If-None-Match when not empty
  std::string last_modified;  // sent as If-Modified-Since when not empty
};

struct HttpResponse {
  long status = 0;        // 0 when no response arrived (see error)
  std::string error;      // empty, or why no usable response arrived: timeout, redirect loop, too big
  std::string final_url;  // after redirects
  std::string body;
  std::string content_type;
  std::string etag;
  std::string last_modified;
  std::optional<std::int64_t> retry_after_seconds;  // from Retry-After (seconds or an HTTP date)
  bool ok() const { return error.empty() && status >= 200 && status < 300; }
};

// "revisor/<version> (+https://github.com/revisor; news version archive)".
std::string user_agent();

// Never throws for a network or HTTP failure: those are answers the watcher records and backs off on.
// Throws Error(internal) only when libcurl cannot be set up.
HttpResponse http_get(const HttpRequest& request, const FetchOptions& options = {});

}  // namespace revisor::watch
