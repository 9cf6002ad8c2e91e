#include "revisor/report/diff_render.h"

#include <catch2/catch.hpp>
#include <nlohmann/json.hpp>

#include <sstream>

#include "revisor/align/aligner.h"
#include "revisor/base/error.h"

using namespace revisor;

namespace {

struct Rendered {
  text::Document before;
  text::Document after;
  align::ChangeSet cs;

  Rendered(const std::string& a, const std::string& b)
      : before(text::Document::parse(a)), after(text::Document::parse(b)), cs(align::align(before, after)) {}

  std::string render(report::Format f, bool color = false) const {
    report::RenderOptions options;
    options.color = color;
    std::ostringstream out;
    report::render(f, {before, after, cs, "demo/article", 1, 2}, out, options);
    return out.str();
  }
};

const std::string kOld =
    "Storm hits coast on Monday\n\nThe storm arrived on Monday night. Power failed in two towns.\n\n"
    "Officials urged calm.";
const std::string kNew =
    "Storm hits coast on Tuesday\n\nThe storm arrived on Tuesday night. Power failed in two towns.\n\n"
    "Schools will stay closed all week.";

}  // namespace

TEST_CASE("text diff shows word edits inline and every kind of change", "[report][diff]") {
  Rendered r(kOld, kNew);
  const auto out = r.render(report::Format::text);
  CHECK(out.find("diff demo/article: version 1 -> 2") != std::string::npos);
  CHECK(out.find("Storm hits coast on [-Monday-]{+Tuesday+}") != std::string::npos);
  CHECK(out.find("The storm arrived on [-Monday-]{+Tuesday+} night.") != std::string::npos);
  CHECK(out.find("- Officials urged calm.") != std::string::npos);
  CHECK(out.find("+ Schools will stay closed all week.") != std::string::npos);
  CHECK(out.find("\x1b[") == std::string::npos);
  const auto colored = r.render(report::Format::text, true);
  CHECK(colored.find("\x1b[31m[-Monday-]\x1b[0m") != std::string::npos);
}

TEST_CASE("text and unified output cannot carry terminal escapes from article text", "[report][diff]") {
  Rendered r("H\n\nSafe line stays.", "H\n\nSafe line stays. Evil \x1b]0;owned\x07 text \xe2\x80\xae here.");
  for (auto f : {report::Format::text, report::Format::unified}) {
    const auto out = r.render(f);
    CHECK(out.find('\x1b') == std::string::npos);
    CHECK(out.find('\x07') == std::string::npos);
    CHECK(out.find("\xe2\x80\xae") == std::string::npos);
    CHECK(out.find("owned") != std::string::npos);
  }
}

TEST_CASE("json diff follows docs/diff-json.md", "[report][diff]") {
  Rendered r(kOld, kNew);
  const auto j = nlohmann::json::parse(r.render(report::Format::json));
  CHECK(j["article"] == "demo/article");
  CHECK(j["from"] == 1);
  CHECK(j["to"] == 2);
  CHECK(j["headline"]["op"] == "modify");
  REQUIRE(j["headline"]["edits"].size() == 1);
  CHECK(j["headline"]["edits"][0]["old"] == "Monday");
  CHECK(j["headline"]["edits"][0]["new"] == "Tuesday");
  CHECK(j["headline"]["edits"][0]["typographic"] == false);
  REQUIRE(j["changes"].size() == 3);
  const auto& m = j["changes"][0];
  CHECK(m["op"] == "modify");
  CHECK(m["old"]["paragraph"] == 1);
  CHECK(m["new"]["text"] == "The storm arrived on Tuesday night.");
  // Offsets index the stored text.
  const std::size_t start = m["new"]["start"], end = m["new"]["end"];
  CHECK(r.after.text().substr(start, end - start) == m["new"]["text"].get<std::string>());
  CHECK(j["changes"][1]["op"] == "delete");
  CHECK(j["changes"][1]["new"].is_null());
  CHECK(j["changes"][2]["op"] == "insert");
  CHECK(j["changes"][2]["old"].is_null());
  CHECK(j["degraded"] == false);
}

