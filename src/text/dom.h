// Read-only helpers over gumbo's tree: attributes, class tests, iterative search and the visible
// text of an element. Iterative, never recursive: a page's nesting depth must not reach the C stack.
#pragma once

#include <gumbo.h>

#include <functional>
#include <string>
#include <string_view>
#include <vector>

namespace revisor::text::dom {

bool is_element(const GumboNode* node, GumboTag tag);
std::string_view attribute(const GumboNode* node, const char* name);  // "" when absent
// The element's tag name in lower case, also for tags gumbo does not know ("amp-img").
std::string tag_name(const GumboNode* node);

// Words of the class and id attributes, split on spaces, '-' and '_', lower-cased:
// class="c-share-bar" id="main_nav" gives {"c", "share", "bar", "main", "nav"}.
std::vector<std::string> class_words(const GumboNode* node);

// Every element below `root` (root included) for which `match` holds, in document order.
// `descend` decides whether the children of an element are searched.
std::vector<const GumboNode*> find_all(const GumboNode* root,
                                       const std::function<bool(const GumboNode*)>& match,
                                       const std::function<bool(const GumboNode*)>& descend = nullptr);
const GumboNode* find_first(const GumboNode* root, const std::function<bool(const GumboNode*)>& match);

// The text a reader sees in `node`: text nodes joined, white space runs collapsed to one space,
// <br> as a line break, script/style/template/noscript content left out. Trimmed.
std::string visible_text(const GumboNode* node);

// Appends `text` to `out` collapsing HTML white space: runs become one space, none after a line break
// or at the start.
void append_collapsed(std::string& out, std::string_view text);

// The raw text content of an element (for <script type=application/ld+json> and <title>).
std::string raw_text(const GumboNode* node);

}  // namespace revisor::text::dom
