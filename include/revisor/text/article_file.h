// ArticleFile: one version read from a file (or standard input), its exact bytes kept as evidence and
// its article extracted. read_article_file() is the one way revisor reads an article from disk.
#pragma once

#include <string>
#include <string_view>

#include "revisor/text/article_text.h"

namespace revisor::text {

struct ArticleFile {
  std::string name;            // as given: a path, or "-" for standard input
  std::string bytes;           // the exact bytes read
  ExtractedArticle extracted;  // what read_article found in them
};

// Reads `path` ("-": standard input) and extracts its article. Reads at most one byte past the
// 20 MiB input limit, so a huge file is refused without being read whole. Throws Error(bad_input)
// as "<path>: <problem>" when the file cannot be opened or read, is a directory, or is refused by
// read_article (empty, binary, invalid UTF-8, over the limit, no body).
ArticleFile read_article_file(const std::string& path);

// The name errors and meta.json give a version's source: the file name without its folders, or
// "-" for standard input.
std::string source_name(std::string_view path);

// The extension a source of `format` ("text", "markdown", "html") is stored under: "txt", "md",
// "html".
std::string_view source_extension(std::string_view format) noexcept;

}  // namespace revisor::text
