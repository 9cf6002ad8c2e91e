// Heap policy for bulk work: how much freed memory the process keeps for reuse instead of giving
// it back to the kernel. Process-wide, so only a program's main code (the CLI) sets it.
#pragma once

#include <cstddef>

namespace revisor {

// Keeps freed heap memory (up to `keep_bytes` at the top of each heap) for the next allocations.
// A bulk ingest allocates and frees a batch of about 100 MB again and again, on threads that come
// and go: by default glibc hands each freed batch back (trimming the heap) and maps it again for
// the next one, which cost an ingest about 15 % of its time in mprotect calls and fresh zeroed
// pages. Peak memory is unchanged; memory is returned when the process ends. No-op off glibc.
void keep_freed_heap_memory(std::size_t keep_bytes = std::size_t{256} << 20) noexcept;

}  // namespace revisor
