// The schema.org article description a page embeds as JSON-LD (<script type="application/ld+json">):
// headline, body, author and dates as the publisher states them.
#pragma once

#include <gumbo.h>

#include <optional>
#include <string>

namespace revisor::text {

struct JsonLdArticle {
  std::string headline;
  std::string article_body;  // as published: plain text, sometimes with HTML markup
  std::string author;        // names joined with ", "
  std::string date_published;
  std::string date_modified;
  std::string url;
};

// The first Article-typed object (NewsArticle, BlogPosting, ...) of the page's JSON-LD blocks, looking
// inside arrays and "@graph". Blocks that are not valid JSON are skipped.
std::optional<JsonLdArticle> find_json_ld_article(const GumboNode* root);

}  // namespace revisor::text
