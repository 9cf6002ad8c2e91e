#include "text/html_body.h"

#include <algorithm>
#include <array>
#include <string_view>

#include "text/dom.h"

namespace revisor::text {
namespace {

// Class or id words of page furniture that is never article text.
constexpr std::array<std::string_view, 41> kFurnitureWords = {
    "share", "sharing", "social", "related", "newsletter", "comment", "comments", "subscribe",
    "subscription", "promo", "advert", "advertisement", "ad", "ads", "sidebar", "breadcrumb",
    "breadcrumbs", "nav", "navigation", "menu", "footer", "popup", "modal", "cookie", "recirc",
    "recirculation", "outbrain", "taboola", "signup", "toolbar", "tags", "byline", "timestamp",
    "enlarge", "paywall", "trending", "recommended", "disqus", "sponsored", "masthead", "toc"};

constexpr std::array<std::string_view, 8> kFurnitureRoles = {
    "navigation", "complementary", "banner", "contentinfo", "dialog", "search", "menu", "toolbar"};

bool is_caption_word(std::string_view w) { return w == "caption" || w == "figcaption"; }

bool is_furniture(const GumboNode* n) {
  switch (n->v.element.tag) {
    case GUMBO_TAG_SCRIPT: case GUMBO_TAG_STYLE: case GUMBO_TAG_NOSCRIPT: case GUMBO_TAG_TEMPLATE:
    case GUMBO_TAG_NAV: case GUMBO_TAG_ASIDE: case GUMBO_TAG_FOOTER: case GUMBO_TAG_HEADER:
    case GUMBO_TAG_FORM: case GUMBO_TAG_BUTTON: case GUMBO_TAG_SELECT: case GUMBO_TAG_TEXTAREA:
    case GUMBO_TAG_INPUT: case GUMBO_TAG_LABEL: case GUMBO_TAG_IFRAME: case GUMBO_TAG_SVG:
    case GUMBO_TAG_MATH: case GUMBO_TAG_OBJECT: case GUMBO_TAG_EMBED:
    case GUMBO_TAG_MENU: case GUMBO_TAG_HEAD: case GUMBO_TAG_VIDEO: case GUMBO_TAG_AUDIO:
    case GUMBO_TAG_CANVAS: case GUMBO_TAG_H1:  // h1 is the headline, taken apart
      return true;
    default:
      break;
  }
  if (gumbo_get_attribute(&n->v.element.attributes, "hidden")) return true;
  if (dom::attribute(n, "aria-hidden") == "true") return true;
  std::string role(dom::attribute(n, "role"));
  if (std::find(kFurnitureRoles.begin(), kFurnitureRoles.end(), role) != kFurnitureRoles.end()) return true;
  std::string style(dom::attribute(n, "style"));
  std::erase(style, ' ');
  if (style.find("display:none") != std::string::npos) return true;
  for (const std::string& w : dom::class_words(n)) {
    if (std::find(kFurnitureWords.begin(), kFurnitureWords.end(), w) != kFurnitureWords.end()) return true;
  }
  const std::string_view cls = dom::attribute(n, "class");
  return cls.find("sr-only") != std::string_view::npos || cls.find("screen-reader") != std::string_view::npos;
}

bool is_caption(const GumboNode* n) {
  if (n->v.element.tag == GUMBO_TAG_FIGCAPTION) return true;
  const auto words = dom::class_words(n);
  return std::any_of(words.begin(), words.end(), [](const std::string& w) { return is_caption_word(w); });
}

bool is_block(GumboTag tag) {
  switch (tag) {
    case GUMBO_TAG_P: case GUMBO_TAG_DIV: case GUMBO_TAG_H2: case GUMBO_TAG_H3: case GUMBO_TAG_H4:
    case GUMBO_TAG_H5: case GUMBO_TAG_H6: case GUMBO_TAG_LI: case GUMBO_TAG_UL: case GUMBO_TAG_OL:
    case GUMBO_TAG_BLOCKQUOTE: case GUMBO_TAG_PRE: case GUMBO_TAG_SECTION: case GUMBO_TAG_ARTICLE:
    case GUMBO_TAG_TABLE: case GUMBO_TAG_TR: case GUMBO_TAG_DL: case GUMBO_TAG_DT: case GUMBO_TAG_DD:
    case GUMBO_TAG_FIGURE: case GUMBO_TAG_MAIN: case GUMBO_TAG_ADDRESS: case GUMBO_TAG_HR:
    case GUMBO_TAG_BODY: case GUMBO_TAG_HTML: case GUMBO_TAG_CENTER: case GUMBO_TAG_DETAILS:
    case GUMBO_TAG_SUMMARY: case GUMBO_TAG_HGROUP: case GUMBO_TAG_FIELDSET:
      return true;
    default:
      return false;
  }
}

std::string trimmed(std::string s) {
  const std::size_t b = s.find_first_not_of(" \n");
  if (b == std::string::npos) return {};
  const std::size_t e = s.find_last_not_of(" \n");
  return s.substr(b, e - b + 1);
}

// Bytes of separators at the start of `s`: spaces, '/', '|', '-' and en/em dashes, whole characters only.
std::size_t leading_separators(std::string_view s) {
  std::size_t i = 0;
  while (i < s.size()) {
    if (s[i] == ' ' || s[i] == '/' || s[i] == '|' || s[i] == '-') {
      ++i;
    } else if (s.substr(i, 3) == "\xE2\x80\x93" || s.substr(i, 3) == "\xE2\x80\x94") {
      i += 3;
    } else {
      break;
    }
  }
  return i;
}

// Walks one subtree in document order, cutting text into blocks at block element boundaries.
class BlockCollector {
 public:
  // Walks `container`; with check_root false the container itself is neither furniture nor a caption
  // (used for the inside of a caption).
  HtmlBody run(const GumboNode* container, bool check_root = true) {
    struct Frame {
      const GumboNode* node;
      unsigned next_child;
    };
    std::vector<Frame> stack;
    if (!check_root || enter(container)) stack.push_back({container, 0});
    while (!stack.empty()) {
      Frame& top = stack.back();
      const GumboVector& kids = top.node->v.element.children;
      if (top.next_child == kids.length) {
        leave(top.node);
        stack.pop_back();
        continue;
      }
      const auto* kid = static_cast<const GumboNode*>(kids.data[top.next_child++]);
      if (kid->type == GUMBO_NODE_TEXT || kid->type == GUMBO_NODE_WHITESPACE || kid->type == GUMBO_NODE_CDATA) {
        const std::size_t before = buffer_.size();
        dom::append_collapsed(buffer_, kid->v.text.text);
        if (link_depth_ > 0) link_chars_ += buffer_.size() - before;
      } else if (kid->type == GUMBO_NODE_ELEMENT && enter(kid)) {
        stack.push_back({kid, 0});
      }
    }
    flush();
    return std::move(body_);
  }

