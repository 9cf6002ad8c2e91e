// run_revisor / run_command: run a real process (the built revisor binary, or git) with arguments
// and standard input, and capture its exit code, standard output and standard error.
#pragma once

#include <fcntl.h>
#include <spawn.h>
#include <sys/wait.h>
#include <unistd.h>

#include <algorithm>
#include <string>
#include <string_view>
#include <vector>

#include "support/temp_dir.h"

extern char** environ;

namespace revisor::test {

struct RunResult {
  int exit_code = -1;
  std::string out;
  std::string err;
};

// argv[0] is the program (looked up on PATH). Output goes through temp files, so large outputs
// cannot deadlock a pipe. `env` entries ("NAME=value") are added to this process's environment;
// a non-empty `cwd` is the folder the program starts in.
inline RunResult run_command(const std::vector<std::string>& argv, const std::string& input = "",
                             const std::vector<std::string>& env = {}, const std::string& cwd = "") {
  TempDir io;
  auto in_path = io.write("stdin", input);
  auto out_path = io / "stdout";
  auto err_path = io / "stderr";
  posix_spawn_file_actions_t fa;
  posix_spawn_file_actions_init(&fa);
  posix_spawn_file_actions_addopen(&fa, 0, in_path.c_str(), O_RDONLY, 0);
  posix_spawn_file_actions_addopen(&fa, 1, out_path.c_str(), O_WRONLY | O_CREAT | O_TRUNC, 0644);
  posix_spawn_file_actions_addopen(&fa, 2, err_path.c_str(), O_WRONLY | O_CREAT | O_TRUNC, 0644);
  if (!cwd.empty()) posix_spawn_file_actions_addchdir_np(&fa, cwd.c_str());
  std::vector<char*> args;
  for (const auto& a : argv) args.push_back(const_cast<char*>(a.c_str()));
  args.push_back(nullptr);
  // An entry of `env` replaces the variable of the same name (getenv would find the first).
  std::vector<std::string> env_strings;
  for (char** e = environ; *e; ++e) {
    const std::string_view entry(*e);
    const auto overridden = [&](const std::string& x) {
      return x.substr(0, x.find('=') + 1) == entry.substr(0, entry.find('=') + 1);
    };
    if (std::none_of(env.begin(), env.end(), overridden)) env_strings.emplace_back(entry);
  }
  for (const auto& e : env) env_strings.push_back(e);
  std::vector<char*> envp;
  for (auto& e : env_strings) envp.push_back(e.data());
  envp.push_back(nullptr);
  pid_t pid = 0;
  RunResult r;
  int rc = posix_spawnp(&pid, args[0], &fa, nullptr, args.data(), envp.data());
  posix_spawn_file_actions_destroy(&fa);
  if (rc != 0) {
    r.err = "spawn failed: " + argv[0];
    return r;
  }
  int status = 0;
  waitpid(pid, &status, 0);
  r.exit_code = WIFEXITED(status) ? WEXITSTATUS(status) : 128 + WTERMSIG(status);
  r.out = read_file(out_path);
  r.err = read_file(err_path);
  return r;
}

// Runs the revisor binary built with these tests.
inline RunResult run_revisor(std::vector<std::string> args, const std::string& input = "",
                             const std::vector<std::string>& env = {}, const std::string& cwd = "") {
  args.insert(args.begin(), REVISOR_BINARY);
  return run_command(args, input, env, cwd);
}

}  // namespace revisor::test
