// End to end: revisor killed with SIGKILL at random moments of an ingest (one file; a manifest), and
// four revisors ingesting into one store at once. Afterwards `revisor verify` passes and every version
// revisor reported as stored is there exactly once. REVISOR_KILL_POINTS sets the kills per scenario
// (default 25, for CI); run it with hundreds once by hand. To cover another command (bulk ingest,
// watch), add a Scenario: the command line of its n-th run, whose output reports what it stored.
#include <chrono>
#include <ctime>
#include <csignal>
#include <cstdlib>
#include <functional>
#include <map>
#include <random>
#include <set>
#include <sstream>
#include <string>
#include <vector>

#include <catch2/catch.hpp>

#include "support/killed_run.h"
#include "support/run_revisor.h"
#include "support/temp_dir.h"

using revisor::test::kill_after;
using revisor::test::read_file;
using revisor::test::run_revisor;
using revisor::test::start_revisor;
using revisor::test::TempDir;
using revisor::test::wait_exit;

namespace {

namespace fs = std::filesystem;
using Version = std::pair<std::string, std::string>;  // article id, observed time (ISO 8601)

int kill_points() {
  const char* v = std::getenv("REVISOR_KILL_POINTS");
  return v && std::atoi(v) > 0 ? std::atoi(v) : 25;
}

// "2024-03-12T00:00:00Z" plus `minutes`.
std::string at(int minutes) {
  const std::time_t t = 1710201600 + static_cast<std::time_t>(minutes) * 60;
  std::tm tm{};
  gmtime_r(&t, &tm);
  char buf[32];
  std::strftime(buf, sizeof buf, "%Y-%m-%dT%H:%M:%SZ", &tm);
  return buf;
}

// REVISOR_KILL_SEED repeats a run's kill delays; otherwise each run draws new ones.
unsigned kill_seed() {
  const char* v = std::getenv("REVISOR_KILL_SEED");
  return v && *v ? static_cast<unsigned>(std::strtoul(v, nullptr, 10)) : std::random_device{}();
}

std::string text_of(const std::string& id, int n) {
  return "Harbour plan " + std::to_string(n) + "\n\nThe expansion of " + id + " will cost " +
         std::to_string(40 + n) + " million euros, the council said on day " + std::to_string(n) + ".\n";
}

// The versions an ingest's standard output reports as stored: "ID: added version N observed TIME "
// or "ID: inserted version N observed TIME ". (A scan rather than std::regex: g++ 12 at -O2 with
// sanitizers warns inside <regex>.)
std::set<Version> reported(const std::string& out) {
  std::set<Version> got;
  std::istringstream in(out);
  for (std::string l; std::getline(in, l);) {
    const auto colon = l.find(": ");
    if (colon == std::string::npos) continue;
    const auto rest = l.substr(colon + 2);
    if (rest.rfind("added version ", 0) != 0 && rest.rfind("inserted version ", 0) != 0) continue;
    const auto observed = rest.find(" observed ");
    if (observed == std::string::npos) continue;
    const auto time_begin = observed + 10;
    got.insert({l.substr(0, colon), rest.substr(time_begin, rest.find(' ', time_begin) - time_begin)});
  }
  return got;
}

// How many times each (article, observed time) is a version in the store, read with git itself.
std::map<Version, int> stored(const std::string& store) {
  std::map<Version, int> count;
  std::istringstream ids(
      revisor::test::run_command({"git", "-C", store, "for-each-ref", "--format=%(refname)", "refs/articles/"}).out);
  for (std::string ref; std::getline(ids, ref);) {
    const std::string id = ref.substr(std::string("refs/articles/").size());
    std::istringstream times(revisor::test::run_command(
                                 {"git", "-C", store, "log", "--format=%(trailers:key=Observed-At,valueonly)", ref})
                                 .out);
    for (std::string t; std::getline(times, t);)
      if (!t.empty()) ++count[{id, t}];
  }
  return count;
}

void expect_sound(const std::string& store, const std::set<Version>& must_hold) {
  const auto v = run_revisor({"--store", store, "verify"});
  INFO(v.out << v.err);
  CHECK(v.exit_code == 0);
  const auto held = stored(store);
  for (const auto& [version, n] : held) {
    INFO(version.first << " observed " << version.second);
    CHECK(n == 1);
  }
  for (const auto& version : must_hold) {
    INFO("reported as stored: " << version.first << " observed " << version.second);
    CHECK(held.count(version) == 1);
  }
}

// One kind of ingest to kill: the command for run `n` (its files written into `dir`).
struct Scenario {
  std::string name;
  std::function<std::vector<std::string>(int n, const TempDir& dir)> command;
};

const std::vector<Scenario>& scenarios() {
  static const std::vector<Scenario> all = {
      {"ingest FILE",
       [](int n, const TempDir& dir) {
         const auto file = dir.write("single/v" + std::to_string(n) + ".txt", text_of("kill/single", n));
         return std::vector<std::string>{"ingest", "--article", "kill/single", "--observed-at", at(n), file.string()};
       }},
      {"ingest --manifest",
       [](int n, const TempDir& dir) {
         // Eight versions over four articles; odd runs go back in time, so some are insertions.
         std::string lines;
         for (int k = 0; k < 8; ++k) {
           const std::string id = "kill/manifest-" + std::to_string(k % 4);
           const int minute = (n % 2 ? 30000 - n * 10 : n * 10) + k;
           const std::string file = "v" + std::to_string(n) + "-" + std::to_string(k) + ".txt";
           dir.write("manifest/" + file, text_of(id, n * 10 + k));
           lines += "{\"article\": \"" + id + "\", \"file\": \"" + file + "\", \"observed_at\": \"" + at(minute) +
                    "\"}\n";
         }
         const auto manifest = dir.write("manifest/m" + std::to_string(n) + ".jsonl", lines);
         return std::vector<std::string>{"ingest", "--manifest", manifest.string()};
       }},
  };
  return all;
}

}  // namespace

