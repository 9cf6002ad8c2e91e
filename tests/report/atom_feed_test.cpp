#include "revisor/report/atom_feed.h"

#include <sstream>
#include <vector>

#include <catch2/catch.hpp>

#include "report/html_dom.h"
#include "report/report_fixture.h"

using namespace revisor;
using revisor::test::Dom;

namespace {

std::string feed_of(const std::vector<report::ArticleReport>& reports) {
  std::ostringstream out;
  report::render_atom_feed(reports, out, {"", "", "0.1.0"});
  return out.str();
}

}  // namespace

TEST_CASE("atom: one entry per version, newest first, with the required elements") {
  const auto xml = feed_of({test::seed_fixture().report()});
  const auto dom = Dom::xml(xml);
  CHECK(dom.count("/atom:feed") == 1);
  CHECK(dom.texts("/atom:feed/atom:id") == std::vector<std::string>{"urn:revisor:article:seed"});
  CHECK(dom.texts("/atom:feed/atom:updated") == std::vector<std::string>{"2021-06-18T09:30:00Z"});
  CHECK(dom.count("/atom:feed/atom:author/atom:name") == 1);
  const auto ids = dom.texts("/atom:feed/atom:entry/atom:id");
  CHECK(ids ==
        std::vector<std::string>{"urn:revisor:article:seed:version:2", "urn:revisor:article:seed:version:1"});
  CHECK(dom.count("/atom:feed/atom:entry[atom:title and atom:updated and atom:content[@type='html']]") == 2);
}

TEST_CASE("atom: the entry content shows what changed, as escaped HTML") {
  const auto dom = Dom::xml(feed_of({test::seed_fixture().report()}));
  const auto html = Dom::html(dom.texts("/atom:feed/atom:entry[1]/atom:content")[0]);
  CHECK(html.count("//del[.='Wednesday']") >= 1);
  CHECK(html.count("//ins[.='Thursday']") >= 1);
  CHECK(html.texts("//body")[0].find("correction published") != std::string::npos);
}

TEST_CASE("atom: hostile text stays text two escapes deep, and the store feed mixes articles") {
  const auto xml = feed_of({test::seed_fixture().report(), test::hostile_fixture().report()});
  CHECK(xml.find('\x1b') == std::string::npos);
  const auto dom = Dom::xml(xml);  // throws on control characters or broken markup
  CHECK(dom.texts("/atom:feed/atom:id") == std::vector<std::string>{"urn:revisor:store"});
  CHECK(dom.count("/atom:feed/atom:entry") == 5);
  for (const auto& content : dom.texts("/atom:feed/atom:entry/atom:content")) {
    const auto html = Dom::html(content);
    CHECK(html.count("//script") == 0);
    CHECK(html.count("//img") == 0);
  }
  bool shown = false;
  for (const auto& content : dom.texts("/atom:feed/atom:entry/atom:content"))
    shown = shown || content.find("&lt;script&gt;") != std::string::npos;
  CHECK(shown);
}

TEST_CASE("atom: an empty store is a valid feed") {
  const auto dom = Dom::xml(feed_of({}));
  CHECK(dom.count("/atom:feed/atom:entry") == 0);
  CHECK(dom.count("/atom:feed/atom:updated") == 1);
}
