// The JSON lines of a sharded audit read back: each article line gives its article's id (so that
// `revisor summary` can refuse an article counted twice), a summary line gives none.
#include "revisor/report/audit_jsonl.h"

#include <catch2/catch.hpp>

#include "revisor/analyze/audit.h"
#include "revisor/analyze/summary_parts.h"
#include "revisor/base/error.h"

using namespace revisor;

TEST_CASE("an article line gives its article's id, however the JSON is spaced", "[report]") {
  analyze::ArticleAudit audit;
  audit.id = "news/harbor-budget.2024";
  CHECK(report::audit_line_article(report::audit_article_line(audit), "x") == "news/harbor-budget.2024");
  CHECK(report::audit_line_article(R"({ "article" : { "versions": 2, "id": "a/b" } })", "x") == "a/b");
  // A summary line, and lines that are no article line (read_audit_line names what is wrong there).
  CHECK_FALSE(report::audit_line_article(report::audit_summary_line(analyze::summary_parts(audit)), "x"));
  CHECK_FALSE(report::audit_line_article("not json", "x"));
  CHECK_FALSE(report::audit_line_article(R"({"summary": {"articles": 1}})", "x"));
  CHECK_THROWS_MATCHES(report::audit_line_article(R"({"article": {"versions": 2}})", "f.jsonl line 3"), Error,
                       Catch::Matchers::Predicate<Error>([](const Error& e) {
                         return std::string(e.what()).find("f.jsonl line 3: an article line without an id") !=
                                    std::string::npos &&
                                e.exit_code() == 2;
                       }));
}