 private:
  // Returns whether to walk the element's children.
  bool enter(const GumboNode* n) {
    if (is_furniture(n)) return false;
    const GumboTag tag = n->v.element.tag;
    if (!in_caption_ && (tag == GUMBO_TAG_FIGURE || is_caption(n))) {
      flush();
      add_captions(n);
      return false;
    }
    if (tag == GUMBO_TAG_BR) {
      while (!buffer_.empty() && buffer_.back() == ' ') buffer_.pop_back();
      if (!buffer_.empty()) buffer_.push_back('\n');
      return false;
    }
    if (tag == GUMBO_TAG_IMG) return false;
    if (is_block(tag)) flush();
    if (tag == GUMBO_TAG_A) ++link_depth_;
    if (tag == GUMBO_TAG_TD || tag == GUMBO_TAG_TH) dom::append_collapsed(buffer_, " ");
    return true;
  }

  void leave(const GumboNode* n) {
    const GumboTag tag = n->v.element.tag;
    if (tag == GUMBO_TAG_A && link_depth_ > 0) --link_depth_;
    if (is_block(tag)) flush();
  }

  void add_captions(const GumboNode* n) {
    // A figure's caption is its figcaption or caption-classed elements; walk them with the same rules
    // so credits' "Enlarge" links and share buttons stay out.
    std::vector<const GumboNode*> parts;
    if (n->v.element.tag == GUMBO_TAG_FIGURE) {
      parts = dom::find_all(n, [n](const GumboNode* e) { return e != n && is_caption(e); },
                            [](const GumboNode* e) { return !is_caption(e); });
    } else {
      parts.push_back(n);
    }
    for (const GumboNode* part : parts) {
      BlockCollector inner;
      inner.in_caption_ = true;
      std::string text;
      for (const std::string& block : inner.run(part, false).paragraphs) {
        if (!text.empty()) text.push_back(' ');
        text += block;
      }
      // Leading separators left by removed links ("Enlarge / An ambulance ...").
      text.erase(0, leading_separators(text));
      if (!text.empty()) body_.captions.push_back(std::move(text));
    }
  }