TEST_CASE("crash safety: SIGKILL at random moments of an ingest loses nothing reported and corrupts nothing",
          "[cli][crash]") {
  const int kills = kill_points();
  const unsigned seed = kill_seed();
  std::mt19937 rng(seed);
  for (const auto& scenario : scenarios()) {
    SECTION(scenario.name) {
      TempDir tmp;
      const std::string store = (tmp / "store").string();
      REQUIRE(run_revisor({"init", store}).exit_code == 0);
      auto run = [&](int n) {
        auto args = scenario.command(n, tmp);
        args.insert(args.begin(), {"--store", store});
        return args;
      };
      // An uninterrupted run sets the range of kill delays: from at once to a little past its end.
      const auto t0 = std::chrono::steady_clock::now();
      const pid_t first = start_revisor(run(0), tmp / "out0", tmp / "err0");
      REQUIRE(first > 0);
      REQUIRE(wait_exit(first) == 0);
      const auto span = std::chrono::duration_cast<std::chrono::microseconds>(std::chrono::steady_clock::now() - t0);
      std::set<Version> must_hold = reported(read_file(tmp / "out0"));
      REQUIRE(!must_hold.empty());
      std::uniform_int_distribution<long> delay(0, span.count() * 6 / 5);
      int killed = 0;
      int locks_left = 0;
      for (int n = 1; n <= kills; ++n) {
        const pid_t pid = start_revisor(run(n), tmp / "out", tmp / "err");
        REQUIRE(pid > 0);
        const int code = kill_after(pid, std::chrono::microseconds(delay(rng)));
        const std::string err = read_file(tmp / "err");
        const auto lock = err.find("rm '");
        if (code == 128 + SIGKILL) ++killed;
        else if (code == 1 && lock != std::string::npos) {
          // A kill left a ref lock: the run names it and the command; run it, as the user would.
          ++locks_left;
          const auto path = err.substr(lock + 4, err.find('\'', lock + 4) - lock - 4);
          CHECK(path.size() > 5);
          CHECK(path.substr(path.size() - 5) == ".lock");
          fs::remove(path);
        } else {
          INFO("run " << n << " ended on its own: " << err);
          CHECK(code == 0);
        }
        const auto got = reported(read_file(tmp / "out"));
        must_hold.insert(got.begin(), got.end());
      }
      WARN(scenario.name << " (REVISOR_KILL_SEED=" << seed << "): " << kills << " kill points tried, " << killed << " runs killed, " << locks_left << " ref locks left and named, "
                         << must_hold.size() << " versions reported as stored");
      expect_sound(store, must_hold);
      // The store takes new versions after all that, each exactly once.
      const auto after = run(kills + 1);
      auto r = run_revisor(after);
      // The last kill may have left ref locks (a batch locks each of its articles): each run names
      // one; remove it as the user would, and rerun.
      for (int tries = 0; tries < 16; ++tries) {
        const auto lock = r.err.find("rm '");
        if (r.exit_code != 1 || lock == std::string::npos) break;
        const auto path = r.err.substr(lock + 4, r.err.find('\'', lock + 4) - lock - 4);
        REQUIRE(path.size() > 5);
        CHECK(path.substr(path.size() - 5) == ".lock");
        fs::remove(path);
        r = run_revisor(after);
      }
      INFO(r.err);
      CHECK(r.exit_code == 0);
      const auto got = reported(r.out);
      must_hold.insert(got.begin(), got.end());
      expect_sound(store, must_hold);
    }
  }
}

