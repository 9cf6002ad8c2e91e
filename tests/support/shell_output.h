// Running a shell command from a test (git, to check what revisor wrote with git itself): its
// standard output and error together, the test failing when the command fails.
#pragma once

#include <catch2/catch.hpp>

#include <cstdio>
#include <string>

namespace revisor::test {

inline std::string shell_output(const std::string& command) {
  std::string out;
  FILE* pipe = ::popen((command + " 2>&1").c_str(), "r");
  REQUIRE(pipe != nullptr);
  char buf[4096];
  std::size_t n;
  while ((n = std::fread(buf, 1, sizeof buf, pipe)) > 0) out.append(buf, n);
  const int status = ::pclose(pipe);
  INFO(command << "\n" << out);
  REQUIRE(status == 0);
  return out;
}

}  // namespace revisor::test
