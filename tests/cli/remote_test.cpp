// revisor remote / push / pull end to end: two stores share a bare repository served by a real
// `git daemon` on 127.0.0.1, and a plain `git clone --mirror` of a store is a store.
#include <arpa/inet.h>
#include <fcntl.h>
#include <netinet/in.h>
#include <signal.h>
#include <spawn.h>
#include <sys/socket.h>
#include <sys/wait.h>
#include <unistd.h>

#include <catch2/catch.hpp>
#include <chrono>
#include <string>
#include <thread>
#include <vector>

#include "support/run_revisor.h"
#include "support/temp_dir.h"

using namespace revisor::test;

namespace {

int free_port() {
  const int fd = socket(AF_INET, SOCK_STREAM, 0);
  sockaddr_in addr{};
  addr.sin_family = AF_INET;
  addr.sin_addr.s_addr = htonl(INADDR_LOOPBACK);
  REQUIRE(bind(fd, reinterpret_cast<sockaddr*>(&addr), sizeof addr) == 0);
  socklen_t len = sizeof addr;
  getsockname(fd, reinterpret_cast<sockaddr*>(&addr), &len);
  close(fd);
  return ntohs(addr.sin_port);
}

bool accepts(int port) {
  const int fd = socket(AF_INET, SOCK_STREAM, 0);
  sockaddr_in addr{};
  addr.sin_family = AF_INET;
  addr.sin_port = htons(static_cast<uint16_t>(port));
  addr.sin_addr.s_addr = htonl(INADDR_LOOPBACK);
  const bool ok = connect(fd, reinterpret_cast<sockaddr*>(&addr), sizeof addr) == 0;
  close(fd);
  return ok;
}

// `git daemon` serving the bare repositories under `base`, pushes allowed, for the test's lifetime.
struct GitDaemon {
  pid_t pid = -1;
  int port = 0;
  explicit GitDaemon(const std::filesystem::path& base) {
    port = free_port();
    std::vector<std::string> argv{"git", "daemon", "--reuseaddr", "--listen=127.0.0.1",
                                  "--port=" + std::to_string(port), "--base-path=" + base.string(),
                                  "--export-all", "--enable=receive-pack", base.string()};
    std::vector<char*> args;
    for (auto& a : argv) args.push_back(a.data());
    args.push_back(nullptr);
    // The daemon's own log (a client hanging up, say) goes to a file beside the repositories.
    posix_spawn_file_actions_t fa;
    posix_spawn_file_actions_init(&fa);
    posix_spawn_file_actions_addopen(&fa, 2, (base.parent_path() / "daemon.log").c_str(), O_WRONLY | O_CREAT | O_TRUNC, 0644);
    const int rc = posix_spawnp(&pid, "git", &fa, nullptr, args.data(), environ);
    posix_spawn_file_actions_destroy(&fa);
    REQUIRE(rc == 0);
    for (int i = 0; i < 200 && !accepts(port); ++i) std::this_thread::sleep_for(std::chrono::milliseconds(50));
    REQUIRE(accepts(port));
  }
  ~GitDaemon() {
    kill(pid, SIGTERM);
    waitpid(pid, nullptr, 0);
  }
};

void ingest(const std::string& store, TempDir& files, const std::string& id, const std::string& body,
            const std::string& at) {
  const auto file = files.write(id + at.substr(0, 13) + ".txt", "Harbor budget\n\n" + body + "\n");
  const auto r = run_revisor({"--store", store, "ingest", "--article", id, "--observed-at", at, file.string()});
  REQUIRE(r.exit_code == 0);
}

// The article's versions as `revisor log` prints them (number, observed time, size, commit).
std::string versions(const std::string& store, const std::string& id) {
  const auto r = run_revisor({"--store", store, "log", id});
  REQUIRE(r.exit_code == 0);
  return r.out;
}

}  // namespace

