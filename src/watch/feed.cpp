#include "revisor/watch/feed.h"

#include <fmt/core.h>
#include <libxml/parser.h>
#include <libxml/tree.h>

#include <algorithm>
#include <fstream>
#include <limits>
#include <memory>
#include <sstream>

#include "revisor/base/c_handle.h"
#include "revisor/base/error.h"
#include "revisor/watch/page_url.h"

namespace revisor::watch {
namespace {

using XmlDocPtr = std::unique_ptr<xmlDoc, CDeleter<xmlFreeDoc>>;

void xml_free_chars(xmlChar* p) { xmlFree(p); }
using XmlCharsPtr = std::unique_ptr<xmlChar, CDeleter<xml_free_chars>>;

// Entities are never substituted and nothing is fetched: a feed is untrusted text.
XmlDocPtr parse_xml(std::string_view bytes) {
  if (bytes.size() > static_cast<std::size_t>(std::numeric_limits<int>::max())) return nullptr;
  return XmlDocPtr(xmlReadMemory(bytes.data(), static_cast<int>(bytes.size()), nullptr, nullptr,
                                 XML_PARSE_NONET | XML_PARSE_NOERROR | XML_PARSE_NOWARNING | XML_PARSE_NOCDATA));
}

std::string_view name_of(const xmlNode* n) { return reinterpret_cast<const char*>(n->name); }

std::string text_of(const xmlNode* n) {
  XmlCharsPtr s(xmlNodeGetContent(n));
  if (!s) return {};
  std::string t(reinterpret_cast<const char*>(s.get()));
  const auto first = t.find_first_not_of(" \t\r\n");
  if (first == std::string::npos) return {};
  return t.substr(first, t.find_last_not_of(" \t\r\n") - first + 1);
}

std::string attribute(const xmlNode* n, const char* name) {
  XmlCharsPtr s(xmlGetProp(n, reinterpret_cast<const xmlChar*>(name)));
  return s ? std::string(reinterpret_cast<const char*>(s.get())) : std::string();
}

std::vector<const xmlNode*> children(const xmlNode* n, std::string_view name) {
  std::vector<const xmlNode*> out;
  for (const xmlNode* c = n->children; c; c = c->next)
    if (c->type == XML_ELEMENT_NODE && name_of(c) == name) out.push_back(c);
  return out;
}

// An item's link: RSS and RDF <link>text</link>; Atom <link href> with rel alternate or none.
std::string item_link(const xmlNode* item, bool atom) {
  for (const xmlNode* link : children(item, "link")) {
    if (!atom) return text_of(link);
    const std::string rel = attribute(link, "rel");
    if (rel.empty() || rel == "alternate") return attribute(link, "href");
  }
  if (!atom)  // an RSS item without <link> may carry its URL as a permalink guid
    for (const xmlNode* guid : children(item, "guid"))
      if (attribute(guid, "isPermaLink") != "false") return text_of(guid);
  return {};
}

void add_unique(std::vector<std::string>& urls, std::string url) {
  if (std::find(urls.begin(), urls.end(), url) == urls.end()) urls.push_back(std::move(url));
}

void collect_outlines(const xmlNode* n, std::vector<std::string>& urls, std::string_view name) {
  for (const xmlNode* o : children(n, "outline")) {
    std::string url = attribute(o, "xmlUrl");
    if (url.empty()) url = attribute(o, "htmlUrl");
    if (!url.empty()) {
      try {
        add_unique(urls, clean_url(url));
      } catch (const Error& e) {
        throw Error(ErrorKind::bad_input, fmt::format("{}: outline line {}: {}", name, xmlGetLineNo(o), e.what()));
      }
    }
    collect_outlines(o, urls, name);
  }
}

}  // namespace

std::optional<std::vector<std::string>> feed_item_urls(std::string_view bytes, std::string_view feed_url) {
  XmlDocPtr doc = parse_xml(bytes);
  const xmlNode* root = doc ? xmlDocGetRootElement(doc.get()) : nullptr;
  if (!root) return std::nullopt;
  const std::string_view kind = name_of(root);
  std::vector<const xmlNode*> items;
  bool atom = false;
  if (kind == "rss") {
    for (const xmlNode* channel : children(root, "channel"))
      for (const xmlNode* item : children(channel, "item")) items.push_back(item);
  } else if (kind == "RDF") {
    items = children(root, "item");
  } else if (kind == "feed") {
    atom = true;
    items = children(root, "entry");
  } else {
    return std::nullopt;
  }
  std::vector<std::string> urls;
  for (const xmlNode* item : items) {
    const std::string link = item_link(item, atom);
    if (link.empty()) continue;
    try {
      add_unique(urls, resolve_url(feed_url, link));
    } catch (const Error&) {
      // a mailto: or javascript: link is no article
    }
  }
  return urls;
}

std::vector<std::string> parse_sources(std::string_view text, std::string_view name) {
  std::vector<std::string> urls;
  const auto first = text.find_first_not_of(" \t\r\n");
  if (first != std::string_view::npos && text[first] == '<') {
    XmlDocPtr doc = parse_xml(text);
    const xmlNode* root = doc ? xmlDocGetRootElement(doc.get()) : nullptr;
    if (!root || name_of(root) != "opml")
      throw Error(ErrorKind::bad_input, fmt::format("{}: not an OPML file nor a list of URLs", name));
    for (const xmlNode* body : children(root, "body")) collect_outlines(body, urls, name);
    return urls;
  }
  std::istringstream in{std::string(text)};
  std::string line;
  for (int number = 1; std::getline(in, line); ++number) {
    const auto start = line.find_first_not_of(" \t\r");
    if (start == std::string::npos || line[start] == '#') continue;
    const std::string url = line.substr(start, line.find_last_not_of(" \t\r") - start + 1);
    try {
      add_unique(urls, clean_url(url));
    } catch (const Error& e) {
      throw Error(ErrorKind::bad_input, fmt::format("{} line {}: {}", name, number, e.what()));
    }
  }
  return urls;
}

std::vector<std::string> read_sources_file(const std::filesystem::path& file) {
  std::ifstream in(file, std::ios::binary);
  if (!in) throw Error(ErrorKind::bad_input, fmt::format("{}: cannot be read", file.string()));
  std::string text((std::istreambuf_iterator<char>(in)), {});
  if (text.size() > (20u << 20)) throw Error(ErrorKind::bad_input, fmt::format("{}: over 20 MiB", file.string()));
  return parse_sources(text, file.string());
}

}  // namespace revisor::watch
