// End to end: a store as a killed process or a full disk leaves it (a stale ref lock, a config.lock,
// a half-written pack), and a store of a newer format. Each is recovered or explained with the
// command that fixes it, and nothing stored is changed.
#include <signal.h>
#include <sys/resource.h>
#include <sys/wait.h>
#include <unistd.h>

#include <chrono>
#include <filesystem>
#include <fstream>
#include <random>
#include <string>
#include <vector>

#include <catch2/catch.hpp>

#include "support/run_revisor.h"
#include "support/store_state.h"
#include "support/temp_dir.h"

using revisor::test::read_file;
using revisor::test::run_command;
using revisor::test::run_revisor;
using revisor::test::RunResult;
using revisor::test::store_state;
using revisor::test::TempDir;

namespace {

namespace fs = std::filesystem;

struct Store {
  TempDir tmp;
  std::string dir = (tmp / "store").string();
  Store() {
    REQUIRE(run_revisor({"init", dir}).exit_code == 0);
    REQUIRE(ingest("a/one", "2024-03-12T10:00:00Z", "Harbour plan\n\nThe expansion will cost 48 million.\n")
                .exit_code == 0);
  }
  RunResult run(std::vector<std::string> args) const {
    args.insert(args.begin(), {"--store", dir});
    return run_revisor(args);
  }
  RunResult ingest(const std::string& id, const std::string& at, const std::string& text) const {
    const auto file = tmp.write("in/" + at + ".txt", text);
    return run({"ingest", "--article", id, "--observed-at", at, file.string()});
  }
  void expect_verified() const {
    const auto v = run({"verify"});
    INFO(v.out << v.err);
    CHECK(v.exit_code == 0);
  }
};

// Runs revisor with the size of any file it writes capped at `max_bytes` (RLIMIT_FSIZE) and SIGXFSZ
// ignored, so a write past the cap fails with EFBIG as on a full disk.
RunResult run_with_file_size_limit(std::vector<std::string> args, rlim_t max_bytes) {
  TempDir io;
  const auto out = io / "out";
  const auto err = io / "err";
  args.insert(args.begin(), REVISOR_BINARY);
  std::vector<char*> argv;
  for (auto& a : args) argv.push_back(a.data());
  argv.push_back(nullptr);
  const pid_t pid = fork();
  if (pid == 0) {
    if (!freopen(out.c_str(), "w", stdout) || !freopen(err.c_str(), "w", stderr)) _exit(127);
    signal(SIGXFSZ, SIG_IGN);
    const rlimit limit{max_bytes, max_bytes};
    setrlimit(RLIMIT_FSIZE, &limit);
    execv(argv[0], argv.data());
    _exit(127);
  }
  int status = 0;
  waitpid(pid, &status, 0);
  RunResult r;
  r.exit_code = WIFEXITED(status) ? WEXITSTATUS(status) : 128 + WTERMSIG(status);
  r.out = read_file(out);
  r.err = read_file(err);
  return r;
}

// Text zlib cannot shrink much: random words.
std::string incompressible_article(std::size_t bytes) {
  std::mt19937 rng(7);
  std::string text = "Big article\n\n";
  while (text.size() < bytes) {
    for (int i = 0, n = 3 + static_cast<int>(rng() % 8); i < n; ++i) text += static_cast<char>('a' + rng() % 26);
    text += rng() % 15 == 0 ? ".\n\n" : " ";
  }
  return text + "end.\n";
}

}  // namespace

TEST_CASE("faults: a stale ref lock is explained with the command that removes it", "[cli][faults]") {
  Store s;
  const fs::path lock = fs::path(s.dir) / "refs" / "articles" / "a" / "one.lock";
  fs::create_directories(lock.parent_path());
  { std::ofstream(lock) << "0000000000000000000000000000000000000000\n"; }
  fs::last_write_time(lock, fs::file_time_type::clock::now() - std::chrono::minutes(10));
  const auto refs_before = store_state(s.dir).refs;
  const auto r = s.ingest("a/one", "2024-03-12T11:00:00Z", "Harbour plan\n\nThe expansion will cost 52 million.\n");
  INFO(r.err);
  CHECK(r.exit_code == 1);
  CHECK(r.err.find("refs/articles/a/one is locked") != std::string::npos);
  CHECK(r.err.find("rm '" + lock.string() + "'") != std::string::npos);
  CHECK(store_state(s.dir).refs == refs_before);
  CHECK(fs::exists(lock));  // never removed behind the user's back
  // Other articles are not held up, and the command given is the whole fix.
  CHECK(s.ingest("b/two", "2024-03-12T11:00:00Z", "Other\n\nAnother article entirely.\n").exit_code == 0);
  fs::remove(lock);
  CHECK(s.ingest("a/one", "2024-03-12T11:00:00Z", "Harbour plan\n\nThe expansion will cost 52 million.\n")
            .exit_code == 0);
  CHECK(run_command({"git", "-C", s.dir, "rev-list", "--count", "refs/articles/a/one"}).out == "2\n");
  s.expect_verified();
}

