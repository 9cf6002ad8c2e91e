#include "revisor/watch/watch_state.h"

#include <catch2/catch.hpp>

#include "revisor/base/error.h"

using namespace revisor;
using watch::Resource;
using watch::WatchState;

TEST_CASE("merged watch states keep every source and each page as the side that checked it last knows it",
          "[watch]") {
  WatchState mine, theirs;
  mine.sources = {"https://a.example/feed", "https://shared.example/feed"};
  theirs.sources = {"https://shared.example/feed", "https://b.example/feed"};
  Resource page;
  page.first_seen = Timestamp::from_seconds(1000);
  page.next_check = Timestamp::from_seconds(5000);
  page.etag = "\"mine\"";
  mine.urls["https://shared.example/story"] = page;
  Resource later = page;
  later.first_seen = Timestamp::from_seconds(900);
  later.next_check = Timestamp::from_seconds(9000);
  later.etag = "\"theirs\"";
  later.gone = true;
  later.article = "shared.example/story";
  theirs.urls["https://shared.example/story"] = later;
  theirs.urls["https://b.example/only"] = page;
  mine.host_not_before["shared.example"] = Timestamp::from_seconds(100);
  theirs.host_not_before["shared.example"] = Timestamp::from_seconds(200);

  const WatchState merged = watch::merge_states(mine, theirs);
  CHECK(merged.sources == std::vector<std::string>{"https://a.example/feed", "https://shared.example/feed",
                                                    "https://b.example/feed"});
  const Resource& story = merged.urls.at("https://shared.example/story");
  CHECK(story.etag == "\"theirs\"");
  CHECK(story.gone);
  CHECK(story.first_seen == Timestamp::from_seconds(900));
  CHECK(story.article == "shared.example/story");
  CHECK(merged.urls.count("https://b.example/only") == 1);
  CHECK(merged.host_not_before.at("shared.example") == Timestamp::from_seconds(200));
  // The document round-trips, and a damaged one is named.
  const WatchState back = watch::parse_state(watch::state_document(merged), "test");
  CHECK(back.sources == merged.sources);
  CHECK(back.urls.at("https://shared.example/story").etag == "\"theirs\"");
  CHECK_THROWS_AS(watch::parse_state("{not json", "the remote"), Error);
}
