#include "revisor/text/article_file.h"

#include <cerrno>
#include <cstring>
#include <filesystem>
#include <fstream>
#include <iostream>

#include "revisor/base/error.h"
#include "text/input_check.h"

namespace revisor::text {
namespace {

// One byte over the limit, so read_article refuses the file with its own message.
constexpr std::size_t kReadCap = kMaxInputBytes + 1;

std::string read_capped(std::istream& in, const std::string& name) {
  std::string bytes;
  char buf[65536];
  while (bytes.size() < kReadCap && in) {
    in.read(buf, static_cast<std::streamsize>(std::min(sizeof buf, kReadCap - bytes.size())));
    bytes.append(buf, static_cast<std::size_t>(in.gcount()));
  }
  if (in.bad()) throw Error(ErrorKind::bad_input, name + ": cannot read: " + std::strerror(errno));
  return bytes;
}

}  // namespace

ArticleFile read_article_file(const std::string& path) {
  ArticleFile file;
  file.name = path;
  if (path == "-") {
    file.bytes = read_capped(std::cin, "standard input");
    file.extracted = read_article(file.bytes, "standard input");
    return file;
  }
  std::error_code ec;
  if (std::filesystem::is_directory(path, ec))
    throw Error(ErrorKind::bad_input, path + ": is a directory, not a file");
  std::ifstream in(path, std::ios::binary);
  if (!in) throw Error(ErrorKind::bad_input, path + ": cannot open: " + std::strerror(errno));
  file.bytes = read_capped(in, path);
  file.extracted = read_article(file.bytes, path);
  return file;
}

std::string source_name(std::string_view path) {
  if (path == "-") return "-";
  return std::filesystem::path(path).filename().string();
}

std::string_view source_extension(std::string_view format) noexcept {
  if (format == "markdown") return "md";
  if (format == "html") return "html";
  return "txt";
}

}  // namespace revisor::text
