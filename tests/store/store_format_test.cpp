#include "revisor/store/store_format.h"

#include <catch2/catch.hpp>
#include <git2.h>

#include <string>

#include "revisor/base/error.h"
#include "revisor/store/article_store.h"
#include "support/temp_dir.h"

using revisor::ArticleId;
using revisor::Error;
using revisor::ErrorKind;
using revisor::store::ArticleStore;
using revisor::store::IngestRequest;
using revisor::test::TempDir;
namespace format = revisor::store::format;

namespace {

IngestRequest request(const std::string& id, const std::string& observed_at) {
  IngestRequest r{ArticleId(id), {}, {}, {}, {}, {}, {}, {}, {}};
  r.extracted.headline = "Harbour plan approved";
  r.extracted.paragraphs = {"The council approved the plan."};
  r.extracted.byline = "By A. Reporter";
  r.extracted.captions = {"The harbour at dawn."};
  r.extracted.format = "html";
  r.source_bytes = "<html><body><h1>Harbour plan approved</h1><p>The council approved the plan.</p></body></html>";
  r.source_name = "page.html";
  r.source_ext = "html";
  r.url = "https://example.org/" + id;
  r.headline = "Harbour plan approved (updated)";
  r.observed_at = revisor::parse_timestamp(observed_at);
  return r;
}

}  // namespace

TEST_CASE("store format: refs, entries and commit message trailers", "[store]") {
  CHECK(format::article_ref(ArticleId("city/bridge")) == "refs/articles/city/bridge");
  CHECK(format::article_of_ref("refs/articles/city/bridge") == "city/bridge");
  CHECK_FALSE(format::article_of_ref("refs/heads/main"));
  CHECK_FALSE(format::article_of_ref("refs/articles/"));
  CHECK(format::source_entry("html") == "source.html");
  CHECK(format::source_entry("") == "source.txt");
  CHECK(format::source_entry("../x") == "source.bin");
  const std::string msg = format::commit_message("Headline", ArticleId("a/b"), "https://x.example/a",
                                                 revisor::parse_timestamp("2021-06-17T10:00:00Z"));
  CHECK(msg ==
        "Headline\n\nArticle-Id: a/b\nSource-URL: https://x.example/a\nObserved-At: 2021-06-17T10:00:00Z\n");
  CHECK(format::commit_message("H", ArticleId("a"), "", revisor::Timestamp()).find("Source-URL") ==
        std::string::npos);
}

TEST_CASE("store format: meta.json of a stored version reads back as written", "[store]") {
  TempDir tmp;
  auto store = ArticleStore::init(tmp / "store");
  const IngestRequest req = request("kelsby/harbour", "2021-06-17T12:00:00+02:00");
  store.ingest(req);
  const format::VersionRecord r = store.record(ArticleId("kelsby/harbour"));
  CHECK(r.id == "kelsby/harbour");
  CHECK(r.url == "https://example.org/kelsby/harbour");
  CHECK(r.headline == "Harbour plan approved (updated)");
  CHECK(revisor::to_iso8601(r.observed_at) == "2021-06-17T10:00:00Z");
  CHECK(r.source_file == "page.html");
  CHECK(r.source_format == "html");
  CHECK(r.source_bytes == req.source_bytes.size());
  CHECK(r.source_sha256.size() == 64);
  CHECK(r.extracted_headline == "Harbour plan approved");
  CHECK(r.byline == "By A. Reporter");
  CHECK(r.captions == std::vector<std::string>{"The harbour at dawn."});
  CHECK(r.revisor_version == REVISOR_VERSION_STRING);
  // version numbers are checked like version()'s
  CHECK_THROWS_AS(store.record(ArticleId("kelsby/harbour"), 2), Error);
}

TEST_CASE("store format: a damaged meta.json is a store error naming where it is", "[store]") {
  for (const char* bad : {"not json", "{}", "{\"id\": 3}", "[1]"}) {
    INFO(bad);
    try {
      format::read_meta_json(bad, "a commit 1234");
      FAIL("accepted");
    } catch (const Error& e) {
      CHECK(e.kind() == ErrorKind::store);
      CHECK_THAT(e.what(), Catch::Contains("a commit 1234: meta.json"));
    }
  }
}
