#include "text/html_reader.h"

#include <optional>
#include <string>
#include <vector>

#include "text/boilerplate.h"
#include "text/charset.h"
#include "text/dom.h"
#include "text/gumbo_handle.h"
#include "text/html_body.h"
#include "text/html_prescan.h"
#include "text/input_check.h"
#include "text/json_ld.h"
#include "text/normalizer.h"

namespace revisor::text {
namespace {

bool attr_is(const GumboNode* n, const char* name, std::string_view value) {
  std::string v(dom::attribute(n, name));
  for (char& c : v) {
    if (c >= 'A' && c <= 'Z') c = static_cast<char>(c + 32);
  }
  return v == value;
}

using Metas = std::vector<const GumboNode*>;

// The content of the first <meta> whose property, name or itemprop is one of `keys`, in key order.
std::string meta_content(const Metas& metas, std::initializer_list<std::string_view> keys) {
  for (std::string_view key : keys) {
    for (const GumboNode* m : metas) {
      for (const char* attr : {"property", "name", "itemprop"}) {
        if (attr_is(m, attr, key)) {
          std::string content(dom::attribute(m, "content"));
          if (!content.empty()) return normalize_block(content);
        }
      }
    }
  }
  return {};
}

std::string element_text(const GumboNode* root, GumboTag tag) {
  const GumboNode* n = dom::find_first(root, [tag](const GumboNode* e) { return dom::is_element(e, tag); });
  return n ? normalize_block(dom::visible_text(n)) : std::string();
}

std::string first_nonempty(std::initializer_list<std::string> candidates) {
  for (const std::string& c : candidates) {
    if (!c.empty()) return c;
  }
  return {};
}

// JSON-LD articleBody: plain text with line breaks between paragraphs, or HTML markup.
std::vector<std::string> split_article_body(const std::string& body) {
  std::vector<std::string> out;
  if (body.find("</p>") != std::string::npos || body.find("<br") != std::string::npos) {
    GumboDocument fragment(body);
    return extract_body(find_content_root(fragment.root())).paragraphs;
  }
  const std::string text = normalize_line_endings(body);
  const bool blank_lines = text.find("\n\n") != std::string::npos;
  std::size_t pos = 0;
  while (pos <= text.size()) {
    std::size_t end = text.find(blank_lines ? "\n\n" : "\n", pos);
    if (end == std::string::npos) end = text.size();
    std::string p = normalize_block(std::string_view(text).substr(pos, end - pos));
    if (!p.empty()) out.push_back(std::move(p));
    pos = end + (blank_lines ? 2 : 1);
  }
  return out;
}

std::string byline_from_markup(const GumboNode* container) {
  const GumboNode* n = dom::find_first(container, [](const GumboNode* e) {
    if (attr_is(e, "rel", "author")) return true;
    for (const std::string& w : dom::class_words(e)) {
      if (w == "byline") return true;
    }
    return false;
  });
  if (!n) return {};
  std::string text = normalize_block(dom::visible_text(n));
  if (text.starts_with("By ") || text.starts_with("by ")) text.erase(0, 3);
  return text;
}

}  // namespace

ExtractedArticle read_html(std::string_view bytes, std::string_view file_name) {
  if (bytes.starts_with("\xEF\xBB\xBF")) bytes.remove_prefix(3);
  check_html_nesting(bytes, file_name);
  std::optional<GumboDocument> page(std::in_place, bytes);
  std::string converted;
  if (const std::string label = declared_charset(page->root()); !is_utf8_label(label)) {
    converted = convert_to_utf8(bytes, label, file_name);
    page.emplace(converted);
  } else {
    check_utf8(bytes, file_name);
  }
  const GumboNode* root = page->root();
  const std::optional<JsonLdArticle> ld = find_json_ld_article(root);
  const GumboNode* container = find_content_root(root);
  // Collected once: a big page's tree is walked as few times as possible.
  const Metas metas = dom::find_all(root, [](const GumboNode* e) { return dom::is_element(e, GUMBO_TAG_META); });

  ExtractedArticle article;
  article.format = "html";
  const GumboNode* article_h1 = dom::find_first(container, [](const GumboNode* e) { return dom::is_element(e, GUMBO_TAG_H1); });
  article.headline = headline_without_site_name(first_nonempty({
      meta_content(metas, {"og:title", "twitter:title"}),
      article_h1 ? normalize_block(dom::visible_text(article_h1)) : std::string(),
      element_text(root, GUMBO_TAG_H1),
      ld ? normalize_block(ld->headline) : std::string(),
      element_text(root, GUMBO_TAG_TITLE),
  }));
  article.byline = first_nonempty({meta_content(metas, {"author", "article:author", "byl"}),
                                   ld ? normalize_block(ld->author) : std::string(),
                                   byline_from_markup(container)});
  article.published = first_nonempty({ld ? ld->date_published : std::string(),
                                      meta_content(metas, {"article:published_time", "datepublished", "pubdate",
                                                          "publishdate", "date", "dc.date.issued"})});
  article.modified = first_nonempty({ld ? ld->date_modified : std::string(),
                                     meta_content(metas, {"article:modified_time", "datemodified", "og:updated_time",
                                                         "lastmod", "last-modified"})});
  const GumboNode* canonical = dom::find_first(root, [](const GumboNode* e) {
    return dom::is_element(e, GUMBO_TAG_LINK) && attr_is(e, "rel", "canonical");
  });
  article.canonical_url = first_nonempty({canonical ? std::string(dom::attribute(canonical, "href")) : std::string(),
                                          meta_content(metas, {"og:url"}), ld ? ld->url : std::string()});

  HtmlBody body = extract_body(container);
  article.captions = std::move(body.captions);
  std::vector<std::string> ld_paragraphs = ld ? split_article_body(ld->article_body) : std::vector<std::string>();
  // articleBody without line breaks has lost the paragraphs the markup still has.
  if (!ld_paragraphs.empty() && (ld_paragraphs.size() > 1 || body.paragraphs.size() <= 1)) {
    article.paragraphs = std::move(ld_paragraphs);
  } else {
    article.paragraphs = std::move(body.paragraphs);
    if (std::string dek = find_standfirst(root, container); !dek.empty()) {
      article.paragraphs.insert(article.paragraphs.begin(), normalize_block(dek));
    }
  }
  for (std::string& p : article.paragraphs) p = normalize_block(p);
  std::erase_if(article.paragraphs, [&](const std::string& p) { return p.empty() || p == article.headline; });
  drop_boilerplate(article.paragraphs);
  if (article.paragraphs.empty()) {
    refuse_input(file_name, "no article body (no paragraphs in <article>, main content or JSON-LD articleBody)");
  }
  return article;
}

}  // namespace revisor::text