  void flush() {
    std::string block = trimmed(std::move(buffer_));
    const std::size_t links = link_chars_;
    buffer_.clear();
    link_chars_ = 0;
    if (block.empty()) return;
    // A short block that is nearly all link text is navigation ("Read 12 remaining paragraphs |
    // Comments"), not a paragraph. Captions keep theirs: a credit is often a link.
    if (!in_caption_ && block.size() < 200 && links * 10 >= block.size() * 8) return;
    body_.paragraphs.push_back(std::move(block));
  }

  HtmlBody body_;
  std::string buffer_;
  std::size_t link_chars_ = 0;
  int link_depth_ = 0;
  bool in_caption_ = false;
};

std::size_t paragraph_text_size(const GumboNode* n) {
  std::size_t size = 0;
  for (const GumboNode* p : dom::find_all(n, [](const GumboNode* e) { return dom::is_element(e, GUMBO_TAG_P); },
                                          [](const GumboNode* e) { return !is_furniture(e); })) {
    size += dom::visible_text(p).size();
  }
  return size;
}

const GumboNode* largest(const std::vector<const GumboNode*>& candidates) {
  const GumboNode* best = nullptr;
  std::size_t best_size = 0;
  for (const GumboNode* c : candidates) {
    const std::size_t size = paragraph_text_size(c);
    if (!best || size > best_size) {
      best = c;
      best_size = size;
    }
  }
  return best;
}

}  // namespace

const GumboNode* find_content_root(const GumboNode* root) {
  auto by_itemprop = dom::find_all(root, [](const GumboNode* e) { return dom::attribute(e, "itemprop") == "articleBody"; });
  if (const GumboNode* n = largest(by_itemprop); n && paragraph_text_size(n) > 0) return n;
  auto articles = dom::find_all(root, [](const GumboNode* e) { return dom::is_element(e, GUMBO_TAG_ARTICLE); });
  if (const GumboNode* n = largest(articles)) return n;
  auto mains = dom::find_all(root, [](const GumboNode* e) {
    return dom::is_element(e, GUMBO_TAG_MAIN) || dom::attribute(e, "role") == "main";
  });
  if (const GumboNode* n = largest(mains)) return n;
  if (const GumboNode* body = dom::find_first(root, [](const GumboNode* e) { return dom::is_element(e, GUMBO_TAG_BODY); })) {
    return body;
  }
  return root;
}

HtmlBody extract_body(const GumboNode* container) { return BlockCollector().run(container, false); }

std::string find_standfirst(const GumboNode* root, const GumboNode* container) {
  const GumboNode* dek = dom::find_first(root, [container](const GumboNode* e) {
    if (e == container) return false;
    for (const std::string& w : dom::class_words(e)) {
      if (w == "dek" || w == "standfirst" || w == "subheadline" || w == "deck") return true;
    }
    return false;
  });
  if (!dek) return {};
  // Inside the container it is read with the body already.
  for (const GumboNode* p = dek->parent; p; p = p->parent) {
    if (p == container) return {};
  }
  return dom::visible_text(dek);
}

}  // namespace revisor::text
