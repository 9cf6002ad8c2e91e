#include "text/boilerplate.h"

#include <algorithm>
#include <array>
#include <cstdint>

namespace revisor::text {
namespace {

// Whole-paragraph template lines seen across the corpus outlets and common CMS templates.
constexpr std::array<std::string_view, 24> kBoilerplate = {
    "comments are closed",
    "see full web article",
    "source: cnn",
    "advertisement",
    "skip advertisement",
    "story continues below advertisement",
    "share this article",
    "share this story",
    "share on facebook",
    "share on twitter",
    "copy link",
    "link copied",
    "print this article",
    "leave a comment",
    "leave a reply",
    "sign up for our newsletter",
    "subscribe to our newsletter",
    "read more",
    "click here to read more",
    "download the app",
    "all rights reserved",
    "this story has been shared",
    "log in to comment",
    "loading comments",
};

// Headings that open a list of other articles or a comment section.
constexpr std::array<std::string_view, 14> kTrailerOpeners = {
    "you might also like",
    "you may also like",
    "related articles",
    "related stories",
    "related coverage",
    "more from",
    "more stories",
    "most read",
    "most popular",
    "recommended for you",
    "trending now",
    "read next",
    "comments",
    "join the conversation",
};

// Lower-cased ASCII letters, surrounding white space and final punctuation removed: the form the
// rule lists are written in.
std::string rule_form(std::string_view s) {
  std::size_t b = 0;
  std::size_t e = s.size();
  auto trim_char = [](char c) {
    return c == ' ' || c == '\n' || c == '\t' || c == '.' || c == ':' || c == '!' || c == '>' || c == '|';
  };
  while (b < e && trim_char(s[b])) ++b;
  while (e > b && trim_char(s[e - 1])) --e;
  std::string out(s.substr(b, e - b));
  for (char& c : out) {
    if (c >= 'A' && c <= 'Z') c = static_cast<char>(c + 32);
  }
  return out;
}

}  // namespace

bool is_boilerplate_paragraph(std::string_view paragraph) {
  if (paragraph.size() > 60) return false;
  const std::string f = rule_form(paragraph);
  return std::find(kBoilerplate.begin(), kBoilerplate.end(), f) != kBoilerplate.end();
}

bool opens_trailer(std::string_view paragraph) {
  if (paragraph.size() > 60) return false;
  const std::string f = rule_form(paragraph);
  for (std::string_view opener : kTrailerOpeners) {
    if (f == opener) return true;
    // "More from CNN", "More from Ars Technica": an opener followed by the outlet's name.
    if (opener == "more from" && f.starts_with("more from ")) return true;
  }
  return false;
}

std::string headline_without_site_name(std::string_view headline) {
  const std::size_t bar = headline.rfind(" | ");
  if (bar == std::string_view::npos || bar < 10) return std::string(headline);
  const std::string_view site = headline.substr(bar + 3);
  if (site.empty() || site.size() > 30) return std::string(headline);
  int words = 0;
  bool word_start = true;
  for (char c : site) {
    if (c == ' ') {
      word_start = true;
      continue;
    }
    if (word_start) {
      ++words;
      const bool capital = (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9');
      if (!capital) return std::string(headline);
    }
    word_start = false;
  }
  return words <= 3 ? std::string(headline.substr(0, bar)) : std::string(headline);
}

void drop_boilerplate(std::vector<std::string>& paragraphs) {
  // Repeated until nothing changes, so the result is stable: stored text read again keeps all of it.
  for (std::size_t before = SIZE_MAX; before != paragraphs.size();) {
    before = paragraphs.size();
    for (std::size_t i = paragraphs.size() / 2; i < paragraphs.size(); ++i) {
      if (opens_trailer(paragraphs[i])) {
        paragraphs.resize(i);
        break;
      }
    }
    std::erase_if(paragraphs, [](const std::string& p) { return is_boilerplate_paragraph(p); });
  }
}

}  // namespace revisor::text