TEST_CASE("two stores share one archive through git daemon: diverged versions merge, nothing lost", "[cli]") {
  TempDir tmp, files;
  const std::string a = (tmp / "a").string(), b = (tmp / "b").string();
  const auto served = tmp / "served";
  std::filesystem::create_directories(served);
  REQUIRE(run_command({"git", "init", "--quiet", "--bare", (served / "news.git").string()}).exit_code == 0);
  GitDaemon daemon(served);
  const std::string url = "git://127.0.0.1:" + std::to_string(daemon.port) + "/news.git";
  for (const auto& s : {a, b}) {
    REQUIRE(run_revisor({"init", s}).exit_code == 0);
    const auto added = run_revisor({"--store", s, "remote", "add", "origin", url});
    REQUIRE(added.exit_code == 0);
  }
  CHECK(run_revisor({"--store", a, "remote", "list"}).out == "origin\t" + url + "\n");

  ingest(a, files, "harbor", "The council approved the budget.", "2024-05-01T09:00:00Z");
  auto pushed = run_revisor({"--store", a, "push"});
  INFO(pushed.err);
  REQUIRE(pushed.exit_code == 0);
  CHECK(pushed.out == "pushed origin: 1 sent, 0 already there, 0 not sent\n");
  auto pulled = run_revisor({"--store", b, "pull"});
  INFO(pulled.err);
  REQUIRE(pulled.exit_code == 0);
  CHECK(pulled.out == "pulled origin: 1 article: 1 new, 0 moved forward, 0 merged, 0 unchanged; 1 version added\n");

  // Each store sees a version the other misses.
  ingest(a, files, "harbor", "The council approved a smaller budget.", "2024-05-01T12:00:00Z");
  ingest(b, files, "harbor", "The council delayed the budget.", "2024-05-01T11:00:00Z");
  REQUIRE(run_revisor({"--store", a, "push"}).exit_code == 0);
  const auto refused = run_revisor({"--store", b, "push", "origin"});
  CHECK(refused.exit_code == 1);
  CHECK(refused.err.find("not pushed: harbor: the remote holds versions this store lacks") != std::string::npos);
  CHECK(refused.err.find("revisor pull origin && revisor push origin") != std::string::npos);
  pulled = run_revisor({"--store", b, "pull", "origin"});
  REQUIRE(pulled.exit_code == 0);
  CHECK(pulled.out.find("1 merged") != std::string::npos);
  REQUIRE(run_revisor({"--store", b, "push"}).exit_code == 0);
  REQUIRE(run_revisor({"--store", a, "pull"}).exit_code == 0);

  const std::string merged = versions(b, "harbor");
  CHECK(versions(a, "harbor") == merged);
  CHECK(merged.find("09:00:00") < merged.find("11:00:00"));
  CHECK(merged.find("11:00:00") < merged.find("12:00:00"));
  for (const auto& s : {a, b}) CHECK(run_revisor({"--store", s, "verify"}).exit_code == 0);
  // The audit of the merged chain compares each version with the one observed before it.
  const auto audit = run_revisor({"--store", a, "audit", "--article", "harbor", "--format", "jsonl"});
  CHECK(audit.exit_code == 0);
}

TEST_CASE("git clone --mirror of a store is a store, and push and pull name what is wrong", "[cli]") {
  TempDir tmp, files;
  const std::string a = (tmp / "a").string();
  REQUIRE(run_revisor({"init", a}).exit_code == 0);
  ingest(a, files, "harbor", "The council approved the budget.", "2024-05-01T09:00:00Z");
  const std::string copy = (tmp / "copy.git").string();
  REQUIRE(run_command({"git", "clone", "--quiet", "--mirror", a, copy}).exit_code == 0);
  CHECK(run_revisor({"--store", copy, "verify"}).exit_code == 0);
  CHECK(run_revisor({"--store", copy, "list"}).out.find("harbor") != std::string::npos);

  const auto none = run_revisor({"--store", a, "push"});
  CHECK(none.exit_code == 2);
  CHECK(none.err.find("revisor remote add NAME URL") != std::string::npos);
  const auto unknown = run_revisor({"--store", a, "pull", "team"});
  CHECK(unknown.exit_code == 2);
  CHECK(unknown.err.find("no remote \"team\"") != std::string::npos);
  REQUIRE(run_revisor({"--store", a, "remote", "add", "gone", (tmp / "missing.git").string()}).exit_code == 0);
  const auto before = snapshot(a);
  const auto failed = run_revisor({"--store", a, "pull", "gone"});
  CHECK(failed.exit_code == 1);
  CHECK(failed.err.find("fetching from the remote gone") != std::string::npos);
  CHECK(snapshot(a) == before);
  CHECK(run_revisor({"--store", a, "remote", "add", "gone", "/x"}).exit_code == 2);
  CHECK(run_revisor({"--store", a, "remote", "remove", "gone"}).exit_code == 0);
  CHECK(run_revisor({"--store", a, "remote", "list"}).out.empty());
}

TEST_CASE("a remote added by a relative path is recorded in full, so pull works from anywhere", "[cli]") {
  TempDir tmp, files;
  const std::string cwd = tmp.path().string();
  REQUIRE(run_revisor({"init", "a"}, "", {}, cwd).exit_code == 0);
  REQUIRE(run_revisor({"init", "b"}, "", {}, cwd).exit_code == 0);
  ingest((tmp / "a").string(), files, "harbor", "The council approved the budget.", "2024-05-01T09:00:00Z");

  const auto added = run_revisor({"--store", "b", "remote", "add", "origin", "./a"}, "", {}, cwd);
  REQUIRE(added.exit_code == 0);
  const std::string full = (tmp / "a").string();
  CHECK(added.out == "added remote origin " + full + "\n");
  CHECK(run_revisor({"--store", "b", "remote", "list"}, "", {}, cwd).out == "origin\t" + full + "\n");
  // From inside the store, where "./a" would name nothing.
  const auto pulled = run_revisor({"pull", "origin"}, "", {}, (tmp / "b").string());
  CHECK(pulled.err.empty());
  CHECK(pulled.exit_code == 0);
  CHECK(versions((tmp / "b").string(), "harbor") == versions(full, "harbor"));

  // A relative URL already in a store's config (git remote add, or an older revisor) is named.
  REQUIRE(
      run_command({"git", "--git-dir", (tmp / "b").string(), "config", "remote.old.url", "a"}).exit_code ==
      0);
  const auto before = snapshot((tmp / "b").string());
  const auto old = run_revisor({"pull", "old"}, "", {}, (tmp / "b").string());
  CHECK(old.exit_code == 1);
  CHECK_THAT(old.err, Catch::Contains("the remote old is the relative path a") &&
                          Catch::Contains("revisor remote add old PATH"));
  CHECK(snapshot((tmp / "b").string()) == before);
}
