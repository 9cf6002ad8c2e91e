#include <sstream>
#include <vector>

#include <catch2/catch.hpp>

#include "revisor/report/render.h"

#include "report/html_dom.h"
#include "report/index_script.h"
#include "report/report_fixture.h"
#include "support/run_revisor.h"

using namespace revisor;
using revisor::test::Dom;

TEST_CASE("index page: rows sorted by severity without script, links escaped") {
  std::vector<report::IndexEntry> entries;
  entries.push_back(report::index_entry(test::seed_fixture().report(), "articles/seed.html"));
  entries.push_back(report::index_entry(test::hostile_fixture().report(), "articles/hostile/article.html"));
  std::ostringstream out;
  report::render_index_html(entries, out);
  const auto html = out.str();
  const auto dom = Dom::html(html);
  const auto hrefs = dom.texts("//tbody/tr/td[1]/a/@href");
  CHECK(hrefs == std::vector<std::string>{"articles/hostile/article.html", "articles/seed.html"});
  CHECK(dom.texts("//tbody/tr/td[contains(@class,'stealth')]") == std::vector<std::string>{"1", "0"});
  CHECK(dom.count("//th[@aria-sort='descending'][.='Severity']") == 1);
  CHECK(dom.count("//script") == 1);
  CHECK(html.find("<img") == std::string::npos);
  CHECK(html.find('\x1b') == std::string::npos);
}

TEST_CASE("index page: the CSP hash is the script's") {
  test::TempDir dir;
  const auto script = dir.write("script.js", std::string(report::kIndexScript));
  const auto r =
      test::run_command({"sh", "-c", "openssl dgst -sha256 -binary '" + script.string() + "' | base64"});
  if (r.exit_code != 0 || r.out.empty()) {
    WARN("openssl not available: CSP hash not checked");
    return;
  }
  CHECK("sha256-" + r.out.substr(0, r.out.find('\n')) == report::kIndexScriptHash);
}
