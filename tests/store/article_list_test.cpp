// ArticleStore::list through its cache: the cache answers for refs that did not move, and is never
// trusted over the refs (a moved or removed ref, a damaged file).
#include <git2.h>

#include <catch2/catch.hpp>
#include <filesystem>
#include <fstream>
#include <string>
#include <vector>

#include "revisor/store/article_store.h"
#include "support/temp_dir.h"

using revisor::ArticleId;
using revisor::store::ArticleStore;
using revisor::store::IngestRequest;
using revisor::test::read_file;
using revisor::test::TempDir;
namespace fs = std::filesystem;

namespace {

IngestRequest request(const std::string& id, const std::string& headline, const std::string& body,
                      const std::string& observed_at) {
  IngestRequest r{ArticleId(id), {}, {}, {}, {}, {}, {}, {}, {}};
  r.extracted.headline = headline;
  r.extracted.paragraphs = {body};
  r.extracted.format = "text";
  r.source_bytes = headline + "\n\n" + body;
  r.source_name = "v.txt";
  r.source_ext = "txt";
  r.observed_at = revisor::parse_timestamp(observed_at);
  return r;
}

void replace_all(std::string& s, const std::string& from, const std::string& to) {
  for (auto at = s.find(from); at != std::string::npos; at = s.find(from, at + to.size())) s.replace(at, from.size(), to);
}

}  // namespace

TEST_CASE("ArticleStore::list answers from its cache only for refs that did not move", "[store]") {
  TempDir tmp;
  const fs::path dir = tmp / "store";
  auto s = ArticleStore::init(dir);
  s.ingest(request("news/a", "Bridge opens", "The bridge opened on Monday.", "2024-01-01T10:00:00Z"));
  s.ingest(request("news/a", "Bridge opens late", "The bridge opened on Tuesday.", "2024-01-02T10:00:00Z"));
  s.ingest(request("b", "Dam holds", "The dam held.", "2024-01-03T10:00:00Z"));
  const fs::path cache = dir / "revisor-list-cache";  // as README documents it
  CHECK_FALSE(fs::exists(cache));

  const auto walked = s.list();  // no cache yet: every chain is walked, and the cache written
  REQUIRE(walked.size() == 2);
  CHECK(walked[1].id == "news/a");
  CHECK(walked[1].versions == 2);
  CHECK(walked[1].headline == "Bridge opens late");
  REQUIRE(fs::exists(cache));

  const auto cached = s.list();
  REQUIRE(cached.size() == walked.size());
  for (std::size_t i = 0; i < cached.size(); ++i) {
    CHECK(cached[i].id == walked[i].id);
    CHECK(cached[i].versions == walked[i].versions);
    CHECK(cached[i].first_observed == walked[i].first_observed);
    CHECK(cached[i].last_observed == walked[i].last_observed);
    CHECK(cached[i].headline == walked[i].headline);
  }

  // A headline changed in the cache shows: list did read the cache rather than the chain.
  std::string text = read_file(cache);
  replace_all(text, "Dam holds", "Dam holds (from the cache)");
  std::ofstream(cache, std::ios::binary) << text;
  CHECK(s.list()[0].headline == "Dam holds (from the cache)");

  SECTION("an article whose ref moved is read again") {
    s.ingest(request("b", "Dam breaks", "The dam broke.", "2024-01-04T10:00:00Z"));
    const auto after = s.list();
    CHECK(after[0].versions == 2);
    CHECK(after[0].headline == "Dam breaks");
    CHECK(after[0].last_observed == revisor::parse_timestamp("2024-01-04T10:00:00Z"));
    CHECK(read_file(cache).find("(from the cache)") == std::string::npos);  // rewritten
  }
  SECTION("an article whose ref is gone is not listed, whatever the cache says") {
    git_libgit2_init();
    git_repository* repo = nullptr;
    REQUIRE(git_repository_open_bare(&repo, dir.c_str()) == 0);
    REQUIRE(git_reference_remove(repo, "refs/articles/b") == 0);
    git_repository_free(repo);
    git_libgit2_shutdown();
    const auto after = s.list();
    REQUIRE(after.size() == 1);
    CHECK(after[0].id == "news/a");
  }
  SECTION("a damaged cache is ignored and rewritten") {
    std::ofstream(cache, std::ios::binary) << "not a cache\n" << std::string(100, '\xff');
    const auto after = s.list();
    REQUIRE(after.size() == 2);
    CHECK(after[0].headline == "Dam holds");
    CHECK(read_file(cache).starts_with("revisor list cache"));
  }
}
