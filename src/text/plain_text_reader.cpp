#include "text/plain_text_reader.h"

#include "text/boilerplate.h"
#include "text/input_check.h"
#include "text/normalizer.h"

namespace revisor::text {
namespace {

bool is_blank(std::string_view line) {
  return line.find_first_not_of(" \t\f\v") == std::string_view::npos;
}

// The headline line normalized, without Markdown's heading marker. Normalizing first means control
// characters or spaces before the "# " cannot hide it; "# # Title" loses both markers.
std::string headline_of(std::string_view line) {
  std::string headline = normalize_block(line);
  while (headline.starts_with("# ")) headline.erase(0, 2);
  return headline_without_site_name(headline);
}

}  // namespace

ExtractedArticle read_plain_text(std::string_view utf8, std::string_view file_name, bool markdown) {
  if (utf8.starts_with("\xEF\xBB\xBF")) utf8.remove_prefix(3);  // a BOM is encoding, not text
  const std::string text = normalize_line_endings(utf8);
  const std::string_view all = text;

  ExtractedArticle article;
  article.format = markdown ? "markdown" : "text";
  article.blocks_normalized = true;  // flush() below normalizes every paragraph
  std::string paragraph;
  bool have_headline = false;
  auto flush = [&] {
    // A "paragraph" of control characters normalizes to nothing and must not count as one.
    if (std::string p = normalize_block(paragraph); !p.empty()) article.paragraphs.push_back(std::move(p));
    paragraph.clear();
  };
  std::size_t pos = 0;
  while (pos <= all.size()) {
    std::size_t nl = all.find('\n', pos);
    if (nl == std::string_view::npos) nl = all.size();
    const std::string_view line = all.substr(pos, nl - pos);
    pos = nl + 1;
    if (is_blank(line)) {
      flush();
      continue;
    }
    if (!have_headline) {
      article.headline = headline_of(line);
      have_headline = !article.headline.empty();
      continue;
    }
    if (!paragraph.empty()) paragraph.push_back('\n');
    paragraph.append(line);
  }
  flush();
  drop_boilerplate(article.paragraphs);
  if (article.paragraphs.empty()) {
    refuse_input(file_name, have_headline ? "no article body after the headline \"" + article.headline + "\""
                                          : "no article body");
  }
  return article;
}

}  // namespace revisor::text
