#include "revisor/base/c_handle.h"

#include <memory>

#include <catch2/catch.hpp>

namespace {

int freed = 0;
void free_int(int* p) {
  ++freed;
  delete p;
}

}  // namespace

TEST_CASE("c handle: the owner frees a handle once and never calls free on null") {
  freed = 0;
  { std::unique_ptr<int, revisor::CDeleter<free_int>> owned(new int(7)); }
  CHECK(freed == 1);
  { std::unique_ptr<int, revisor::CDeleter<free_int>> empty; }
  CHECK(freed == 1);
  static_assert(sizeof(std::unique_ptr<int, revisor::CDeleter<free_int>>) == sizeof(int*));
}