TEST_CASE("faults: a leftover config.lock and half-written packs do not stop or damage the store",
          "[cli][faults]") {
  Store s;
  const fs::path root(s.dir);
  { std::ofstream(root / "config.lock") << "[core]\n"; }
  fs::create_directories(root / "objects" / "pack");
  { std::ofstream(root / "objects" / "pack" / "tmp_pack_Ab12Cd") << "PACK\0\0\0\2 half"; }
  { std::ofstream(root / "objects" / "pack" / "pack-0123456789abcdef0123456789abcdef01234567.pack") << "PACK"; }
  fs::create_directories(root / "objects" / "ab");
  { std::ofstream(root / "objects" / "ab" / "tmp_object_git2_x") << "half"; }
  const auto before = store_state(s.dir);
  s.expect_verified();
  CHECK(s.run({"list"}).exit_code == 0);
  CHECK(store_state(s.dir) == before);
  const auto r = s.ingest("a/one", "2024-03-12T11:00:00Z", "Harbour plan\n\nThe expansion will cost 52 million.\n");
  INFO(r.err);
  CHECK(r.exit_code == 0);
  CHECK(run_command({"git", "-C", s.dir, "rev-list", "--count", "refs/articles/a/one"}).out == "2\n");
  s.expect_verified();
  CHECK(run_command({"git", "-C", s.dir, "fsck", "--no-dangling"}).exit_code == 0);
}

TEST_CASE("faults: a store of a newer format is refused, not misread", "[cli][faults]") {
  Store s;
  REQUIRE(run_command({"git", "-C", s.dir, "config", "revisor.format", "2"}).exit_code == 0);
  const auto before = store_state(s.dir);
  for (const std::vector<std::string>& args :
       {std::vector<std::string>{"list"}, {"log", "a/one"}, {"verify"}, {"audit"}}) {
    const auto r = s.run(args);
    INFO(args[0] << ": " << r.err);
    CHECK(r.exit_code == 1);
    CHECK(r.err.find("format 2") != std::string::npos);
    CHECK(r.err.find("newer revisor") != std::string::npos);
  }
  CHECK(s.ingest("a/one", "2024-03-12T11:00:00Z", "Harbour plan\n\nThe expansion will cost 52 million.\n")
            .exit_code == 1);
  CHECK(store_state(s.dir) == before);
}

TEST_CASE("faults: a full disk while ingesting names what failed and leaves the store as it was",
          "[cli][faults]") {
  Store s;
  const auto before = store_state(s.dir);
  const auto big = s.tmp.write("big.txt", incompressible_article(3 << 20));
  // Under the cap of 256 KiB the source is readable, but its compressed blob cannot be written.
  const auto r = run_with_file_size_limit(
      {"--store", s.dir, "ingest", "--article", "a/one", "--observed-at", "2024-03-12T11:00:00Z", big.string()},
      256 << 10);
  INFO(r.out << r.err);
  CHECK(r.exit_code == 1);
  CHECK(r.err.find("error") != std::string::npos);
  CHECK(r.err.find("a/one") != std::string::npos);
  CHECK(r.err.find("File too large") != std::string::npos);
  const auto after = store_state(s.dir);
  CHECK(after.refs == before.refs);
  CHECK(after.locks.empty());
  s.expect_verified();
  // With room again, the same ingest succeeds.
  CHECK(s.run({"ingest", "--article", "a/one", "--observed-at", "2024-03-12T11:00:00Z", big.string()}).exit_code == 0);
  s.expect_verified();
}
