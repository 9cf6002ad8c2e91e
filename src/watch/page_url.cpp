#include "revisor/watch/page_url.h"

#include <fmt/core.h>

#include <algorithm>
#include <array>
#include <cstdint>
#include <vector>

#include "revisor/base/error.h"
#include "watch/curl_handles.h"

namespace revisor::watch {
namespace {

constexpr std::array<std::string_view, 11> kTrackingNames = {
    "fbclid", "gclid", "dclid", "msclkid", "mc_cid", "mc_eid", "igshid", "_ga", "ref_src", "cmpid", "ocid"};

bool is_tracking(std::string_view param) {
  const std::string_view name = param.substr(0, param.find('='));
  if (name.starts_with("utm_")) return true;
  return std::find(kTrackingNames.begin(), kTrackingNames.end(), name) != kTrackingNames.end();
}

CurlUrlPtr parse(std::string_view url, CURLU* base = nullptr) {
  curl_ready();
  CurlUrlPtr u(base ? curl_url_dup(base) : curl_url());
  if (!u) throw Error(ErrorKind::internal, "libcurl could not make a URL handle");
  const std::string text(url);
  const CURLUcode rc = curl_url_set(u.get(), CURLUPART_URL, text.c_str(), CURLU_NON_SUPPORT_SCHEME);
  if (rc != CURLUE_OK)
    throw Error(ErrorKind::bad_input, fmt::format("\"{}\" is not a URL ({})", url, curl_url_strerror(rc)));
  return u;
}

std::string get(CURLU* u, CURLUPart part, unsigned flags = 0) {
  char* raw = nullptr;
  const CURLUcode rc = curl_url_get(u, part, &raw, flags);
  CurlString owned(raw);
  if (rc != CURLUE_OK || !raw) return {};
  return raw;
}

void put(CURLU* u, CURLUPart part, const char* value) {
  const CURLUcode rc = curl_url_set(u, part, value, 0);
  if (rc != CURLUE_OK) throw Error(ErrorKind::internal, fmt::format("editing a URL: {}", curl_url_strerror(rc)));
}

std::string cleaned(CURLU* u, std::string_view original) {
  std::string scheme = get(u, CURLUPART_SCHEME);
  if (scheme != "http" && scheme != "https")
    throw Error(ErrorKind::bad_input, fmt::format("\"{}\" is not an http or https URL", original));
  std::string host = get(u, CURLUPART_HOST);
  std::transform(host.begin(), host.end(), host.begin(), [](unsigned char c) { return std::tolower(c); });
  put(u, CURLUPART_HOST, host.c_str());
  put(u, CURLUPART_FRAGMENT, nullptr);
  const std::string query = get(u, CURLUPART_QUERY);
  std::string kept;
  std::size_t start = 0;
  while (start <= query.size() && !query.empty()) {
    const std::size_t end = std::min(query.find('&', start), query.size());
    const std::string_view param = std::string_view(query).substr(start, end - start);
    if (!param.empty() && !is_tracking(param)) {
      if (!kept.empty()) kept += '&';
      kept += param;
    }
    start = end + 1;
  }
  put(u, CURLUPART_QUERY, kept.empty() ? nullptr : kept.c_str());
  return get(u, CURLUPART_URL, CURLU_NO_DEFAULT_PORT);
}

void append_segment(std::string& id, std::string_view segment) {
  std::string s;
  for (char c : segment) {
    const bool ok = (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') ||
                    c == '-' || c == '_' || c == '.';
    s += ok ? c : '-';
  }
  // No segment may start or end with '.', hold "..", or end with ".lock" (git ref rules).
  while (!s.empty() && s.front() == '.') s.front() = '-';
  while (!s.empty() && s.back() == '.') s.back() = '-';
  for (std::size_t p = s.find(".."); p != std::string::npos; p = s.find("..")) s[p] = '-';
  if (s.ends_with(".lock")) s += '-';
  if (s.empty()) return;
  if (!id.empty()) id += '/';
  id += s;
}

// FNV-1a: a hash that stays the same on every platform and release, as ids must.
std::uint64_t fnv1a(std::string_view bytes) {
  std::uint64_t h = 14695981039346656037ull;
  for (unsigned char c : bytes) h = (h ^ c) * 1099511628211ull;
  return h;
}

}  // namespace

std::string clean_url(std::string_view url) {
  CurlUrlPtr u = parse(url);
  return cleaned(u.get(), url);
}

std::string resolve_url(std::string_view base, std::string_view href) {
  CurlUrlPtr b = parse(base);
  CurlUrlPtr u = parse(href, b.get());
  return cleaned(u.get(), href);
}

std::string url_host(std::string_view url) {
  CurlUrlPtr u = parse(url);
  std::string host = get(u.get(), CURLUPART_HOST);
  std::transform(host.begin(), host.end(), host.begin(), [](unsigned char c) { return std::tolower(c); });
  const std::string port = get(u.get(), CURLUPART_PORT);
  return port.empty() ? host : fmt::format("{}:{}", host, port);
}

std::string url_path(std::string_view url) {
  CurlUrlPtr u = parse(url);
  const std::string raw_path = get(u.get(), CURLUPART_PATH);
  const std::string_view path = raw_path.empty() ? std::string_view("/") : std::string_view(raw_path);
  const std::string query = get(u.get(), CURLUPART_QUERY);
  return query.empty() ? std::string(path) : fmt::format("{}?{}", path, query);
}

ArticleId article_id_for_url(std::string_view clean) {
  CurlUrlPtr u = parse(clean);
  std::string id;
  append_segment(id, url_host(clean));
  const std::string path = get(u.get(), CURLUPART_PATH);
  std::size_t start = 0;
  while (start < path.size()) {
    const std::size_t end = std::min(path.find('/', start), path.size());
    append_segment(id, std::string_view(path).substr(start, end - start));
    start = end + 1;
  }
  if (const std::string query = get(u.get(), CURLUPART_QUERY); !query.empty()) append_segment(id, query);
  if (id.size() > 120) {
    id.resize(100);
    while (!id.empty() && (id.back() == '/' || id.back() == '.')) id.pop_back();
    id += fmt::format("-{:016x}", fnv1a(clean));
  }
  return ArticleId(id);
}

}  // namespace revisor::watch
