// ExtractedArticle: what revisor takes from one ingested file (plain text, Markdown or HTML), and
// article_text(), the normalized text stored as article.txt that every comparison uses.
#pragma once

#include <string>
#include <string_view>
#include <vector>

namespace revisor::text {

struct ExtractedArticle {
  std::string headline;
  std::vector<std::string> paragraphs;  // body paragraphs, in reading order
  std::vector<std::string> captions;    // figure captions, kept apart from the body
  std::string byline;
  std::string published;  // as found (ISO 8601 when the page gives it), empty when absent
  std::string modified;
  std::string canonical_url;
  std::string format;  // "text", "markdown" or "html": what the source was read as
  // Every paragraph and caption is as normalize_block leaves it (the reader normalized each), so
  // article_text need not check them again: that check was 7 % of a bulk ingest of plain text.
  bool blocks_normalized = false;
};

// How a caption paragraph starts in the stored text (see article_text below).
inline constexpr std::string_view kCaptionPrefix = "Caption: ";

// Reads one version from its raw bytes. `file_name` names the file in error messages and picks the
// format by extension (.html/.htm, .md, .txt); content sniffing decides when the extension does not.
// Throws Error(bad_input) naming the file and the problem: empty, binary (NUL bytes), invalid UTF-8,
// over 20 MiB, no article body. To read a file from disk, use read_article_file (article_file.h).
ExtractedArticle read_article(std::string_view bytes, std::string_view file_name);

// The stored text: headline, blank line, then paragraphs separated by blank lines, NFC-normalized,
// line endings and runs of spaces normalized, ending in one newline. Parse it with Document::parse.
// Captions: after the body, each caption is one paragraph written as kCaptionPrefix + caption text
// ("Caption: Rescue crews at the scene."); Document::parse gives such paragraphs ParagraphRole::caption
// and starts their sentences after the prefix, so a caption edit is seen as a caption edit, not as a
// body edit. Plain text input has no captions: every paragraph there is body.
std::string article_text(const ExtractedArticle& article);

}  // namespace revisor::text
