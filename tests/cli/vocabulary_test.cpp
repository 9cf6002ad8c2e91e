// End to end: the words a reader meets. Findings read in their sentence, counts have one value and
// one name in `revisor audit`, `report` (text, JSON, HTML), the index page and the feed, plurals
// agree with their numbers, and every label is explained where it appears.
#include <algorithm>
#include <fstream>
#include <string>
#include <vector>

#include <catch2/catch.hpp>
#include <nlohmann/json.hpp>

#include "report/html_dom.h"
#include "support/run_revisor.h"
#include "support/temp_dir.h"

using nlohmann::json;
using revisor::test::Dom;
using revisor::test::read_file;
using revisor::test::run_revisor;
using revisor::test::TempDir;

namespace {

struct Store {
  TempDir dir;
  std::string path = (dir / "store").string();

  Store() { REQUIRE(run_revisor({"init", path}).exit_code == 0); }

  void ingest(const std::string& id, const std::string& file, const std::string& when) {
    auto r = run_revisor({"--store", path, "ingest", "--article", id, "--observed-at", when, file});
    INFO(r.err);
    REQUIRE(r.exit_code == 0);
  }
  void ingest_text(const std::string& id, const std::string& text, const std::string& when) {
    ingest(id, dir.write("in.txt", text).string(), when);
  }
  // Every sample article, through the samples' ingest manifest.
  void ingest_samples() { run({"ingest", "--manifest", REVISOR_SOURCE_DIR "/samples/ingest.jsonl"}); }
  std::string run(std::vector<std::string> args) const {
    args.insert(args.begin(), {"--store", path});
    auto r = run_revisor(args);
    INFO(r.err);
    REQUIRE(r.exit_code == 0);
    return r.out;
  }
};

bool has(const std::string& text, const std::string& part) { return text.find(part) != std::string::npos; }

}  // namespace

TEST_CASE("findings read in their sentence with the change marked", "[cli][vocabulary]") {
  Store s;
  s.ingest_samples();
  const auto audit = s.run({"audit"});
  CHECK(has(audit, "v2\u2192v3 number, words changed: "));
  CHECK(has(audit, "project at [-48-]{+84+} million"));
  CHECK(has(audit, "Mayor Jonathan [-Whitacker-]{+Whittaker+}, who"));
  CHECK(!has(audit, "\u201C\u201D \u2192"));

  const auto text = s.run({"report", "sample/harbor-budget"});
  CHECK(has(text, "stealth edit [high] v2\u2192v3 number, words changed: "));
  CHECK(has(text, "project at [-48-]{+84+} million"));

  const auto html = Dom::html(s.run({"report", "sample/harbor-budget", "--format", "html"}));
  const auto items = html.texts("//div[contains(@class,'stealth')]//li");
  REQUIRE(items.size() == 1);
  CHECK(has(items[0], "words changed"));
  CHECK(has(items[0], "million euros"));
  CHECK(html.texts("//div[contains(@class,'stealth')]//li//del") == std::vector<std::string>{"48"});

  const auto feed = Dom::xml(s.run({"feed", "sample/harbor-budget"}));
  const auto newest = Dom::html(feed.texts("/atom:feed/atom:entry[1]/atom:content")[0]);
  CHECK(has(newest.texts("//body")[0], "million euros"));
}

TEST_CASE("words added inside a sentence read as an addition there", "[cli][vocabulary]") {
  Store s;
  s.ingest_text("port", "Port deal signed\n\nThe city signed the lease on Monday.\n", "2024-01-01T10:00:00Z");
  s.ingest_text("port",
                "Port deal signed\n\nThe city signed the lease on Monday, and the port agreed to pay 3 "
                "million euros.\n",
                "2024-01-02T10:00:00Z");
  const auto audit = s.run({"audit", "--article", "port"});
  CHECK(has(
      audit,
      "words added: The city signed the lease on Monday{+, and the port agreed to pay 3 million euros+}"));
  CHECK(!has(audit, "\u201C\u201D"));
  const auto text = s.run({"report", "port"});
  CHECK(has(text, "words added: The city signed the lease on Monday{+"));
}

TEST_CASE("plurals agree with their numbers for 1 and 2", "[cli][vocabulary]") {
  Store one;
  one.ingest(std::string("seed"), REVISOR_SOURCE_DIR "/samples/seed-erdogan-s400/v1.txt",
             "2021-06-17T14:05:00Z");
  one.ingest(std::string("seed"), REVISOR_SOURCE_DIR "/samples/seed-erdogan-s400/v2.txt",
             "2021-06-18T09:40:00Z");
  const auto audit1 = one.run({"audit"});
  CHECK(has(audit1, "(1 transition)"));
  CHECK(has(audit1, "(over 1 linked notice)"));
  CHECK(has(audit1, "(matches 1 change)"));
  CHECK(has(audit1, "1 correction)"));
  const auto text1 = one.run({"report", "seed"});
  CHECK(has(text1, "matches 1 change\n"));
  const auto html1 = one.run({"report", "seed", "--format", "html"});
  CHECK(has(html1, "matches 1 change<"));
  CHECK(has(html1, "The change it refers to:"));

  Store two;
  two.ingest_samples();
  const auto audit2 = two.run({"audit"});
  CHECK(has(audit2, "(5 transitions)"));
  CHECK(has(audit2, "(over 3 linked notices)"));
  CHECK(has(audit2, "(matches 2 changes)"));
  CHECK(has(audit2, "2 corrections, 1 update)"));
  const auto text2 = two.run({"report", "sample/mayor-name"});
  CHECK(has(text2, "matches 2 changes\n"));
  const auto html2 = two.run({"report", "sample/mayor-name", "--format", "html"});
  CHECK(has(html2, "matches 2 changes<"));
  CHECK(has(html2, "The changes it refers to:"));
  for (const auto* out : {&audit1, &audit2, &text1, &text2, &html1, &html2}) {
    for (const auto* wrong : {"1 transitions", "1 linked notices", "1 versions", "1 changes", "1 corrections",
                              " 1 typographic changes", "1 stealth edits"}) {
      INFO(wrong);
      CHECK(!has(*out, wrong));
    }
  }
}

