#include "revisor/watch/http_fetch.h"

#include <curl/curl.h>
#include <fmt/core.h>

#include <algorithm>
#include <ctime>
#include <mutex>

#include "revisor/base/error.h"
#include "watch/curl_handles.h"

namespace revisor::watch {

void curl_ready() {
  static std::once_flag once;
  static CURLcode rc = CURLE_OK;
  std::call_once(once, [] { rc = curl_global_init(CURL_GLOBAL_DEFAULT); });
  if (rc != CURLE_OK)
    throw Error(ErrorKind::internal, fmt::format("starting libcurl: {}", curl_easy_strerror(rc)));
}

namespace {

struct Sink {
  std::string* body;
  std::size_t cap;
  bool over = false;
};

std::size_t write_body(char* data, std::size_t size, std::size_t count, void* user) {
  auto* sink = static_cast<Sink*>(user);
  const std::size_t n = size * count;
  if (sink->body->size() + n > sink->cap) {
    sink->over = true;
    return 0;  // aborts the transfer with CURLE_WRITE_ERROR
  }
  sink->body->append(data, n);
  return n;
}

// The last response's value of header `name`, or empty.
std::string header(CURL* curl, const char* name) {
  curl_header* h = nullptr;
  if (curl_easy_header(curl, name, 0, CURLH_HEADER, -1, &h) != CURLHE_OK || !h) return {};
  return h->value;
}

template <class T>
void set(CURL* curl, CURLoption option, T value) {
  const CURLcode rc = curl_easy_setopt(curl, option, value);
  if (rc != CURLE_OK)
    throw Error(ErrorKind::internal, fmt::format("setting up libcurl: {}", curl_easy_strerror(rc)));
}

}  // namespace

std::string user_agent() {
  return fmt::format("revisor/{} (news version archive; +https://github.com/revisor/revisor)", REVISOR_VERSION);
}

HttpResponse http_get(const HttpRequest& request, const FetchOptions& options) {
  curl_ready();
  CurlPtr curl(curl_easy_init());
  if (!curl) throw Error(ErrorKind::internal, "libcurl could not make a handle");
  HttpResponse response;
  Sink sink{&response.body, options.max_bytes};
  char error_text[CURL_ERROR_SIZE] = {};
  const std::string agent = user_agent();
  CURL* c = curl.get();
  set(c, CURLOPT_URL, request.url.c_str());
  set(c, CURLOPT_PROTOCOLS_STR, "http,https");
  set(c, CURLOPT_REDIR_PROTOCOLS_STR, "http,https");
  set(c, CURLOPT_FOLLOWLOCATION, 1L);
  set(c, CURLOPT_MAXREDIRS, options.max_redirects);
  set(c, CURLOPT_CONNECTTIMEOUT_MS, options.connect_timeout_ms);
  set(c, CURLOPT_TIMEOUT_MS, options.total_timeout_ms);
  set(c, CURLOPT_MAXFILESIZE_LARGE, static_cast<curl_off_t>(options.max_bytes));
  set(c, CURLOPT_ACCEPT_ENCODING, "");  // every encoding this libcurl decodes
  set(c, CURLOPT_USERAGENT, agent.c_str());
  set(c, CURLOPT_NOSIGNAL, 1L);
  set(c, CURLOPT_ERRORBUFFER, error_text);
  set(c, CURLOPT_WRITEFUNCTION, write_body);
  set(c, CURLOPT_WRITEDATA, &sink);
  SlistPtr headers;
  auto add_header = [&](const std::string& line) {
    curl_slist* grown = curl_slist_append(headers.get(), line.c_str());
    if (!grown) throw Error(ErrorKind::internal, "libcurl could not add a header");
    (void)headers.release();
    headers.reset(grown);
  };
  if (!request.etag.empty()) add_header("If-None-Match: " + request.etag);
  if (!request.last_modified.empty()) add_header("If-Modified-Since: " + request.last_modified);
  if (headers) set(c, CURLOPT_HTTPHEADER, headers.get());

  const CURLcode rc = curl_easy_perform(c);
  long status = 0;
  curl_easy_getinfo(c, CURLINFO_RESPONSE_CODE, &status);
  response.status = status;
  char* effective = nullptr;
  if (curl_easy_getinfo(c, CURLINFO_EFFECTIVE_URL, &effective) == CURLE_OK && effective)
    response.final_url = effective;
  if (rc != CURLE_OK) {
    if (sink.over || rc == CURLE_FILESIZE_EXCEEDED)
      response.error = fmt::format("larger than {} bytes", options.max_bytes);
    else if (rc == CURLE_TOO_MANY_REDIRECTS)
      response.error = fmt::format("more than {} redirects (a redirect loop?)", options.max_redirects);
    else
      response.error = error_text[0] ? std::string(error_text) : std::string(curl_easy_strerror(rc));
    response.body.clear();
    return response;
  }
  char* type = nullptr;
  if (curl_easy_getinfo(c, CURLINFO_CONTENT_TYPE, &type) == CURLE_OK && type) response.content_type = type;
  response.etag = header(c, "ETag");
  response.last_modified = header(c, "Last-Modified");
  curl_off_t retry = 0;
  if (curl_easy_getinfo(c, CURLINFO_RETRY_AFTER, &retry) == CURLE_OK && retry > 0) {
    response.retry_after_seconds = static_cast<std::int64_t>(retry);
  } else if (const std::string value = header(c, "Retry-After"); !value.empty()) {
    // libcurl reads seconds; an HTTP date is turned into seconds from now.
    const std::time_t at = curl_getdate(value.c_str(), nullptr);
    if (at > 0) response.retry_after_seconds = std::max<std::int64_t>(0, at - std::time(nullptr));
  }
  return response;
}

}  // namespace revisor::watch
