// Feeds and source lists: the article links of an RSS 2.0, Atom or RDF feed, and the sources an OPML
// file or a plain list of URLs names. Parsed with libxml2 (no network, no entity expansion).
#pragma once

#include <filesystem>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace revisor::watch {

// The links of a feed's items, resolved against `feed_url` and cleaned, in feed order without
// repeats; nullopt when `bytes` is not an RSS, Atom or RDF feed (then it is a page). An item whose
// link is not an http(s) URL is skipped.
std::optional<std::vector<std::string>> feed_item_urls(std::string_view bytes, std::string_view feed_url);

// The URLs a sources file names: an OPML file (every outline's xmlUrl, or htmlUrl without one) or a
// plain list (one URL a line; blank lines and lines starting with '#' ignored). Throws
// Error(bad_input) naming the file and line (or the OPML problem) when a URL is not http(s).
std::vector<std::string> read_sources_file(const std::filesystem::path& file);

// The same, from text already read; `name` names it in errors.
std::vector<std::string> parse_sources(std::string_view text, std::string_view name);

}  // namespace revisor::watch
