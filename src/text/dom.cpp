#include "text/dom.h"

#include <utility>

namespace revisor::text::dom {
namespace {

const GumboVector* children_of(const GumboNode* node) {
  if (node->type == GUMBO_NODE_ELEMENT) return &node->v.element.children;
  if (node->type == GUMBO_NODE_TEMPLATE) return &node->v.element.children;
  if (node->type == GUMBO_NODE_DOCUMENT) return &node->v.document.children;
  return nullptr;
}

bool hidden_content(const GumboNode* node) {
  if (node->type != GUMBO_NODE_ELEMENT && node->type != GUMBO_NODE_TEMPLATE) return false;
  switch (node->v.element.tag) {
    case GUMBO_TAG_SCRIPT: case GUMBO_TAG_STYLE: case GUMBO_TAG_TEMPLATE: case GUMBO_TAG_NOSCRIPT:
    case GUMBO_TAG_HEAD: case GUMBO_TAG_SVG: case GUMBO_TAG_MATH: case GUMBO_TAG_IFRAME:
    case GUMBO_TAG_OBJECT:
      return true;
    default:
      return false;
  }
}

bool is_html_space(char c) { return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f'; }

}  // namespace

void append_collapsed(std::string& out, std::string_view text) {
  for (char c : text) {
    if (is_html_space(c)) {
      if (!out.empty() && out.back() != ' ' && out.back() != '\n') out.push_back(' ');
    } else {
      out.push_back(c);
    }
  }
}

bool is_element(const GumboNode* node, GumboTag tag) {
  return node && node->type == GUMBO_NODE_ELEMENT && node->v.element.tag == tag;
}

std::string_view attribute(const GumboNode* node, const char* name) {
  if (!node || (node->type != GUMBO_NODE_ELEMENT && node->type != GUMBO_NODE_TEMPLATE)) return {};
  const GumboAttribute* a = gumbo_get_attribute(&node->v.element.attributes, name);
  return a && a->value ? std::string_view(a->value) : std::string_view();
}

std::string tag_name(const GumboNode* node) {
  if (!node || (node->type != GUMBO_NODE_ELEMENT && node->type != GUMBO_NODE_TEMPLATE)) return {};
  const GumboElement& e = node->v.element;
  std::string name;
  if (e.tag != GUMBO_TAG_UNKNOWN) {
    name = gumbo_normalized_tagname(e.tag);
  } else {
    GumboStringPiece piece = e.original_tag;
    gumbo_tag_from_original_text(&piece);
    name.assign(piece.data ? piece.data : "", piece.length);
  }
  for (char& c : name) {
    if (c >= 'A' && c <= 'Z') c = static_cast<char>(c + 32);
  }
  return name;
}

std::vector<std::string> class_words(const GumboNode* node) {
  std::vector<std::string> words;
  for (const char* attr : {"class", "id"}) {
    std::string word;
    for (char c : attribute(node, attr)) {
      if (c == ' ' || c == '-' || c == '_' || c == '\t' || c == '\n') {
        if (!word.empty()) words.push_back(std::exchange(word, {}));
      } else {
        word.push_back(c >= 'A' && c <= 'Z' ? static_cast<char>(c + 32) : c);
      }
    }
    if (!word.empty()) words.push_back(std::move(word));
  }
  return words;
}

std::vector<const GumboNode*> find_all(const GumboNode* root, const std::function<bool(const GumboNode*)>& match,
                                       const std::function<bool(const GumboNode*)>& descend) {
  std::vector<const GumboNode*> found;
  if (!root) return found;
  std::vector<const GumboNode*> stack{root};
  while (!stack.empty()) {
    const GumboNode* node = stack.back();
    stack.pop_back();
    if (node->type != GUMBO_NODE_ELEMENT && node->type != GUMBO_NODE_DOCUMENT &&
        node->type != GUMBO_NODE_TEMPLATE) {
      continue;
    }
    if (node->type != GUMBO_NODE_DOCUMENT && match(node)) found.push_back(node);
    if (descend && node != root && !descend(node)) continue;
    const GumboVector* kids = children_of(node);
    for (unsigned i = kids->length; i-- > 0;) stack.push_back(static_cast<const GumboNode*>(kids->data[i]));
  }
  return found;
}

const GumboNode* find_first(const GumboNode* root, const std::function<bool(const GumboNode*)>& match) {
  if (!root) return nullptr;
  std::vector<const GumboNode*> stack{root};
  while (!stack.empty()) {
    const GumboNode* node = stack.back();
    stack.pop_back();
    if (node->type == GUMBO_NODE_ELEMENT && match(node)) return node;
    if (const GumboVector* kids = children_of(node)) {
      for (unsigned i = kids->length; i-- > 0;) stack.push_back(static_cast<const GumboNode*>(kids->data[i]));
    }
  }
  return nullptr;
}

std::string visible_text(const GumboNode* node) {
  std::string out;
  if (!node) return out;
  std::vector<const GumboNode*> stack{node};
  while (!stack.empty()) {
    const GumboNode* n = stack.back();
    stack.pop_back();
    switch (n->type) {
      case GUMBO_NODE_TEXT: case GUMBO_NODE_CDATA: case GUMBO_NODE_WHITESPACE:
        append_collapsed(out, n->v.text.text);
        break;
      case GUMBO_NODE_ELEMENT:
        if (n->v.element.tag == GUMBO_TAG_BR) {
          while (!out.empty() && out.back() == ' ') out.pop_back();
          if (!out.empty()) out.push_back('\n');
          break;
        }
        if (hidden_content(n)) break;
        [[fallthrough]];
      default:
        if (const GumboVector* kids = children_of(n)) {
          for (unsigned i = kids->length; i-- > 0;) stack.push_back(static_cast<const GumboNode*>(kids->data[i]));
        }
    }
  }
  while (!out.empty() && (out.back() == ' ' || out.back() == '\n')) out.pop_back();
  return out;
}

std::string raw_text(const GumboNode* node) {
  std::string out;
  if (const GumboVector* kids = node ? children_of(node) : nullptr) {
    for (unsigned i = 0; i < kids->length; ++i) {
      const auto* kid = static_cast<const GumboNode*>(kids->data[i]);
      if (kid->type == GUMBO_NODE_TEXT || kid->type == GUMBO_NODE_CDATA || kid->type == GUMBO_NODE_WHITESPACE) {
        out += kid->v.text.text;
      }
    }
  }
  return out;
}

}  // namespace revisor::text::dom
