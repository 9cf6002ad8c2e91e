#include "revisor/store/state_ref.h"

#include <catch2/catch.hpp>

#include "revisor/base/error.h"
#include "revisor/store/article_store.h"
#include "support/run_revisor.h"
#include "support/temp_dir.h"

using namespace revisor;

TEST_CASE("a state document is kept under refs/revisor/<name>, each write a commit on the last", "[store]") {
  test::TempDir dir;
  const auto store_dir = dir / "store";
  store::ArticleStore::init(store_dir);
  CHECK_FALSE(store::read_state(store_dir, "watch"));
  store::write_state(store_dir, "watch", "{\"a\":1}\n", Timestamp::from_seconds(1'700'000'000));
  store::write_state(store_dir, "watch", "{\"a\":2}\n", Timestamp::from_seconds(1'700'000'060));
  CHECK(store::read_state(store_dir, "watch") == std::string("{\"a\":2}\n"));
  // Plain git sees it: two commits, the newest holding state.json; no article is listed.
  const auto log = test::run_command({"git", "--git-dir", store_dir.string(), "rev-list", "--count", "refs/revisor/watch"});
  CHECK(log.out == "2\n");
  CHECK(store::ArticleStore::open(store_dir).list().empty());
  CHECK(store::ArticleStore::open(store_dir).verify().ok());
  CHECK_THROWS_AS(store::read_state(dir / "nowhere", "watch"), Error);
}
