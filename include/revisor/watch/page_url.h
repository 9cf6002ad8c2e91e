// Page URLs: the one cleaned form of an article's address (no tracking parameters, fragment or
// default port) and the article id derived from it, stable across utm_*, fbclid and the like.
#pragma once

#include <string>
#include <string_view>

#include "revisor/base/article_id.h"

namespace revisor::watch {

// The URL with scheme and host lowercased, the default port, fragment and tracking parameters
// (utm_*, fbclid, gclid, dclid, msclkid, mc_cid, mc_eid, igshid, _ga, ref_src, cmpid, ocid) removed,
// the other parameters kept in order. Parsed by libcurl's URL API. Throws Error(bad_input) naming the
// URL when it is not an absolute http(s) URL.
std::string clean_url(std::string_view url);

// `href` resolved against `base` (a feed's or page's URL), then cleaned.
std::string resolve_url(std::string_view base, std::string_view href);

// The host of an absolute URL, lowercased ("example.com"; with ":port" when not the default).
std::string url_host(std::string_view url);

// The path and query of an absolute URL ("/a/b?x=1"), what robots.txt rules match.
std::string url_path(std::string_view url);

// The article id of a cleaned URL: its host, then its path segments, then the query as one more
// segment, each byte outside [A-Za-z0-9._-] written as '-'; a long id is cut and ends in a hash of
// the whole URL so two long URLs never share it.
ArticleId article_id_for_url(std::string_view clean);

}  // namespace revisor::watch