TEST_CASE("unified diff is a line diff of the stored text with git-style headers", "[report][diff]") {
  Rendered r(kOld + "\n", kNew + "\n");
  const auto out = r.render(report::Format::unified);
  CHECK(out ==
        "--- a/demo/article@1\n+++ b/demo/article@2\n"
        "@@ -1,5 +1,5 @@\n"
        "-Storm hits coast on Monday\n+Storm hits coast on Tuesday\n \n"
        "-The storm arrived on Monday night. Power failed in two towns.\n"
        "+The storm arrived on Tuesday night. Power failed in two towns.\n \n"
        "-Officials urged calm.\n+Schools will stay closed all week.\n");
}

TEST_CASE("unified diff keeps 3 lines of context, splits far hunks and marks a missing newline",
          "[report][diff]") {
  std::string old_text = "H\n";
  for (int i = 1; i <= 12; ++i) old_text += "\nParagraph " + std::to_string(i) + ".\n";
  std::string new_text = old_text;
  new_text.replace(new_text.find("Paragraph 2."), 12, "Paragraph two.");
  new_text.replace(new_text.find("Paragraph 11."), 13, "Paragraph eleven.");
  new_text.pop_back();
  Rendered r(old_text, new_text);
  const auto out = r.render(report::Format::unified);
  CHECK(out.find(
            "@@ -2,7 +2,7 @@\n \n Paragraph 1.\n \n-Paragraph 2.\n+Paragraph two.\n \n Paragraph 3.\n \n") !=
        std::string::npos);
  // The last line lost its newline: patch must see it removed and added again.
  CHECK(out.find("@@ -20,6 +20,6 @@\n \n Paragraph 10.\n \n-Paragraph 11.\n+Paragraph eleven.\n \n"
                 "-Paragraph 12.\n+Paragraph 12.\n\\ No newline at end of file\n") != std::string::npos);
  Rendered same(old_text, old_text);
  CHECK(same.render(report::Format::unified) == "--- a/demo/article@1\n+++ b/demo/article@2\n");
}

TEST_CASE("identical versions render as no changes, unknown formats are usage errors", "[report][diff]") {
  Rendered r(kOld, kOld);
  CHECK(r.render(report::Format::text).find("no changes") != std::string::npos);
  CHECK(report::parse_format("json", report::kDiffFormats) == report::Format::json);
  CHECK_THROWS_AS(report::parse_format("xml", report::kDiffFormats), Error);
  CHECK_THROWS_AS(r.render(report::Format::html), Error);
}

TEST_CASE("a split across a paragraph break shows a pilcrow, not a control picture", "[report][diff]") {
  Rendered r("H\n\nThe mayor resigned on Friday after a long scandal, and the council will meet to pick a successor soon.",
             "H\n\nThe mayor resigned on Friday after a long scandal.\n\nThe council will meet to pick a successor soon.");
  REQUIRE(r.cs.changes.size() == 1);
  REQUIRE(r.cs.changes[0].op == align::SentenceOp::split);
  const auto out = r.render(report::Format::text);
  CHECK(out.find("{+.+} \u00b6 [-the-]{+The+} council") != std::string::npos);
  CHECK(out.find("\u240a") == std::string::npos);
}

TEST_CASE("a diff of two files names them, in text and as JSON strings", "[report][diff]") {
  const auto before = text::Document::parse(kOld);
  const auto after = text::Document::parse(kOld + " More.");
  const auto cs = align::align(before, after);
  const report::DiffView view{before, after, cs, "old.txt", "new.txt"};
  std::ostringstream text;
  report::render(report::Format::text, view, text);
  CHECK(text.str().rfind("diff old.txt -> new.txt\n", 0) == 0);
  std::ostringstream json;
  report::render(report::Format::json, view, json);
  const auto j = nlohmann::json::parse(json.str());
  CHECK(j["from"] == "old.txt");
  CHECK(j["to"] == "new.txt");
}
