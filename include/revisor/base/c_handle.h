// CDeleter<Free>: the one std::unique_ptr deleter for handles a C library hands out with a matching
// free function, so no layer writes naked free calls: std::unique_ptr<git_tree, CDeleter<git_tree_free>>.
#pragma once

namespace revisor {

// Calls Free(p) for a non-null p and ignores what Free returns (fclose's status, utext_close's
// pointer): an owner going out of scope has nobody to report to. Stateless, so the unique_ptr stays
// one pointer wide; thread-safe as far as Free is.
template <auto Free>
struct CDeleter {
  template <class T>
  void operator()(T* p) const noexcept {
    if (p) Free(p);
  }
};

}  // namespace revisor
