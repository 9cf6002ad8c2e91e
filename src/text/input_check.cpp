#include "text/input_check.h"

#include <unicode/utf8.h>

#include <cstdio>

#include "revisor/base/error.h"

namespace revisor::text {

void refuse_input(std::string_view file_name, const std::string& problem) {
  std::string name = file_name.empty() ? std::string("<input>") : std::string(file_name);
  throw Error(ErrorKind::bad_input, name + ": " + problem);
}

void check_raw_input(std::string_view bytes, std::string_view file_name) {
  if (bytes.size() > kMaxInputBytes) {
    char size[32];
    std::snprintf(size, sizeof size, "%.1f", static_cast<double>(bytes.size()) / (1024.0 * 1024.0));
    refuse_input(file_name, std::string("file is ") + size + " MiB, over the 20 MiB limit");
  }
  if (std::size_t nul = bytes.find('\0'); nul != std::string_view::npos) {
    refuse_input(file_name, "binary data (NUL byte at offset " + std::to_string(nul) + "), not text");
  }
  if (bytes.find_first_not_of(" \t\r\n\f\v") == std::string_view::npos) {
    refuse_input(file_name, "file is empty");
  }
}

void check_utf8(std::string_view bytes, std::string_view file_name) {
  const auto size = static_cast<int32_t>(bytes.size());
  int32_t i = 0;
  while (i < size) {
    if (static_cast<unsigned char>(bytes[i]) < 0x80) {  // ASCII fast path
      ++i;
      continue;
    }
    const int32_t at = i;
    UChar32 c;
    U8_NEXT(bytes.data(), i, size, c);
    if (c < 0) refuse_input(file_name, "invalid UTF-8 at byte offset " + std::to_string(at));
  }
}

}  // namespace revisor::text