TEST_CASE("stealth edits count the same in the audit, report, index page and feed", "[cli][vocabulary]") {
  Store s;
  s.ingest_samples();
  // A claim silently withdrawn: a stealth edit that is no wording edit, so a count of wording edits
  // alone would disagree with the others.
  s.ingest_text(
      "extra",
      "Dam inspection\n\nThe dam was inspected on Friday.\n\nInspectors found two cracks in the wall.\n",
      "2024-02-01T10:00:00Z");
  s.ingest_text("extra", "Dam inspection\n\nThe dam was inspected on Friday.\n", "2024-02-02T10:00:00Z");
  const auto audit = json::parse(s.run({"audit", "--format", "json"}));
  std::size_t total = 0;
  for (const auto& a : audit["articles"]) {
    const std::size_t n = a["stealth_edits"].size();
    total += n;
    const std::string id = a["id"];
    INFO(id);
    const auto report = json::parse(s.run({"report", id, "--format", "json"}));
    CHECK(report["counts"]["stealth_edits"] == n);
    const auto text = s.run({"report", id});
    CHECK(has(text, "Stealth edits:   " + std::to_string(n) + (n > 0 ? " (" : "\n")));
    const auto feed = Dom::xml(s.run({"feed", id}));
    std::size_t in_feed = 0;
    for (const auto& summary : feed.texts("/atom:feed/atom:entry/atom:summary")) {
      const auto at = summary.find(", ");
      in_feed += std::stoul(summary.substr(at + 2));
    }
    CHECK(in_feed == n);
  }
  CHECK(total == 2);
  CHECK(has(s.run({"audit"}), " 2 (1 number, 1 sentence removed)\n"));

  const auto site = s.dir / "site";
  s.run({"report", "--all", "--output", site.string()});
  const auto index = Dom::html(read_file(site / "index.html"));
  CHECK(index.texts("//header//div[dt='Stealth edits']/dd") == std::vector<std::string>{"2"});
  std::size_t rows = 0;
  for (const auto& v : index.texts("//tbody/tr/td[contains(@class,'stealth')]")) rows += std::stoul(v);
  CHECK(rows == 2);
  const auto feed = Dom::xml(s.run({"feed"}));
  CHECK(feed.texts("/atom:feed/atom:subtitle") ==
        std::vector<std::string>{"5 articles, 3 notices, 2 stealth edits, 0 removed notices"});
}

TEST_CASE("every label is explained where it appears", "[cli][vocabulary]") {
  Store s;
  s.ingest_samples();
  const auto html = Dom::html(s.run({"report", "sample/harbor-budget", "--format", "html"}));
  const auto terms = html.texts("//section[contains(@class,'legend')]//dt");
  for (const auto* t : {"notice", "stealth edit", "removed notice", "number"}) {
    INFO(t);
    CHECK(std::find(terms.begin(), terms.end(), t) != terms.end());
  }
  CHECK(html.count("//section[contains(@class,'legend')]//dd") == terms.size());
  // Each category label carries its meaning.
  CHECK(html.count("//span[contains(@class,'cat ')][not(@title) or @title='']") == 0);
  CHECK(html.count("//header//dt[.='Stealth edits'][@title]") == 1);

  const auto mayor = Dom::html(s.run({"report", "sample/mayor-name", "--format", "html"}));
  const auto mayor_terms = mayor.texts("//section[contains(@class,'legend')]//dt");
  CHECK(std::find(mayor_terms.begin(), mayor_terms.end(), "supported") != mayor_terms.end());
  CHECK(std::find(mayor_terms.begin(), mayor_terms.end(), "name") != mayor_terms.end());

  const auto site = s.dir / "site";
  s.run({"report", "--all", "--output", site.string()});
  const auto index = Dom::html(read_file(site / "index.html"));
  CHECK(index.count("//section[contains(@class,'legend')]//dt[.='stealth edit']") == 1);
  CHECK(index.count("//th[.='Stealth edits'][@title]") == 1);

  const auto text = s.run({"report", "sample/harbor-budget"});
  CHECK(has(text, "\nLabels\n"));
  CHECK(has(text, "  stealth edit     a substantive change"));
  CHECK(has(text, "  number           a quantity"));
  const auto md = s.run({"report", "sample/harbor-budget", "--format", "markdown"});
  CHECK(has(md, "## Labels"));
  CHECK(has(md, "- **stealth edit**: "));
  const auto audit = s.run({"audit"});
  CHECK(has(audit, "\nLabels\n"));
  for (const auto* t : {"supported", "unsupported", "stealth edit", "change to notice", "name", "number"}) {
    INFO(t);
    CHECK(has(audit, std::string("\n  ") + t + " "));
  }
  CHECK(has(s.run({"audit", "--format", "markdown"}), "- **change to notice**: "));
}
