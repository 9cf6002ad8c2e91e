#include "revisor/text/article_file.h"

#include <catch2/catch.hpp>

#include <string>

#include "revisor/base/error.h"
#include "support/temp_dir.h"

using revisor::Error;
using revisor::test::TempDir;
using namespace revisor::text;

namespace {

std::string refusal(const std::string& path) {
  try {
    read_article_file(path);
  } catch (const Error& e) {
    CHECK(e.exit_code() == 2);
    return e.what();
  }
  FAIL("accepted " << path);
  return {};
}

}  // namespace

TEST_CASE("read_article_file keeps the exact bytes and extracts the article", "[text]") {
  TempDir tmp;
  const std::string bytes = "Harbour plan approved\r\n\r\nThe council approved the plan.\r\n";
  const auto path = tmp.write("v1.txt", bytes).string();
  const ArticleFile f = read_article_file(path);
  CHECK(f.name == path);
  CHECK(f.bytes == bytes);
  CHECK(f.extracted.headline == "Harbour plan approved");
  CHECK(f.extracted.format == "text");
  CHECK(source_name(path) == "v1.txt");
  CHECK(source_name("-") == "-");
  CHECK(source_extension("html") == "html");
  CHECK(source_extension("markdown") == "md");
  CHECK(source_extension("text") == "txt");
}

TEST_CASE("read_article_file refuses what it cannot read, naming the file", "[text]") {
  TempDir tmp;
  CHECK_THAT(refusal((tmp / "missing.txt").string()), Catch::Contains("missing.txt: cannot open"));
  CHECK_THAT(refusal(tmp.path().string()), Catch::Contains("is a directory"));
  CHECK_THAT(refusal(tmp.write("empty.txt", "").string()), Catch::Contains("empty.txt: file is empty"));
}

TEST_CASE("read_article_file stops reading one byte past the input limit", "[text]") {
  TempDir tmp;
  const auto path = tmp.write("huge.txt", "Headline\n\n" + std::string(21u * 1024u * 1024u, 'a')).string();
  // The refusal reports the size read (20.0 MiB and one byte), not the file's 21 MiB: the rest was
  // never read.
  CHECK_THAT(refusal(path), Catch::Contains("huge.txt: file is 20.0 MiB, over the 20 MiB limit"));
}
