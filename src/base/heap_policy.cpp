#include "revisor/base/heap_policy.h"

#include <climits>

#if defined(__GLIBC__)
#include <malloc.h>
#endif

namespace revisor {

void keep_freed_heap_memory(std::size_t keep_bytes) noexcept {
#if defined(__GLIBC__)
  const int keep = keep_bytes > static_cast<std::size_t>(INT_MAX) ? INT_MAX : static_cast<int>(keep_bytes);
  // The trim threshold keeps freed memory at a heap's top; the top pad makes each heap grow by a
  // large step, so a batch does not grow it one mprotect at a time. Both fail only on bad values.
  mallopt(M_TRIM_THRESHOLD, keep);
  mallopt(M_TOP_PAD, keep / 4);
#else
  (void)keep_bytes;
#endif
}

}  // namespace revisor
