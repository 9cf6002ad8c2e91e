#include "revisor/base/progress.h"

#include <functional>
#include <stdexcept>
#include <string>
#include <thread>
#include <vector>

#include <catch2/catch.hpp>
#include <fcntl.h>
#include <stdlib.h>
#include <unistd.h>

#include "support/temp_dir.h"

using revisor::Progress;

namespace {

// Runs `body` with standard error pointed at `fd`, restoring it afterwards.
void with_stderr(int fd, const std::function<void()>& body) {
  std::fflush(stderr);
  const int saved = dup(STDERR_FILENO);
  REQUIRE(saved >= 0);
  REQUIRE(dup2(fd, STDERR_FILENO) == STDERR_FILENO);
  body();
  std::fflush(stderr);
  dup2(saved, STDERR_FILENO);
  close(saved);
}

// A pseudo-terminal: its secondary end is what Progress writes to, the primary end what it showed.
struct Pty {
  int primary = -1;
  int secondary = -1;
  Pty() {
    primary = posix_openpt(O_RDWR | O_NOCTTY);
    if (primary < 0 || grantpt(primary) != 0 || unlockpt(primary) != 0) throw std::runtime_error("no pty");
    secondary = open(ptsname(primary), O_RDWR | O_NOCTTY);
    if (secondary < 0) throw std::runtime_error("no pty secondary");
  }
  ~Pty() {
    close(secondary);
    close(primary);
  }
  std::string shown() const {
    const int flags = fcntl(primary, F_GETFL);
    fcntl(primary, F_SETFL, flags | O_NONBLOCK);
    std::string out;
    char buf[4096];
    for (ssize_t n; (n = read(primary, buf, sizeof buf)) > 0;) out.append(buf, static_cast<std::size_t>(n));
    return out;
  }
};

}  // namespace

TEST_CASE("progress: on a terminal the line counts up to the total and is cleared at the end") {
  Pty pty;
  with_stderr(pty.secondary, [] {
    Progress progress("testing", 40, "items");
    std::vector<std::thread> threads;
    for (int t = 0; t < 4; ++t)
      threads.emplace_back([&progress] {
        for (int i = 0; i < 10; ++i) progress.advance();
      });
    for (auto& t : threads) t.join();
  });
  const auto shown = pty.shown();
  CHECK_THAT(shown, Catch::Contains("revisor: testing 40 of 40 items"));
  CHECK_THAT(shown, Catch::EndsWith("\r\033[K"));
}

TEST_CASE("progress: nothing is written when standard error is not a terminal or for one item") {
  revisor::test::TempDir dir;
  const auto log = dir / "stderr";
  const int fd = open(log.c_str(), O_WRONLY | O_CREAT | O_TRUNC, 0644);
  REQUIRE(fd >= 0);
  with_stderr(fd, [] {
    Progress progress("testing", 3, "items");
    for (int i = 0; i < 3; ++i) progress.advance();
  });
  close(fd);
  CHECK(revisor::test::read_file(log).empty());

  Pty pty;
  with_stderr(pty.secondary, [] {
    Progress progress("testing", 1, "items");
    progress.advance();
  });
  CHECK(pty.shown().empty());
}
