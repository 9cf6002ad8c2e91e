#include <set>
#include <sstream>

#include <catch2/catch.hpp>

#include "revisor/report/render.h"

#include "report/html_dom.h"
#include "report/report_fixture.h"

using namespace revisor;
using revisor::test::Dom;

namespace {

std::string html_of(const report::ArticleReport& r) {
  std::ostringstream out;
  report::render(report::Format::html, r, out);
  return out.str();
}

}  // namespace

TEST_CASE("html: the correction notice links to the change that shows Wednesday -> Thursday") {
  const auto html = html_of(test::seed_fixture().report());
  const auto dom = Dom::html(html);
  REQUIRE(dom.count("//article[@id='notice-1']") == 1);
  CHECK(dom.texts("//article[@id='notice-1']//blockquote")[0].rfind("Correction:", 0) == 0);
  const auto hrefs = dom.texts("//article[@id='notice-1']//a[starts-with(@href,'#v1-v2-')]/@href");
  REQUIRE(hrefs.size() == 1);
  const auto target = hrefs[0].substr(1);
  CHECK(dom.texts("//*[@id='" + target + "']/del") == std::vector<std::string>{"Wednesday"});
  CHECK(dom.texts("//*[@id='" + target + "']/ins") == std::vector<std::string>{"Thursday"});
  // And back: the change carries a link up to the notice.
  CHECK(dom.count("//li[contains(@class,'change')][.//*[@id='" + target + "']]//a[@href='#notice-1']") == 1);
  // The added sentences that are the notice read as the notice.
  CHECK(dom.count(
            "//li[contains(@class,'change')]//a[@href='#notice-1'][contains(.,'the correction itself')]") >=
        1);
}

TEST_CASE("html: every in-page link has its target, and ids are unique") {
  for (const auto& f : {test::seed_fixture(), test::hostile_fixture()}) {
    const auto dom = Dom::html(html_of(f.report()));
    const auto ids = dom.texts("//@id");
    CHECK(std::set<std::string>(ids.begin(), ids.end()).size() == ids.size());
    for (const auto& href : dom.texts("//a[starts-with(@href,'#')]/@href")) {
      INFO(href);
      CHECK(dom.count("//*[@id='" + href.substr(1) + "']") == 1);
    }
  }
}

TEST_CASE("html: self-contained, no script, header counts and folded typographic changes") {
  const auto html = html_of(test::seed_fixture().report());
  const auto dom = Dom::html(html);
  CHECK(dom.count("//script") == 0);
  CHECK(dom.count("//link") == 0);
  CHECK(dom.count("//img") == 0);
  CHECK(dom.texts("//meta[@http-equiv='Content-Security-Policy']/@content")[0].find("default-src 'none'") ==
        0);
  CHECK(dom.count("//h1") == 1);
  CHECK(dom.count("//h2") >= 2);
  const auto stats = dom.texts("//dl[@class='stats']/div");
  REQUIRE(stats.size() == 6);
  CHECK(stats[0] == "Versions2");
  CHECK(stats[3] == "Notices1 correction");
  CHECK(stats[4] == "Stealth edits0");
  // Typographic changes (if the aligner found any) sit only inside a closed <details>.
  CHECK(dom.count("//li[contains(@class,'typographic')][not(ancestor::details)]") == 0);
  CHECK(dom.count("//details[@open]") == 0);
}

TEST_CASE("html: hostile article text renders as text") {
  const auto f = test::hostile_fixture();
  const auto html = html_of(f.report());
  CHECK(html.find("<script") == std::string::npos);
  CHECK(html.find("<img") == std::string::npos);
  CHECK(html.find("<b>") == std::string::npos);
  CHECK(html.find('\x1b') == std::string::npos);
  CHECK(html.find('\x07') == std::string::npos);
  const auto dom = Dom::html(html);
  CHECK(dom.count("//script") == 0);
  CHECK(dom.count("//img") == 0);
  CHECK(dom.count("//*[@onerror]") == 0);
  // The words are all still there, as text.
  const auto body = dom.texts("//body")[0];
  CHECK(body.find(test::kHostileScript) != std::string::npos);
  CHECK(body.find("onerror=") != std::string::npos);
  CHECK(body.find("Council & <b>mayor</b>") != std::string::npos);
  CHECK(dom.count("//h3[.='Stealth edits']") == 1);
  CHECK(dom.count("//h3[.='Removed notices']") == 1);
  CHECK(dom.count("//li[contains(@class,'is-stealth')]//strong[contains(@class,'stealth')]") == 1);
}

TEST_CASE("html: a javascript: URL is shown, not linked") {
  auto f = test::seed_fixture();
  for (auto& v : f.audit.versions) v.url = "javascript:alert(1)";
  const auto dom = Dom::html(html_of(f.report()));
  CHECK(dom.count("//a[starts-with(@href,'javascript')]") == 0);
  CHECK(dom.texts("//p[@class='url']")[0] == "javascript:alert(1)");
}

TEST_CASE("html: a long stealth list shows five and folds the rest") {
  auto f = test::hostile_fixture();
  const auto ref = f.audit.stealth_edits[0];
  f.audit.stealth_edits.assign(8, ref);
  const auto dom = Dom::html(html_of(f.report()));
  CHECK(dom.count("//div[contains(@class,'stealth')]/ul/li") == 5);
  CHECK(dom.count("//div[contains(@class,'stealth')]/details[not(@open)]/ul/li") == 3);
  CHECK(dom.texts("//dl[@class='stats']/div")[4] == "Stealth edits8 (8 low)");
}

TEST_CASE("html: typographic-only changes are folded away, substantive ones shown") {
  test::Fixture f;
  f.history.push_back(test::make_version(
      1, "Title here\n\nThe mayor, who spoke today, said yes. The budget grew by 5 percent.\n",
      "2024-01-01T00:00:00Z"));
  f.history.push_back(test::make_version(
      2, "Title here\n\nThe mayor who spoke today said yes. The budget grew by 7 percent.\n",
      "2024-01-02T00:00:00Z"));
  f.audit.id = "typo";
  for (const auto& v : f.history) f.audit.versions.push_back(v.meta);
  f.audit.transitions.push_back(test::make_transition(f.history[0], f.history[1]));
  const auto r = f.report();
  REQUIRE(r.transitions[0].typographic_changes == 1);
  const auto dom = Dom::html(html_of(r));
  const auto folded =
      dom.texts("//details[not(@open)]//li[contains(@class,'typographic')]//p[@class='sentence']");
  REQUIRE(folded.size() == 1);
  CHECK(folded[0].find("The mayor") != std::string::npos);
  const auto shown = dom.texts("//li[contains(@class,'change')][not(ancestor::details)]");
  REQUIRE(shown.size() == 1);
  CHECK(shown[0].find("by 5 7 percent") != std::string::npos);  // <del>5</del> <ins>7</ins> as text
  CHECK(dom.count("//summary[contains(.,'1 typographic change')]") == 1);
}
