#include "revisor/store/article_events.h"

#include <catch2/catch.hpp>

#include "revisor/store/article_store.h"
#include "revisor/store/remote_sync.h"
#include "support/run_revisor.h"
#include "support/temp_dir.h"

using namespace revisor;

namespace {

text::PageEvent at(int minute, std::string kind, std::string detail = {}) {
  return {Timestamp::from_seconds(1'714'521'600 + 60 * minute), std::move(kind), std::move(detail)};
}

}  // namespace

TEST_CASE("page events are kept per article in time order, once each, and a clone carries them", "[store]") {
  test::TempDir dir;
  const auto s = dir / "store";
  store::ArticleStore::init(s);
  const ArticleId a("news/harbor"), b("news/bridge");
  CHECK(store::ArticleStore::open(s).events(a).empty());
  store::record_event(s, a, at(30, "returned"));
  store::record_event(s, a, at(10, "gone", "HTTP 410"));
  store::record_event(s, a, at(10, "gone", "HTTP 410"));  // recorded twice: kept once
  store::record_event(s, b, at(5, "gone", "redirected to https://example.org/other"));
  const auto events = store::ArticleStore::open(s).events(a);
  REQUIRE(events.size() == 2);
  CHECK(events[0] == at(10, "gone", "HTTP 410"));
  CHECK(events[1] == at(30, "returned"));
  CHECK(store::ArticleStore::open(s).events(b).size() == 1);
  // Plain git shows them, one JSON object a line, in a file named by the article id.
  const auto shown = test::run_command({"git", "--git-dir", s.string(), "show", "refs/revisor/events:news/harbor"});
  CHECK(shown.out.find("\"kind\":\"gone\"") != std::string::npos);
  CHECK(store::ArticleStore::open(s).list().empty());
  CHECK(store::ArticleStore::open(s).verify().ok());
}

TEST_CASE("pull merges the page events both stores recorded", "[store]") {
  test::TempDir dir;
  const auto a = dir / "a", b = dir / "b", remote = dir / "shared.git";
  store::ArticleStore::init(a);
  store::ArticleStore::init(b);
  REQUIRE(test::run_command({"git", "init", "--quiet", "--bare", remote.string()}).exit_code == 0);
  store::add_remote(a, "origin", remote.string());
  store::add_remote(b, "origin", remote.string());
  const ArticleId id("harbor");
  store::record_event(a, id, at(1, "gone", "HTTP 404"));
  store::push(a, "origin");
  store::pull(b, "origin");
  store::record_event(a, id, at(9, "returned"));
  store::record_event(b, id, at(5, "returned"));
  store::record_event(b, ArticleId("bridge"), at(6, "gone", "HTTP 410"));
  store::push(a, "origin");
  const auto pulled = store::pull(b, "origin");
  CHECK(pulled.states == std::vector<std::string>{"events"});
  const auto merged = store::ArticleStore::open(b).events(id);
  REQUIRE(merged.size() == 3);
  CHECK(merged[0] == at(1, "gone", "HTTP 404"));
  CHECK(merged[1] == at(5, "returned"));
  CHECK(merged[2] == at(9, "returned"));
  CHECK(store::ArticleStore::open(b).events(ArticleId("bridge")).size() == 1);
  CHECK(store::push(b, "origin").diverged.empty());
}
