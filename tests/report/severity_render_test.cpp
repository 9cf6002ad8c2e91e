// Severity and new reporting in every output: the real audit of the hostile fixture's history (a vote
// count changed silently, a sentence carrying a script tag added), rendered as the report (text,
// Markdown, JSON, HTML) and the audit (text, Markdown, JSON, JSON lines), and the index's ranking.
#include <sstream>

#include <catch2/catch.hpp>
#include <nlohmann/json.hpp>

#include "revisor/analyze/audit.h"
#include "revisor/analyze/summary_parts.h"
#include "revisor/report/audit_jsonl.h"
#include "revisor/report/audit_render.h"
#include "revisor/report/render.h"

#include "report/html_dom.h"
#include "report/report_fixture.h"

using namespace revisor;
using revisor::test::Dom;

namespace {

struct Audited {
  std::vector<text::ArticleVersion> history;
  analyze::ArticleAudit audit;
};

Audited hostile_audited() {
  Audited a;
  // Its first two versions: the third only drops the notice and garbles the headline.
  const auto full = test::hostile_fixture().history;
  a.history = {full[0], full[1]};
  a.audit = analyze::audit("hostile/article", a.history);
  return a;
}

std::string render_report(report::Format format, const Audited& a) {
  std::ostringstream out;
  report::render(format, report::build_report(a.audit, a.history), out);
  return out.str();
}

std::string render_audit(report::Format format, const Audited& a) {
  report::AuditReport audit;
  audit.articles.push_back(a.audit);
  audit.summary = analyze::summarize(audit.articles);
  std::ostringstream out;
  report::render(format, audit, out);
  return out.str();
}

bool has(const std::string& s, const std::string& part) { return s.find(part) != std::string::npos; }

}  // namespace

TEST_CASE("the hostile history: a high figure change and one sentence of new reporting", "[report][severity]") {
  const auto a = hostile_audited();
  REQUIRE(a.audit.stealth_edits.size() == 1);
  CHECK(a.audit.stealth_edits[0].category == analyze::Category::number);
  CHECK(a.audit.stealth_edits[0].severity == analyze::Severity::high);
  REQUIRE(a.audit.new_reporting.size() == 1);
  CHECK(has(a.audit.new_reporting[0].new_sentence, test::kHostileScript));
}

TEST_CASE("severity and new reporting show in every report format, article text escaped", "[report][severity]") {
  const auto a = hostile_audited();
  const auto text = render_report(report::Format::text, a);
  CHECK(has(text, "Stealth edits:   1 (1 high)\n"));
  CHECK(has(text, "New reporting:   1 sentence added\n"));
  CHECK(has(text, "stealth edit [high] v1\u2192v2 number"));
  CHECK(has(text, "+ new reporting: Read more"));
  CHECK_FALSE(has(text, "STEALTH EDIT (no notice)\n      Read more"));

  const auto md = render_report(report::Format::markdown, a);
  CHECK(has(md, "| Stealth edits | 1 (1 high) |"));
  CHECK(has(md, "- **high** v1 \u2192 v2 `number`"));
  CHECK(has(md, "<details><summary>New reporting: 1 sentence added</summary>"));
  CHECK_FALSE(has(md, test::kHostileScript));

  const auto j = nlohmann::json::parse(render_report(report::Format::json, a));
  CHECK(j["counts"]["stealth_edits"] == 1);
  CHECK(j["counts"]["stealth_edits_by_severity"]["high"] == 1);
  CHECK(j["counts"]["new_reporting"] == 1);
  CHECK(j["stealth_edits"][0]["severity"] == "high");
  REQUIRE(j["new_reporting"].size() == 1);
  CHECK(j["new_reporting"][0]["change"] == "addition");

  const auto html = render_report(report::Format::html, a);
  CHECK_FALSE(has(html, test::kHostileScript));
  CHECK_FALSE(has(html, "<img src=x"));
  const auto dom = Dom::html(html);
  CHECK(dom.texts("//div[contains(@class,'stealth')]//li/span[contains(@class,'sev-high')]") ==
        std::vector<std::string>{"high"});
  // Folded in the timeline, and flagged as new reporting rather than as a stealth edit.
  const auto folded = dom.texts("//details[contains(@class,'new-reporting')]//li//strong[contains(@class,'added')]");
  CHECK(folded == std::vector<std::string>{"new reporting"});
  CHECK(dom.count("//details[contains(@class,'new-reporting')]//li[contains(@class,'is-stealth')]") == 0);
  CHECK(has(dom.texts("//details[contains(@class,'new-reporting')]//ins")[0], test::kHostileScript));
}

