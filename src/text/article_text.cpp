#include "revisor/text/article_text.h"

#include "text/html_reader.h"
#include "text/input_check.h"
#include "text/normalizer.h"
#include "text/plain_text_reader.h"

namespace revisor::text {
namespace {

enum class Format { text, markdown, html };

bool ends_with_ci(std::string_view s, std::string_view suffix) {
  if (s.size() < suffix.size()) return false;
  s = s.substr(s.size() - suffix.size());
  for (std::size_t i = 0; i < s.size(); ++i) {
    char c = s[i];
    if (c >= 'A' && c <= 'Z') c = static_cast<char>(c + 32);
    if (c != suffix[i]) return false;
  }
  return true;
}

bool starts_with_ci(std::string_view s, std::string_view prefix) {
  return s.size() >= prefix.size() && ends_with_ci(s.substr(0, prefix.size()), prefix);
}

// Content sniffing for names without a known extension (stdin, "latest", ".php"): markup at the start.
bool looks_like_html(std::string_view bytes) {
  if (bytes.starts_with("\xEF\xBB\xBF")) bytes.remove_prefix(3);
  std::size_t b = bytes.find_first_not_of(" \t\r\n");
  if (b == std::string_view::npos) return false;
  bytes.remove_prefix(b);
  for (std::string_view opener : {"<!doctype html", "<html", "<head", "<body", "<!--", "<meta", "<article"}) {
    if (starts_with_ci(bytes, opener)) return true;
  }
  return false;
}

Format pick_format(std::string_view bytes, std::string_view file_name) {
  if (ends_with_ci(file_name, ".html") || ends_with_ci(file_name, ".htm") || ends_with_ci(file_name, ".xhtml")) {
    return Format::html;
  }
  if (ends_with_ci(file_name, ".md") || ends_with_ci(file_name, ".markdown")) return Format::markdown;
  if (ends_with_ci(file_name, ".txt")) return Format::text;
  return looks_like_html(bytes) ? Format::html : Format::text;
}

}  // namespace

ExtractedArticle read_article(std::string_view bytes, std::string_view file_name) {
  check_raw_input(bytes, file_name);
  const Format format = pick_format(bytes, file_name);
  if (format == Format::html) return read_html(bytes, file_name);
  check_utf8(bytes, file_name);
  return read_plain_text(bytes, file_name, format == Format::markdown);
}

std::string article_text(const ExtractedArticle& article) {
  std::string out;
  auto add_block = [&out, &article](std::string_view block) {
    // Readers hand over blocks already normalized; those are appended without two copies.
    if ((article.blocks_normalized || is_normalized_block(block)) && is_nfc(block)) {
      if (block.empty()) return;
      if (!out.empty()) out += "\n\n";
      out += block;
      return;
    }
    std::string normalized = normalize_block(to_nfc(block));
    if (normalized.empty()) return;
    if (!out.empty()) out += "\n\n";
    out += normalized;
  };
  // The headline is one line: its line breaks are layout, not text.
  std::string headline = normalize_block(to_nfc(article.headline));
  for (char& c : headline) {
    if (c == '\n') c = ' ';
  }
  out += headline;
  for (const std::string& p : article.paragraphs) add_block(p);
  for (const std::string& c : article.captions) {
    std::string caption = normalize_block(to_nfc(c));
    for (char& ch : caption) {
      if (ch == '\n') ch = ' ';  // a caption is one paragraph, so its prefix marks all of it
    }
    if (!caption.empty()) add_block(std::string(kCaptionPrefix) + caption);
  }
  if (!out.empty()) out.push_back('\n');
  return out;
}

}  // namespace revisor::text
