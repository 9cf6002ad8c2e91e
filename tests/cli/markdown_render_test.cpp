// Markdown reports read through a real CommonMark parser (cmark-gfm, as GitHub renders): every
// emphasis marker revisor writes must parse as emphasis, next to punctuation and quotes too.
#include <algorithm>
#include <string>
#include <vector>

#include <catch2/catch.hpp>

#include "support/run_revisor.h"
#include "support/samples.h"
#include "support/temp_dir.h"

using revisor::test::run_command;
using revisor::test::run_revisor;
using revisor::test::TempDir;

namespace {

// GitHub's dialect: strikethrough and tables on, raw HTML left as it is by default (omitted).
std::string to_html(const std::string& markdown) {
  const auto r = run_command({"cmark-gfm", "-e", "strikethrough", "-e", "table"}, markdown);
  if (r.exit_code != 0) {
    FAIL("cmark-gfm failed to run (" << r.err
                                     << "); it is the Debian package cmark-gfm, which scripts/deps installs");
  }
  return r.out;
}

// The HTML outside <code> and <pre>, where a literal marker would be a rendering bug.
// (A scan rather than std::regex: g++ 12 at -O2 with sanitizers warns inside <regex>.)
std::string outside_code(const std::string& html) {
  std::string out;
  std::size_t at = 0;
  while (at < html.size()) {
    const std::size_t pre = html.find("<pre", at);
    const std::size_t code = html.find("<code", at);
    const std::size_t open = std::min(pre, code);
    if (open == std::string::npos) break;
    const std::string close = open == pre ? "</pre>" : "</code>";
    const std::size_t end = html.find(close, open);
    out.append(html, at, open - at);
    out += ' ';
    if (end == std::string::npos) return out;
    at = end + close.size();
  }
  if (at < html.size()) out.append(html, at);
  return out;
}

void check_no_literal_markers(const std::string& markdown) {
  const auto html = outside_code(to_html(markdown));
  INFO(markdown << "\n---- cmark-gfm:\n" << html);
  CHECK(html.find("**") == std::string::npos);
  CHECK(html.find("~~") == std::string::npos);
  CHECK(html.find("__") == std::string::npos);
}

std::string run_ok(const std::vector<std::string>& args) {
  const auto r = run_revisor(args);
  INFO(r.err);
  REQUIRE(r.exit_code == 0);
  return r.out;
}

void ingest(const std::string& store, const std::string& id, const std::filesystem::path& file,
            const std::string& observed_at) {
  run_ok({"--store", store, "ingest", "--article", id, "--observed-at", observed_at, file.string()});
}

// Edits where naive markers fail CommonMark's flanking rules: a comma added after a word, quotes
// added around a word, a change inside curly quotes, a word run into the next one, a change at the
// end of a sentence before its full stop.
const std::string kHostileV1 =
    "Council delays harbor vote\n\n"
    "The council met in spring and the vote was delayed. The mayor called the plan reckless in a statement. "
    "Officials said the fire was arson on Monday. The budget, he said, was \u201Cfinal\u201D. "
    "The port will close in May.\n";
const std::string kHostileV2 =
    "Council delays harbor vote\n\n"
    "The council met in spring, and in autumn the vote was delayed. The mayor called the plan "
    "\u201Creckless\u201D in a statement. Officials said the fire was theaccident on Monday. The budget, he "
    "said, was \u201Cunder review\u201D. The port will close in June.\n";

}  // namespace

TEST_CASE("markdown report and audit of the samples parse with no literal markers", "[cli][markdown]") {
  const auto all = revisor::test::samples();
  TempDir dir;
  const auto store = revisor::test::ingest_samples(dir, all);
  for (const auto& s : all) {
    INFO(s.id);
    check_no_literal_markers(run_ok({"--store", store, "report", s.id, "--format", "markdown"}));
  }
  check_no_literal_markers(run_ok({"--store", store, "audit", "--format", "markdown"}));
  // The seed's corrected day reads as struck out and bold.
  const auto html =
      to_html(run_ok({"--store", store, "report", "sample/erdogan-s400", "--format", "markdown"}));
  CHECK(html.find("<del>Wednesday</del> <strong>Thursday</strong>") != std::string::npos);
}

TEST_CASE("markdown edits next to punctuation and quotes render as struck out and bold", "[cli][markdown]") {
  TempDir dir;
  const auto store = (dir / "store").string();
  REQUIRE(run_revisor({"init", store}).exit_code == 0);
  ingest(store, "test/hostile", dir.write("v1.txt", kHostileV1), "2024-01-01T10:00:00Z");
  ingest(store, "test/hostile", dir.write("v2.txt", kHostileV2), "2024-01-02T10:00:00Z");
  const auto markdown = run_ok({"--store", store, "report", "test/hostile", "--format", "markdown"});
  check_no_literal_markers(markdown);
  const auto html = to_html(markdown);
  INFO(markdown << "\n---- cmark-gfm:\n" << html);
  // Each edit: the old words inside <del>, the new ones inside <strong>.
  for (const char* want : {
           "<del>spring</del> <strong>spring,</strong> and <strong>in autumn</strong>",
           "<del>reckless</del> <strong>\u201Creckless\u201D</strong>",
           "<del>arson</del> <strong>theaccident</strong>",
           "\u201C<del>final</del> <strong>under review</strong>\u201D",
           "<del>May</del> <strong>June</strong>.",
       }) {
    CHECK(html.find(want) != std::string::npos);
  }
  // Quotes moved across words and punctuation changed at a sentence's end.
  ingest(store, "test/quotes",
         dir.write("q1.txt", "Head\n\nShe called it \u201Ca disgrace.\u201D It was arson.\n"),
         "2024-01-01T10:00:00Z");
  ingest(store, "test/quotes",
         dir.write("q2.txt", "Head\n\nShe called it a \u201Cdisgrace\u201D. It was, perhaps, arson!\n"),
         "2024-01-02T10:00:00Z");
  const auto quotes = run_ok({"--store", store, "report", "test/quotes", "--format", "markdown"});
  check_no_literal_markers(quotes);
  const auto quotes_html = to_html(quotes);
  INFO(quotes << "\n---- cmark-gfm:\n" << quotes_html);
  CHECK(quotes_html.find("<del>disgrace.</del> <strong>\u201Cdisgrace</strong>") != std::string::npos);
  CHECK(quotes_html.find("<del>arson.</del> <strong>arson!</strong>") != std::string::npos);
  check_no_literal_markers(run_ok({"--store", store, "audit", "--format", "markdown"}));
}
