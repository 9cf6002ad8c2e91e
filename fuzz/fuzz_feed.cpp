// libFuzzer target for the feed parser (libxml2): feed_item_urls on the bytes as an RSS 2.0, Atom or
// RDF feed, and parse_sources on them as an OPML file or a list of URLs. feed_item_urls must never
// throw (a document that is no feed is nullopt); parse_sources may refuse with revisor::Error only.
// Every URL either returns must be an absolute http(s) URL without a fragment, each named once.
#include <algorithm>
#include <cstddef>
#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

#include "revisor/base/error.h"
#include "revisor/watch/feed.h"

namespace {

void check(const std::vector<std::string>& urls) {
  for (const std::string& u : urls) {
    if (!u.starts_with("http://") && !u.starts_with("https://")) __builtin_trap();
    if (u.find('#') != std::string::npos) __builtin_trap();
  }
  std::vector<std::string> sorted = urls;
  std::sort(sorted.begin(), sorted.end());
  if (std::adjacent_find(sorted.begin(), sorted.end()) != sorted.end()) __builtin_trap();
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  const std::string_view bytes(reinterpret_cast<const char*>(data), size);
  // Relative links resolve against the feed's own URL; a path and a query exercise the resolver.
  if (const auto urls =
          revisor::watch::feed_item_urls(bytes, "https://news.example.com/world/rss.xml?edition=us"))
    check(*urls);
  try {
    check(revisor::watch::parse_sources(bytes, "fuzz.opml"));
  } catch (const revisor::Error&) {
  }
  return 0;
}
