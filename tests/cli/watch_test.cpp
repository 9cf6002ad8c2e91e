// revisor watch and revisor sources end to end: the real binary against a real HTTP server.
#include <catch2/catch.hpp>
#include <nlohmann/json.hpp>

#include <sstream>
#include <string>
#include <vector>

#include "support/run_revisor.h"
#include "support/temp_dir.h"
#include "watch/local_site.h"

using namespace revisor::test;

namespace {

std::string sample(const std::string& name) {
  return read_file(std::filesystem::path(REVISOR_SOURCE_DIR) / "samples" / name);
}

std::vector<nlohmann::json> json_lines(const std::string& out) {
  std::vector<nlohmann::json> lines;
  std::istringstream in(out);
  std::string line;
  while (std::getline(in, line)) lines.push_back(nlohmann::json::parse(line));
  return lines;
}

}  // namespace

TEST_CASE("revisor watch prints each finding as a JSON line and the audit finds the site's correction",
          "[cli][watch]") {
  TempDir dir;
  const std::string store = (dir / "store").string();
  REQUIRE(run_revisor({"init", store}).exit_code == 0);
  LocalSite site;
  site.put("/feed.xml", {200, rss("/news/fares?utm_campaign=a"), "application/rss+xml", {}, 0});
  site.put("/news/fares", {200, article_page(sample("correction-mayor-name/v1.txt")), "text/html", {}, 0});
  const std::vector<std::string> watch = {"--store", store, "watch", "--once", "--delay", "0", "--format", "jsonl"};

  auto add = run_revisor({"--store", store, "sources", "add", site.url("/feed.xml#x")});
  REQUIRE(add.exit_code == 0);
  CHECK(run_revisor({"--store", store, "sources", "list"}).out == site.url("/feed.xml") + "\n");

  auto first = run_revisor(watch);
  REQUIRE(first.exit_code == 0);
  auto lines = json_lines(first.out);
  REQUIRE(lines.size() == 1);
  CHECK(lines[0]["kind"] == "new_article");
  const std::string id = lines[0]["article"];
  CHECK(id == "127.0.0.1-" + site.url("").substr(site.url("").rfind(':') + 1) + "/news/fares");
  CHECK_THAT(first.err, Catch::Contains("1 new version,"));

  // Nothing is due again yet: a second watch fetches only the feed.
  site.put("/news/fares", {200, article_page(sample("correction-mayor-name/v2.txt")), "text/html", {}, 0});
  const int page_hits = site.hits("/news/fares");
  CHECK(run_revisor(watch).out.empty());
  CHECK(site.hits("/news/fares") == page_hits);

  std::vector<std::string> all = watch;
  all.push_back("--all");
  auto second = run_revisor(all);
  REQUIRE(second.exit_code == 0);
  lines = json_lines(second.out);
  REQUIRE(lines.size() == 2);
  CHECK(lines[0]["kind"] == "new_version");
  CHECK(lines[0]["version"] == 2);
  CHECK(lines[1]["kind"] == "notice");
  CHECK(lines[1]["label"] == "correction");

  auto audit = run_revisor({"--store", store, "audit", "--article", id, "--format", "json"});
  REQUIRE(audit.exit_code == 0);
  const auto j = nlohmann::json::parse(audit.out);
  CHECK(j.dump().find("misspelled the surname") != std::string::npos);
  CHECK(run_revisor({"--store", store, "verify"}).exit_code == 0);

  // The page goes away, then comes back: both are events in the article's history, shown by log,
  // audit and report between the versions, and the version after the return compares with the last.
  site.put("/news/fares", {404, "not here", "text/plain", {}, 0});
  lines = json_lines(run_revisor(all).out);
  REQUIRE(lines.size() == 1);
  CHECK(lines[0]["kind"] == "gone");
  site.put("/news/fares", {200, article_page(sample("correction-mayor-name/v2.txt")), "text/html", {}, 0});
  lines = json_lines(run_revisor(all).out);
  REQUIRE(lines.size() == 1);
  CHECK(lines[0]["kind"] == "returned");
  const auto log = run_revisor({"--store", store, "log", id});
  REQUIRE(log.exit_code == 0);
  const auto gone_at = log.out.find("page gone (HTTP 404)");
  CHECK(gone_at != std::string::npos);
  CHECK(log.out.find("page back") > gone_at);
  CHECK(log.out.find("\n  2  ") < gone_at);  // after version 2
  const auto audit_text = run_revisor({"--store", store, "audit", "--article", id});
  CHECK_THAT(audit_text.out, Catch::Contains("page gone (HTTP 404)") && Catch::Contains("page back"));
  const auto report = nlohmann::json::parse(run_revisor({"--store", store, "report", id, "--format", "json"}).out);
  REQUIRE(report["page_events"].size() == 2);
  CHECK(report["page_events"][0]["kind"] == "gone");
  CHECK(report["page_events"][0]["detail"] == "HTTP 404");
  CHECK(report["page_events"][1]["kind"] == "returned");
  const auto html = run_revisor({"--store", store, "report", id, "--format", "html"});
  CHECK_THAT(html.out, Catch::Contains("page gone (HTTP 404)"));
  CHECK(run_revisor({"--store", store, "verify"}).exit_code == 0);
}

TEST_CASE("revisor watch and sources refuse bad URLs and flags with exit 2, the store untouched", "[cli][watch]") {
  TempDir dir;
  const std::string store = (dir / "store").string();
  REQUIRE(run_revisor({"init", store}).exit_code == 0);
  const auto before = snapshot(dir / "store");
  auto bad_url = run_revisor({"--store", store, "watch", "--once", "--url", "ftp://example.com/feed"});
  CHECK(bad_url.exit_code == 2);
  CHECK_THAT(bad_url.err, Catch::Contains("ftp://example.com/feed"));
  auto nothing = run_revisor({"--store", store, "watch", "--once"});
  CHECK(nothing.exit_code == 2);
  CHECK_THAT(nothing.err, Catch::Contains("sources add"));
  auto interval = run_revisor({"--store", store, "watch", "--url", "https://e.com/", "--interval", "soon"});
  CHECK(interval.exit_code == 2);
  CHECK_THAT(interval.err, Catch::Contains("--interval"));
  dir.write("list.txt", "https://e.com/rss\nnot a url\n");
  auto file = run_revisor({"--store", store, "watch", "--once", (dir / "list.txt").string()});
  CHECK(file.exit_code == 2);
  CHECK_THAT(file.err, Catch::Contains("list.txt line 2"));
  auto remove = run_revisor({"--store", store, "sources", "remove", "https://e.com/rss"});
  CHECK(remove.exit_code == 2);
  CHECK_THAT(remove.err, Catch::Contains("not a source"));
  CHECK(snapshot(dir / "store") == before);
}
