#include "revisor/base/shard.h"

#include <catch2/catch.hpp>
#include <string>
#include <vector>

#include "revisor/base/error.h"

using revisor::in_shard;
using revisor::parse_shard;
using revisor::stable_id_hash;

TEST_CASE("parse_shard reads K/N and refuses anything else", "[base]") {
  auto s = parse_shard("2/8");
  CHECK(s.index == 2);
  CHECK(s.count == 8);
  for (const char* bad : {"", "3", "0/3", "4/3", "1/0", "/3", "1/", "a/3", "1/3x", "-1/3"})
    CHECK_THROWS_AS(parse_shard(bad), revisor::Error);
}

TEST_CASE("stable_id_hash is 64-bit FNV-1a, the same on every machine", "[base]") {
  // The published FNV-1a test vectors.
  CHECK(stable_id_hash("") == 0xcbf29ce484222325ULL);
  CHECK(stable_id_hash("a") == 0xaf63dc4c8601ec8cULL);
  CHECK(stable_id_hash("foobar") == 0x85944171f73967e8ULL);
}

TEST_CASE("in_shard puts every id in exactly one of N shards, spread evenly", "[base]") {
  const std::size_t n = 4;
  std::vector<std::size_t> sizes(n);
  for (int i = 0; i < 4000; ++i) {
    const std::string id = "outlet/article-" + std::to_string(i);
    int hits = 0;
    for (std::size_t k = 1; k <= n; ++k)
      if (in_shard(id, {k, n})) {
        ++hits;
        ++sizes[k - 1];
      }
    CHECK(hits == 1);
  }
  for (auto size : sizes) CHECK((size > 800 && size < 1200));
}
