#include <sstream>

#include <catch2/catch.hpp>
#include <nlohmann/json.hpp>

#include "revisor/base/error.h"
#include "revisor/report/render.h"

#include "report/report_fixture.h"

using namespace revisor;

namespace {

std::string render_as(report::Format format, const report::ArticleReport& r, bool color = false) {
  std::ostringstream out;
  report::RenderOptions options;
  options.color = color;
  report::render(format, r, out, options);
  return out.str();
}

}  // namespace

TEST_CASE("text: plain output marks word edits and names the notice, with no escape codes") {
  const auto out = render_as(report::Format::text, test::seed_fixture().report());
  CHECK(out.find("[-Wednesday-]{+Thursday+}") != std::string::npos);
  CHECK(out.find("named by correction #1") != std::string::npos);
  CHECK(out.find("Notices:         1 correction") != std::string::npos);
  CHECK(out.find('\x1b') == std::string::npos);
}

TEST_CASE("text: colour only when asked") {
  const auto out = render_as(report::Format::text, test::seed_fixture().report(), true);
  CHECK(out.find("\x1b[31m[-Wednesday-]\x1b[0m") != std::string::npos);
  CHECK(out.find("\x1b[32m{+Thursday+}\x1b[0m") != std::string::npos);
}

TEST_CASE("text: control characters from the article never reach the terminal") {
  const auto f = test::hostile_fixture();
  for (bool color : {false, true}) {
    const auto out = render_as(report::Format::text, f.report(), color);
    CHECK(out.find('\x07') == std::string::npos);
    CHECK(out.find("\x1b]0;") == std::string::npos);
    if (!color) CHECK(out.find('\x1b') == std::string::npos);
    CHECK(out.find("STEALTH EDIT") != std::string::npos);
    CHECK(out.find("removed correction") != std::string::npos);
  }
}

TEST_CASE("markdown: summary table, ~~old~~ **new**, notice as a quote") {
  const auto out = render_as(report::Format::markdown, test::seed_fixture().report());
  CHECK(out.find("| Versions | 2 |") != std::string::npos);
  CHECK(out.find("~~Wednesday~~ **Thursday**") != std::string::npos);
  CHECK(out.find("\n> Correction:") != std::string::npos);
  CHECK(out.find("[https://news.example/turkey](<https://news.example/turkey>)") != std::string::npos);
}

TEST_CASE("markdown: hostile text cannot open HTML or Markdown structure") {
  const auto out = render_as(report::Format::markdown, test::hostile_fixture().report());
  CHECK(out.find("<script") == std::string::npos);
  CHECK(out.find("<img") == std::string::npos);
  CHECK(out.find("<b>") == std::string::npos);
  CHECK(out.find("&lt;script&gt;") != std::string::npos);
  CHECK(out.find('\x1b') == std::string::npos);
  CHECK(out.find("\u26a0\ufe0f **stealth edit") != std::string::npos);
}

TEST_CASE("json: the report model round-trips, article text exact") {
  const auto f = test::hostile_fixture();
  const auto j = nlohmann::json::parse(render_as(report::Format::json, f.report()));
  CHECK(j["format"] == "revisor-report");
  CHECK(j["id"] == "hostile/article");
  CHECK(j["counts"]["versions"] == 3);
  CHECK(j["counts"]["stealth_edits"] == 1);
  CHECK(j["counts"]["removed_notices"] == 1);
  CHECK(j["versions"][2]["headline"] == f.history[2].meta.headline);  // control characters escaped, kept
  CHECK(j["notices"][0]["text"].get<std::string>().find(test::kHostileScript) != std::string::npos);
  const auto& anchor = j["stealth_edits"][0]["anchor"];
  REQUIRE(anchor.is_string());
  bool found = false;
  for (const auto& c : j["transitions"][0]["changes"])
    for (const auto& s : c["segments"])
      if (s["type"] == "edit" && s["anchor"] == anchor) found = s["stealth"].get<bool>();
  CHECK(found);
}

TEST_CASE("json: the seed's notice and its link") {
  const auto j = nlohmann::json::parse(render_as(report::Format::json, test::seed_fixture().report()));
  REQUIRE(j["notices"].size() == 1);
  CHECK(j["notices"][0]["kind"] == "correction");
  CHECK(j["notices"][0]["links"][0]["old"] == "Wednesday");
  CHECK(j["notices"][0]["links"][0]["new"] == "Thursday");
  CHECK(j["notices"][0]["links"][0]["change"] == "edit");
  CHECK(j["counts"]["notices_by_kind"]["correction"] == 1);
}

TEST_CASE("format names") {
  CHECK(report::parse_format("md", report::kReportFormats) == report::Format::markdown);
  CHECK(report::parse_format("html", report::kReportFormats) == report::Format::html);
  CHECK_THROWS_AS(report::parse_format("pdf", report::kReportFormats), Error);
}

TEST_CASE("a format outside the allowed set is a usage error that names it and lists the allowed") {
  try {
    report::parse_format("unified", report::kReportFormats);
    FAIL("parsed");
  } catch (const Error& e) {
    CHECK(e.kind() == ErrorKind::usage);
    CHECK(std::string(e.what()) == "unknown format 'unified': use text, markdown, json or html");
  }
  std::ostringstream out;
  CHECK_THROWS_AS(report::render(report::Format::unified, test::seed_fixture().report(), out), Error);
}
