// similarity_key: versions of one text share the key far more often than unrelated texts do.
#include "store/similarity_key.h"

#include <catch2/catch.hpp>
#include <cstdint>
#include <string>

using revisor::store::similarity_key;

namespace {

std::string article(std::uint64_t seed, std::size_t words) {
  std::string out;
  std::uint64_t x = seed;
  for (std::size_t i = 0; i < words; ++i) {
    x = x * 6364136223846793005ull + 1442695040888963407ull;
    out += "word" + std::to_string((x >> 33) % 20000) + " ";
  }
  return out;
}

}  // namespace

TEST_CASE("similarity_key is stable and ignores how words are spaced", "[store]") {
  const std::string text = article(1, 400);
  CHECK(similarity_key(text) == similarity_key(text));
  std::string spaced;
  for (char c : text) spaced += c == ' ' ? std::string("  \n") : std::string(1, c);
  CHECK(similarity_key(spaced) == similarity_key(text));
  CHECK(similarity_key("") == similarity_key(""));
  CHECK(similarity_key("two words") != similarity_key("other words"));
}

TEST_CASE("similarity_key: an edited version usually keeps the key, an unrelated text almost never shares it",
          "[store]") {
  const std::string base = article(7, 800);
  int kept = 0;
  int shared_by_unrelated = 0;
  for (int edit = 0; edit < 40; ++edit) {
    // One word replaced somewhere in the text: at most 4 of about 800 shingles change.
    std::string edited = base;
    const std::size_t at = edited.find(' ', static_cast<std::size_t>(edit) * 400 % edited.size());
    edited.insert(at, " changed" + std::to_string(edit));
    kept += similarity_key(edited) == similarity_key(base);
    shared_by_unrelated += similarity_key(article(100 + static_cast<std::uint64_t>(edit), 800)) == similarity_key(base);
  }
  CHECK(kept >= 36);
  CHECK(shared_by_unrelated == 0);
}
