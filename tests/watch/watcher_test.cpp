#include "revisor/watch/watcher.h"

#include <catch2/catch.hpp>

#include <string>
#include <vector>

#include "revisor/analyze/audit.h"
#include "revisor/store/article_store.h"
#include "revisor/watch/watch_state.h"
#include "support/temp_dir.h"
#include "watch/local_site.h"

using namespace revisor;
using revisor::test::LocalSite;
using revisor::test::Reply;

namespace {

std::string sample(const std::string& name) {
  return test::read_file(std::filesystem::path(REVISOR_SOURCE_DIR) / "samples" / name);
}

struct Run {
  std::vector<watch::Finding> found;
  std::vector<std::string> problems;
  watch::PollSummary summary;
};

watch::WatchOptions fast_options() {
  watch::WatchOptions o;
  o.host_delay = std::chrono::milliseconds(0);
  o.fetch.total_timeout_ms = 2000;
  o.fetch.connect_timeout_ms = 2000;
  return o;
}

Run poll(const std::filesystem::path& store, const std::vector<std::string>& sources, Timestamp now,
         const watch::WatchOptions& options = fast_options()) {
  Run run;
  watch::WatchEvents events;
  events.found = [&](const watch::Finding& f) { run.found.push_back(f); };
  events.problem = [&](const std::string& url, const std::string& p) { run.problems.push_back(url + ": " + p); };
  run.summary = watch::Watcher(store, options).poll(sources, now, events);
  return run;
}

std::vector<std::string> kinds(const Run& run) {
  std::vector<std::string> out;
  for (const auto& f : run.found) out.emplace_back(watch::to_string(f.kind));
  return out;
}

const Timestamp t0 = Timestamp::from_seconds(1'800'000'000);
Timestamp minutes(int m) { return Timestamp::from_seconds(t0.seconds() + 60 * m); }

}  // namespace

TEST_CASE("a watched site's correction published between polls is found by the audit of the store",
          "[watch]") {
  test::TempDir dir;
  const auto store_dir = dir / "store";
  store::ArticleStore::init(store_dir);
  LocalSite site;
  const std::string page = "/news/bus-fares";
  site.put("/feed.xml", {200, test::rss(page + "?utm_source=rss&fbclid=x1"), "application/rss+xml", {}, 0});
  const std::string v1 = sample("correction-mayor-name/v1.txt");
  const std::string v2 = sample("correction-mayor-name/v2.txt");
  // Page furniture: a clock line that changes between polls, and a counter that changes on every fetch.
  auto updated = [](int n) {
    return "<p>Updated " + std::to_string(n) + " minutes ago</p><p>This page was served {{hit}} times</p>";
  };

  site.put(page, {200, test::article_page(v1, updated(1)), "text/html", {}, 0});
  const Run first = poll(store_dir, {site.url("/feed.xml")}, t0);
  CHECK(kinds(first) == std::vector<std::string>{"new_article"});
  CHECK(first.problems.empty());

  site.put(page, {200, test::article_page(v2, updated(7)), "text/html", {}, 0});
  const Run second = poll(store_dir, {site.url("/feed.xml")}, minutes(20));
  REQUIRE(kinds(second) == std::vector<std::string>{"new_version", "notice"});
  CHECK(second.found[1].label == "correction");
  CHECK(second.found[1].text.find("misspelled the surname") != std::string::npos);

  // Only the furniture changes: no new version.
  site.put(page, {200, test::article_page(v2, updated(31)), "text/html", {}, 0});
  const Run third = poll(store_dir, {site.url("/feed.xml")}, minutes(40));
  CHECK(third.found.empty());
  CHECK(third.summary.unchanged == 1);

  const store::ArticleStore store = store::ArticleStore::open(store_dir);
  const auto articles = store.list();
  REQUIRE(articles.size() == 1);
  const ArticleId id(articles[0].id);
  CHECK(id.str().find("utm") == std::string::npos);
  const auto history = store.history(id);
  REQUIRE(history.size() == 2);
  const analyze::ArticleAudit audit = analyze::audit(id.str(), history);
  REQUIRE(audit.notices.size() == 1);
  CHECK(audit.notices[0].notice.kind == analyze::NoticeKind::correction);
  CHECK(audit.notices[0].status == analyze::NoticeStatus::supported);
  REQUIRE_FALSE(audit.notices[0].links.empty());
  CHECK(audit.notices[0].links[0].new_text.find("Whittaker") != std::string::npos);
  // The furniture is kept out of the stored text itself, so any later audit of the store (not only
  // the watcher's) sees no clock line change, while the page bytes keep it as evidence.
  for (const auto& v : history) {
    CHECK(v.document.text().find("minutes ago") == std::string::npos);
    CHECK(v.document.text().find("was served") == std::string::npos);
  }
  CHECK(audit.stealth_edits.empty());
  REQUIRE(store.record(id, 2).furniture.has_value());
  // The page bytes are kept as the version's source, and the verify of the store passes.
  CHECK(store.record(id, 2).source_file == "page.html");
  CHECK(store.record(id, 2).source_format == "html");
  CHECK(store.verify().problems.empty());
  CHECK(site.last_user_agent().find("revisor/") == 0);
}

TEST_CASE("a watcher killed and restarted carries on from the state in the store", "[watch]") {
  test::TempDir dir;
  const auto store_dir = dir / "store";
  store::ArticleStore::init(store_dir);
  LocalSite site;
  site.put("/a", {200, test::article_page(sample("correction-mayor-name/v1.txt")), "text/html", {{"ETag", "\"v1\""}}, 0});
  watch::add_sources(store_dir, {site.url("/a")}, t0);
  poll(store_dir, {}, t0);
  const int fetched = site.hits("/a");
  // Not due yet: a new watcher on the same store does not fetch it again.
  poll(store_dir, {}, minutes(5));
  CHECK(site.hits("/a") == fetched);
  // Due: a conditional GET answered 304 adds nothing.
  const Run later = poll(store_dir, {}, minutes(16));
  CHECK(site.hits("/a") == fetched + 1);
  CHECK(later.found.empty());
  CHECK(later.summary.unchanged == 1);
  const watch::WatchState state = watch::load_state(store_dir);
  CHECK(state.urls.at(site.url("/a")).etag == "\"v1\"");
}

TEST_CASE("HTTP failures back off, a gone page is recorded and its return too", "[watch]") {
  test::TempDir dir;
  const auto store_dir = dir / "store";
  store::ArticleStore::init(store_dir);
  LocalSite site;
  const std::string text = sample("correction-mayor-name/v1.txt");
  site.put("/p", {200, test::article_page(text), "text/html", {}, 0});
  site.put("/robots.txt", {200, "User-agent: *\nDisallow: /private/\n", "text/plain", {}, 0});
  site.put("/private/q", {200, test::article_page(text), "text/html", {}, 0});
  site.put("/loop", {302, "", "text/plain", {{"Location", "/loop2"}}, 0});
  site.put("/loop2", {302, "", "text/plain", {{"Location", "/loop"}}, 0});
  site.put("/slow", {200, test::article_page(text), "text/html", {}, 3000});
  site.put("/err", {500, "boom", "text/plain", {}, 0});
  const std::vector<std::string> sources = {site.url("/p"), site.url("/private/q"), site.url("/loop"),
                                            site.url("/slow"), site.url("/err")};
  const Run first = poll(store_dir, sources, t0);
  CHECK(kinds(first) == std::vector<std::string>{"new_article"});
  CHECK(site.hits("/private/q") == 0);
  auto problem_of = [&](const Run& run, const std::string& path) {
    for (const auto& p : run.problems)
      if (p.starts_with(site.url(path) + ":")) return p;
    return std::string();
  };
  CHECK(problem_of(first, "/private/q").find("robots.txt") != std::string::npos);
  CHECK(problem_of(first, "/loop").find("redirect") != std::string::npos);
  CHECK(problem_of(first, "/slow").find("timed out") != std::string::npos);
  CHECK(problem_of(first, "/err").find("HTTP 500") != std::string::npos);
  const watch::WatchState state = watch::load_state(store_dir);
  CHECK(state.urls.at(site.url("/err")).failures == 1);
  CHECK(state.urls.at(site.url("/err")).next_check > t0);

  site.put("/p", {404, "gone", "text/plain", {}, 0});
  const Run second = poll(store_dir, {site.url("/p")}, minutes(16));
  REQUIRE(kinds(second) == std::vector<std::string>{"gone"});
  CHECK(second.found[0].text == "HTTP 404");

  site.put("/p", {200, test::article_page(text), "text/html", {}, 0});
  const Run third = poll(store_dir, {site.url("/p")}, minutes(32));
  CHECK(kinds(third) == std::vector<std::string>{"returned"});
  const auto s = store::ArticleStore::open(store_dir);
  CHECK(s.list().at(0).versions == 1);
  // Both are events in the article's history, at the time of the poll that saw them.
  const auto events = s.events(ArticleId(s.list().at(0).id));
  REQUIRE(events.size() == 2);
  CHECK(events[0] == text::PageEvent{minutes(16), "gone", "HTTP 404"});
  CHECK(events[1] == text::PageEvent{minutes(32), "returned", ""});
  CHECK(s.verify().ok());
}

TEST_CASE("a 429 with Retry-After holds the whole host back until then", "[watch]") {
  test::TempDir dir;
  const auto store_dir = dir / "store";
  store::ArticleStore::init(store_dir);
  LocalSite site;
  site.put("/busy", {429, "slow down", "text/plain", {{"Retry-After", "7200"}}, 0});
  site.put("/other", {200, test::article_page(sample("correction-mayor-name/v1.txt")), "text/html", {}, 0});
  const Run first = poll(store_dir, {site.url("/busy")}, t0);
  CHECK(first.problems.size() == 1);
  const watch::WatchState state = watch::load_state(store_dir);
  CHECK(state.host_not_before.begin()->second == Timestamp::from_seconds(t0.seconds() + 7200));
  // An hour later the host is still held back: no request at all, to any of its pages.
  const int busy_hits = site.hits("/busy");
  poll(store_dir, {site.url("/busy"), site.url("/other")}, minutes(60));
  CHECK(site.hits("/busy") == busy_hits);
  CHECK(site.hits("/other") == 0);
  poll(store_dir, {site.url("/other")}, minutes(121));
  CHECK(site.hits("/other") > 0);
}
