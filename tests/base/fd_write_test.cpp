// write_all: the whole buffer reaches the file, and a refusal comes back with its errno.
#include "revisor/base/fd_write.h"

#include <fcntl.h>
#include <unistd.h>

#include <catch2/catch.hpp>
#include <cerrno>
#include <string>

#include "support/temp_dir.h"

using revisor::test::read_file;
using revisor::test::TempDir;

TEST_CASE("write_all writes every byte, and reports what the system refused", "[base]") {
  TempDir tmp;
  const auto path = tmp / "out";
  const int fd = ::open(path.c_str(), O_WRONLY | O_CREAT | O_TRUNC | O_CLOEXEC, 0600);
  REQUIRE(fd >= 0);
  std::string big(3 << 20, 'x');  // more than one write(2) to a pipe or a slow disk may take
  big[12345] = 'y';
  CHECK(revisor::write_all(fd, "head\n"));
  CHECK(revisor::write_all(fd, big));
  CHECK(revisor::write_all(fd, ""));
  ::close(fd);
  CHECK(read_file(path) == "head\n" + big);

  SECTION("a full disk") {
    const int full = ::open("/dev/full", O_WRONLY | O_CLOEXEC);
    if (full >= 0) {
      errno = 0;
      CHECK_FALSE(revisor::write_all(full, "lost"));
      CHECK(errno == ENOSPC);
      ::close(full);
    }
  }
  SECTION("a descriptor not open for writing") {
    const int ro = ::open(path.c_str(), O_RDONLY | O_CLOEXEC);
    REQUIRE(ro >= 0);
    errno = 0;
    CHECK_FALSE(revisor::write_all(ro, "lost"));
    CHECK(errno == EBADF);
    ::close(ro);
  }
}
