#include "revisor/base/article_id.h"

#include <fmt/core.h>

#include "revisor/base/error.h"

namespace revisor {
namespace {

bool allowed_char(char c) {
  return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '-' ||
         c == '_' || c == '.';
}

// Returns what is wrong with `id`, or an empty string when it is valid.
std::string problem(std::string_view id) {
  if (id.empty()) return "it is empty";
  if (id.size() > ArticleId::kMaxBytes) return fmt::format("it is {} bytes long", id.size());
  for (char c : id) {
    if (c != '/' && !allowed_char(c)) {
      auto uc = static_cast<unsigned char>(c);
      if (uc < 0x20 || uc >= 0x7f) return fmt::format("it contains the byte 0x{:02x}", uc);
      return fmt::format("it contains '{}'", c);
    }
  }
  // ".." is refused anywhere, not just as a segment: git refuses it in ref names.
  if (id.find("..") != std::string_view::npos) return "it contains \"..\"";
  std::size_t start = 0;
  while (true) {
    std::size_t slash = id.find('/', start);
    std::string_view seg = id.substr(start, slash == std::string_view::npos ? id.npos : slash - start);
    if (seg.empty()) return "it has an empty segment";
    if (seg.front() == '.') return fmt::format("the segment \"{}\" starts with '.'", seg);
    if (seg.back() == '.') return fmt::format("the segment \"{}\" ends with '.'", seg);
    if (seg.size() >= 5 && seg.substr(seg.size() - 5) == ".lock")
      return fmt::format("the segment \"{}\" ends with \".lock\"", seg);
    if (slash == std::string_view::npos) break;
    start = slash + 1;
  }
  return {};
}

// Shows the offending id safely even when it holds control bytes or is very long.
std::string printable(std::string_view id) {
  std::string out;
  for (char c : id.substr(0, 80)) {
    auto uc = static_cast<unsigned char>(c);
    if (uc < 0x20 || uc == 0x7f || c == '"' || c == '\\')
      out += fmt::format("\\x{:02x}", uc);
    else
      out += c;
  }
  if (id.size() > 80) out += "...";
  return out;
}

}  // namespace

ArticleId::ArticleId(std::string_view id) {
  if (auto p = problem(id); !p.empty())
    throw Error(ErrorKind::bad_input,
                fmt::format("bad article id \"{}\": {}; {}", printable(id), p, kRule));
  id_ = id;
}

}  // namespace revisor
