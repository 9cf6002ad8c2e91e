#include "revisor/store/remote_sync.h"

#include <fmt/core.h>

#include <catch2/catch.hpp>
#include <string>
#include <vector>

#include "revisor/base/error.h"
#include "revisor/store/article_store.h"
#include "revisor/store/state_ref.h"
#include "support/run_revisor.h"
#include "support/temp_dir.h"

using namespace revisor;
using store::ArticleStore;

namespace {

// One plain-text version of article `id` saying `body`, seen at `hour` o'clock on 2024-05-01.
store::IngestRequest version(const std::string& id, const std::string& body, int hour) {
  store::IngestRequest r{ArticleId(id), {}, {}, {}, {}, {}, {}, {}, {}};
  r.extracted.headline = "Harbor budget";
  r.extracted.paragraphs = {body};
  r.extracted.format = "text";
  r.source_bytes = "Harbor budget\n\n" + body;
  r.source_name = "v.txt";
  r.source_ext = "txt";
  r.observed_at = Timestamp::from_seconds(1'714'521'600 + hour * 3600);
  return r;
}

// "hour:first word of the text" for every version of `id`, oldest first.
std::vector<std::string> chain(const std::filesystem::path& dir, const std::string& id) {
  std::vector<std::string> out;
  for (const auto& v : ArticleStore::open(dir).history(ArticleId(id))) {
    const std::string_view body = v.document.slice(v.document.paragraphs().back().span);
    out.push_back(fmt::format("{}:{}", (v.meta.observed_at.seconds() - 1'714'521'600) / 3600,
                              body.substr(0, body.find(' '))));
  }
  return out;
}

std::string tip(const std::filesystem::path& dir, const std::string& id) {
  return ArticleStore::open(dir).log(ArticleId(id)).back().commit;
}

// Two stores sharing one bare repository, each knowing it as "origin".
struct Pair {
  test::TempDir tmp;
  std::filesystem::path a = tmp / "a", b = tmp / "b", remote = tmp / "shared.git";
  Pair() {
    ArticleStore::init(a);
    ArticleStore::init(b);
    REQUIRE(test::run_command({"git", "init", "--quiet", "--bare", remote.string()}).exit_code == 0);
    store::add_remote(a, "origin", "file://" + remote.string());
    store::add_remote(b, "origin", remote.string());  // a plain path works as well
  }
};

}  // namespace

TEST_CASE("push sends every article and pull brings them into another store, commits unchanged", "[store]") {
  Pair p;
  {
    auto s = ArticleStore::open(p.a);
    s.ingest(version("harbor", "Alpha the council approved the budget.", 1));
    s.ingest(version("harbor", "Beta the council approved a smaller budget.", 3));
    s.ingest(version("bridge", "Gamma the bridge opens.", 2));
  }
  const auto pushed = store::push(p.a, "origin");
  CHECK(pushed.pushed == 2);
  CHECK(pushed.diverged.empty());
  CHECK(pushed.rejected.empty());
  const auto pulled = store::pull(p.b, "origin");
  CHECK(pulled.remote_articles == 2);
  CHECK(pulled.new_articles == 2);
  CHECK(pulled.versions_added == 3);
  CHECK(tip(p.b, "harbor") == tip(p.a, "harbor"));
  CHECK(chain(p.b, "harbor") == std::vector<std::string>{"1:Alpha", "3:Beta"});
  CHECK(ArticleStore::open(p.b).verify().ok());
  // Nothing new: a second pull and push change nothing.
  const auto again = store::pull(p.b, "origin");
  CHECK(again.unchanged == 2);
  CHECK(again.versions_added == 0);
  CHECK(store::push(p.a, "origin").up_to_date == 2);
  // git itself sees the articles on the remote.
  CHECK(test::run_command({"git", "--git-dir", p.remote.string(), "for-each-ref", "refs/articles/"}).out.find(
            "refs/articles/harbor") != std::string::npos);
}

TEST_CASE("diverged chains of one article merge in observed time: nothing lost, a shared version once", "[store]") {
  Pair p;
  ArticleStore::open(p.a).ingest(version("harbor", "Alpha first.", 1));
  ArticleStore::open(p.a).ingest(version("harbor", "Beta second.", 3));
  store::push(p.a, "origin");
  store::pull(p.b, "origin");
  // Both watch on: a and b each see versions the other misses, and both see Echo at 7 o'clock.
  for (auto [body, hour] : {std::pair{"Delta from a.", 5}, std::pair{"Echo both.", 7}})
    ArticleStore::open(p.a).ingest(version("harbor", body, hour));
  for (auto [body, hour] : {std::pair{"Charlie from b.", 4}, std::pair{"Foxtrot from b.", 6},
                            std::pair{"Echo both.", 7}})
    ArticleStore::open(p.b).ingest(version("harbor", body, hour));
  ArticleStore::open(p.b).ingest(version("bridge", "Golf only b.", 2));

  CHECK(store::push(p.a, "origin").pushed == 1);
  // b cannot push over versions it lacks: it is told to pull first, and the remote keeps a's chain.
  const auto refused = store::push(p.b, "origin");
  CHECK(refused.diverged == std::vector<std::string>{"harbor"});
  CHECK(refused.pushed == 1);  // bridge went
  const auto pulled = store::pull(p.b, "origin");
  CHECK(pulled.merged == 1);
  CHECK(pulled.versions_added == 1);  // Delta; Echo was already there
  const std::vector<std::string> merged{"1:Alpha", "3:Beta", "4:Charlie", "5:Delta", "6:Foxtrot", "7:Echo"};
  CHECK(chain(p.b, "harbor") == merged);
  CHECK(ArticleStore::open(p.b).verify().ok());
  // The merged chain holds every version of the remote's, so it replaces it; a then moves to it.
  const auto sent = store::push(p.b, "origin");
  CHECK(sent.diverged.empty());
  CHECK(sent.rejected.empty());
  const auto a_pulled = store::pull(p.a, "origin");
  CHECK(a_pulled.fast_forwarded == 1);
  CHECK(a_pulled.new_articles == 1);
  CHECK(chain(p.a, "harbor") == merged);
  CHECK(tip(p.a, "harbor") == tip(p.b, "harbor"));
  CHECK(chain(p.a, "bridge") == std::vector<std::string>{"2:Golf"});
  CHECK(ArticleStore::open(p.a).verify().ok());
}

TEST_CASE("pull keeps the first sighting of a text both sides saw, and a version before every other", "[store]") {
  Pair p;
  ArticleStore::open(p.a).ingest(version("harbor", "Bravo common.", 2));
  store::push(p.a, "origin");
  store::pull(p.b, "origin");
  ArticleStore::open(p.a).ingest(version("harbor", "Charlie seen at 5 by a.", 5));
  ArticleStore::open(p.b).ingest(version("harbor", "Charlie seen at 5 by a.", 6));  // b saw it later
  ArticleStore::open(p.b).ingest(version("harbor", "Alpha older than all.", 1));   // and an older one
  store::push(p.a, "origin");
  const auto pulled = store::pull(p.b, "origin");
  CHECK(pulled.merged == 1);
  CHECK(chain(p.b, "harbor") == std::vector<std::string>{"1:Alpha", "2:Bravo", "5:Charlie"});
  CHECK(ArticleStore::open(p.b).verify().ok());
}

TEST_CASE("pull merges a state both stores wrote, and push then sends it", "[store]") {
  Pair p;
  store::write_state(p.a, "watch", "a0\n", Timestamp::from_seconds(100));
  store::push(p.a, "origin");
  store::pull(p.b, "origin");
  CHECK(store::read_state(p.b, "watch") == std::string("a0\n"));
  store::write_state(p.a, "watch", "a1\n", Timestamp::from_seconds(200));
  store::write_state(p.b, "watch", "b1\n", Timestamp::from_seconds(200));
  store::push(p.a, "origin");
  CHECK(store::push(p.b, "origin").diverged == std::vector<std::string>{"state watch"});
  // Without a merge function the store keeps its own state.
  CHECK(store::pull(p.b, "origin").states.empty());
  CHECK(store::read_state(p.b, "watch") == std::string("b1\n"));
  auto both = [](std::string_view name, const std::string& mine, const std::string& theirs) {
    CHECK(name == "watch");
    return mine + theirs;
  };
  CHECK(store::pull(p.b, "origin", both).states == std::vector<std::string>{"watch"});
  CHECK(store::read_state(p.b, "watch") == std::string("b1\na1\n"));
  CHECK(store::push(p.b, "origin").diverged.empty());
  store::pull(p.a, "origin", both);
  CHECK(store::read_state(p.a, "watch") == std::string("b1\na1\n"));
}

TEST_CASE("remotes are named once, listed and removed, and a bad or unknown name is refused", "[store]") {
  Pair p;
  CHECK(store::list_remotes(p.a).size() == 1);
  CHECK(store::list_remotes(p.a).front().url == "file://" + p.remote.string());
  CHECK_THROWS_MATCHES(store::add_remote(p.a, "origin", "/elsewhere"), Error,
                       Catch::Matchers::Predicate<Error>([](const Error& e) { return e.kind() == ErrorKind::bad_input; }));
  CHECK_THROWS_MATCHES(store::add_remote(p.a, "bad name..", "/elsewhere"), Error,
                       Catch::Matchers::Predicate<Error>([](const Error& e) { return e.kind() == ErrorKind::bad_input; }));
  CHECK_THROWS_MATCHES(store::pull(p.a, "nowhere"), Error,
                       Catch::Matchers::Predicate<Error>([](const Error& e) { return e.kind() == ErrorKind::not_found; }));
  store::add_remote(p.a, "mirror", (p.tmp / "missing.git").string());
  // A remote that is not there fails with libgit2's account of it, and nothing changes.
  CHECK_THROWS_MATCHES(store::pull(p.a, "mirror"), Error,
                       Catch::Matchers::Predicate<Error>([](const Error& e) {
                         return e.kind() == ErrorKind::store &&
                                std::string(e.what()).find("fetching from the remote mirror") != std::string::npos;
                       }));
  store::remove_remote(p.a, "mirror");
  CHECK(store::list_remotes(p.a).size() == 1);
}
