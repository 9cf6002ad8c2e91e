// Writing a whole buffer to an open file descriptor: write(2) may take part of it, or be
// interrupted by a signal, and every writer of revisor's own files must carry on until all is written.
#pragma once

#include <string_view>

namespace revisor {

// Writes all of `data` to `fd`, retrying after interruptions and short writes. Returns false with
// errno set when the system refused part of it (a write that takes nothing sets ENOSPC); what was
// written before stays written.
[[nodiscard]] bool write_all(int fd, std::string_view data) noexcept;

}  // namespace revisor