TEST_CASE("severity and new reporting show in every audit format", "[report][severity]") {
  const auto a = hostile_audited();
  const auto text = render_audit(report::Format::text, a);
  CHECK(has(text, "  stealth edits: 1 (1 high)\n    [high] v1\u2192v2 number"));
  CHECK(has(text, "  new reporting: 1 sentence added\n"));
  CHECK(has(text, "by severity"));

  const auto md = render_audit(report::Format::markdown, a);
  CHECK(has(md, "### Stealth edits (1: 1 high)"));
  CHECK(has(md, "- **high** v1\u2192v2 number"));
  CHECK(has(md, "### New reporting (1 sentence added)"));

  const auto j = nlohmann::json::parse(render_audit(report::Format::json, a));
  const auto& article = j["articles"][0];
  CHECK(article["stealth_edits"][0]["severity"] == "high");
  CHECK(article["new_reporting"].size() == 1);
  CHECK(article["developing_signs"].empty());

  const auto line = nlohmann::json::parse(report::audit_article_line(a.audit));
  CHECK(line["article"]["stealth_edits"][0]["severity"] == "high");
  const auto summary = nlohmann::json::parse(report::audit_summary_line(analyze::summary_parts(a.audit)));
  CHECK(summary["summary"]["stealth_edits_by_severity"]["high"] == 1);
  CHECK(summary["summary"]["new_reporting"] == 1);
  // The summary line reads back into the same figures, so shards still merge.
  const auto parts = report::read_audit_line(report::audit_summary_line(analyze::summary_parts(a.audit)), "x");
  REQUIRE(parts);
  CHECK(parts->stealth_by_severity[static_cast<std::size_t>(analyze::Severity::high)] == 1);
  CHECK(parts->new_reporting == 1);
}

TEST_CASE("the index ranks by severity, stories that are not developing first, then count, then id",
          "[report][severity]") {
  auto entry = [](std::string id, std::size_t high, std::size_t medium, std::size_t low) {
    report::IndexEntry e;
    e.id = std::move(id);
    e.href = "articles/" + e.id + ".html";
    e.stealth_by_severity = {low, medium, high};
    e.stealth_edits = low + medium + high;
    return e;
  };
  // Long live stories with many edits, some severe, and silent figure changes in stable stories.
  std::vector<report::IndexEntry> entries{entry("live", 0, 30, 4), entry("figure", 1, 0, 0),
                                          entry("quiet", 0, 0, 0), entry("figures", 2, 0, 0),
                                          entry("also-figure", 1, 0, 0), entry("live-severe", 40, 25, 0)};
  entries[0].developing = true;
  entries[5].developing = true;
  std::ostringstream out;
  report::render_index_html(entries, out);
  const auto dom = Dom::html(out.str());
  CHECK(dom.texts("//tbody/tr/td[1]/a/@href") ==
        std::vector<std::string>{"articles/figures.html", "articles/also-figure.html", "articles/figure.html",
                                 "articles/live-severe.html", "articles/live.html", "articles/quiet.html"});
  CHECK(report::index_order(entries[1], entries[0]));
  CHECK_FALSE(report::index_order(entries[0], entries[1]));
}
