// The body of an article page: which element holds the article, and its paragraphs and figure
// captions in reading order, without navigation, share bars, related lists, newsletter boxes and
// comments.
#pragma once

#include <gumbo.h>

#include <string>
#include <vector>

namespace revisor::text {

struct HtmlBody {
  std::vector<std::string> paragraphs;
  std::vector<std::string> captions;
};

// The element holding the article: itemprop=articleBody, else the <article> with the most paragraph
// text, else <main> / role=main, else <body>. Never nullptr for a parsed page.
const GumboNode* find_content_root(const GumboNode* root);

// Paragraphs (p, headings, list items, quotes, text runs in divs) and captions below `container`.
HtmlBody extract_body(const GumboNode* container);

// A standfirst ("dek") outside `container`, as publishers put under the headline; "" when absent.
std::string find_standfirst(const GumboNode* root, const GumboNode* container);

}  // namespace revisor::text
