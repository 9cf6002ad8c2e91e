#include "revisor/report/audit_render.h"

#include <sstream>

#include <catch2/catch.hpp>
#include <nlohmann/json.hpp>

#include "revisor/base/error.h"

#include "report/report_fixture.h"

using namespace revisor;

namespace {

std::string render_as(report::Format format, const report::AuditReport& audit) {
  std::ostringstream out;
  report::render(format, audit, out);
  return out.str();
}

}  // namespace

TEST_CASE("audit: the summary is shown only when the audit carries one") {
  report::AuditReport audit;
  audit.articles.push_back(test::seed_fixture().audit);
  CHECK(render_as(report::Format::text, audit).find("Summary") == std::string::npos);
  CHECK(render_as(report::Format::markdown, audit).find("## Summary") == std::string::npos);
  audit.summary = analyze::summarize(audit.articles);
  CHECK(render_as(report::Format::text, audit).find("Summary") != std::string::npos);
  CHECK(render_as(report::Format::markdown, audit).find("## Summary") != std::string::npos);
  const auto j = nlohmann::json::parse(render_as(report::Format::json, audit));
  CHECK(j["articles"].size() == 1);
  CHECK(j["articles"][0]["id"] == "seed");
}

TEST_CASE("audit: html and unified are usage errors") {
  for (auto f : {report::Format::html, report::Format::unified}) {
    try {
      render_as(f, {});
      FAIL("rendered");
    } catch (const Error& e) {
      CHECK(e.kind() == ErrorKind::usage);
      CHECK(std::string(e.what()).find("use text, json or markdown") != std::string::npos);
    }
  }
}