TEST_CASE("concurrency: four ingests at once into one article and into their own land each version once",
          "[cli][crash]") {
  TempDir tmp;
  const std::string store = (tmp / "store").string();
  REQUIRE(run_revisor({"init", store}).exit_code == 0);
  constexpr int kWriters = 4;
  constexpr int kEach = 12;
  std::vector<pid_t> pids;
  std::set<Version> expected;
  for (int w = 0; w < kWriters; ++w) {
    // Half of each writer's versions go to the shared article, interleaved in time with the other
    // writers' (so some land as insertions), half to its own article.
    std::string lines;
    for (int k = 0; k < kEach; ++k) {
      const bool shared = k % 2 == 0;
      const std::string id = shared ? "race/shared" : "race/own-" + std::to_string(w);
      const int minute = shared ? (kEach - k) * kWriters + w : k;
      const std::string file = "w" + std::to_string(w) + "-" + std::to_string(k) + ".txt";
      tmp.write("m/" + file, text_of(id, w * 100 + k));
      lines += "{\"article\": \"" + id + "\", \"file\": \"" + file + "\", \"observed_at\": \"" + at(minute) + "\"}\n";
      expected.insert({id, at(minute)});
    }
    const auto manifest = tmp.write("m/w" + std::to_string(w) + ".jsonl", lines);
    pids.push_back(start_revisor({"--store", store, "ingest", "--manifest", manifest.string()},
                                 tmp / ("out" + std::to_string(w)), tmp / ("err" + std::to_string(w))));
  }
  // A fifth process reads the store all the while (`gc` joins here when it lands).
  std::map<pid_t, int> exit_codes;
  while (exit_codes.size() < pids.size()) {
    const auto r = run_revisor({"--store", store, "list"});
    CHECK(r.exit_code == 0);
    for (pid_t p : pids) {
      int status = 0;
      if (!exit_codes.count(p) && waitpid(p, &status, WNOHANG) == p)
        exit_codes[p] = WIFEXITED(status) ? WEXITSTATUS(status) : 128 + WTERMSIG(status);
    }
  }
  for (const auto& [pid, code] : exit_codes) CHECK(code == 0);
  std::set<Version> got;
  for (int w = 0; w < kWriters; ++w) {
    const auto r = reported(read_file(tmp / ("out" + std::to_string(w))));
    INFO(read_file(tmp / ("err" + std::to_string(w))));
    CHECK(r.size() == std::size_t(kEach));
    got.insert(r.begin(), r.end());
  }
  CHECK(got == expected);
  expect_sound(store, expected);
  CHECK(stored(store).size() == expected.size());
}
