// Checks on the raw bytes of one ingested file before any parsing: size, emptiness, binary data and
// UTF-8 validity. Each failure throws Error(bad_input) as "<file>: <problem>".
#pragma once

#include <cstddef>
#include <string>
#include <string_view>

namespace revisor::text {

inline constexpr std::size_t kMaxInputBytes = 20u * 1024u * 1024u;

// Refuses files over kMaxInputBytes, files with nothing but white space, and files holding NUL bytes.
void check_raw_input(std::string_view bytes, std::string_view file_name);

// Refuses text that is not well-formed UTF-8, naming the byte offset of the first bad sequence.
void check_utf8(std::string_view bytes, std::string_view file_name);

// The message convention shared by every input refusal.
[[noreturn]] void refuse_input(std::string_view file_name, const std::string& problem);

}  // namespace revisor::text
