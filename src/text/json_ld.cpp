#include "text/json_ld.h"

#include <nlohmann/json.hpp>

#include <array>
#include <string_view>

#include "text/dom.h"

namespace revisor::text {
namespace {

using nlohmann::json;

constexpr std::array<std::string_view, 12> kArticleTypes = {
    "Article",       "NewsArticle",        "ReportageNewsArticle", "AnalysisNewsArticle",
    "OpinionNewsArticle", "ReviewNewsArticle", "BackgroundNewsArticle", "BlogPosting",
    "LiveBlogPosting", "Report",          "ScholarlyArticle",     "TechArticle"};

// Embedded objects deeper than this are publisher widgets, not the page's article.
constexpr int kMaxSearchDepth = 6;

bool is_article_type(const json& type) {
  auto one = [](const json& t) {
    if (!t.is_string()) return false;
    std::string_view s = t.get_ref<const std::string&>();
    if (const std::size_t slash = s.rfind('/'); slash != std::string_view::npos) s.remove_prefix(slash + 1);
    for (std::string_view a : kArticleTypes) {
      if (s == a) return true;
    }
    return false;
  };
  if (type.is_array()) {
    for (const json& t : type) {
      if (one(t)) return true;
    }
    return false;
  }
  return one(type);
}

std::string string_field(const json& obj, const char* key) {
  auto it = obj.find(key);
  if (it == obj.end()) return {};
  if (it->is_string()) return it->get<std::string>();
  if (it->is_object()) {  // mainEntityOfPage: {"@id": url}, author: {"name": ...}
    for (const char* inner : {"name", "@id", "url"}) {
      auto v = it->find(inner);
      if (v != it->end() && v->is_string()) return v->get<std::string>();
    }
  }
  return {};
}

std::string author_names(const json& obj) {
  auto it = obj.find("author");
  if (it == obj.end()) return {};
  auto name_of = [](const json& a) -> std::string {
    if (a.is_string()) return a.get<std::string>();
    if (a.is_object()) {
      auto n = a.find("name");
      if (n != a.end() && n->is_string()) return n->get<std::string>();
    }
    return {};
  };
  if (!it->is_array()) return name_of(*it);
  std::string names;
  for (const json& a : *it) {
    std::string n = name_of(a);
    if (n.empty()) continue;
    if (!names.empty()) names += ", ";
    names += n;
  }
  return names;
}

const json* find_article_object(const json& node, int depth) {
  if (depth > kMaxSearchDepth) return nullptr;
  if (node.is_array()) {
    for (const json& item : node) {
      if (const json* found = find_article_object(item, depth + 1)) return found;
    }
    return nullptr;
  }
  if (!node.is_object()) return nullptr;
  if (auto t = node.find("@type"); t != node.end() && is_article_type(*t)) return &node;
  if (auto g = node.find("@graph"); g != node.end()) return find_article_object(*g, depth + 1);
  return nullptr;
}

}  // namespace

std::optional<JsonLdArticle> find_json_ld_article(const GumboNode* root) {
  const auto scripts = dom::find_all(root, [](const GumboNode* n) {
    if (!dom::is_element(n, GUMBO_TAG_SCRIPT)) return false;
    std::string type(dom::attribute(n, "type"));
    for (char& c : type) {
      if (c >= 'A' && c <= 'Z') c = static_cast<char>(c + 32);
    }
    return type.find("ld+json") != std::string::npos;
  });
  for (const GumboNode* script : scripts) {
    const json data = json::parse(dom::raw_text(script), nullptr, /*allow_exceptions=*/false);
    if (data.is_discarded()) continue;
    const json* article = find_article_object(data, 0);
    if (!article) continue;
    JsonLdArticle out;
    out.headline = string_field(*article, "headline");
    out.article_body = string_field(*article, "articleBody");
    out.author = author_names(*article);
    out.date_published = string_field(*article, "datePublished");
    out.date_modified = string_field(*article, "dateModified");
    out.url = string_field(*article, "url");
    if (out.url.empty()) out.url = string_field(*article, "mainEntityOfPage");
    return out;
  }
  return std::nullopt;
}

}  // namespace revisor::text
