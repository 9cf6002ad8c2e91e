// start_revisor / kill_after: start the real revisor binary in the background (output to files), and
// end it with SIGKILL after a delay, as a crash or a power cut would, or let it finish.
#pragma once

#include <fcntl.h>
#include <signal.h>
#include <spawn.h>
#include <sys/wait.h>
#include <unistd.h>

#include <chrono>
#include <filesystem>
#include <string>
#include <thread>
#include <vector>

extern char** environ;

namespace revisor::test {

// The process id, or -1 when it could not be started. Standard input is `in` (default: nothing).
inline pid_t start_revisor(std::vector<std::string> args, const std::filesystem::path& out,
                           const std::filesystem::path& err, const std::filesystem::path& in = "/dev/null") {
  args.insert(args.begin(), REVISOR_BINARY);
  posix_spawn_file_actions_t fa;
  posix_spawn_file_actions_init(&fa);
  posix_spawn_file_actions_addopen(&fa, 0, in.c_str(), O_RDONLY, 0);
  posix_spawn_file_actions_addopen(&fa, 1, out.c_str(), O_WRONLY | O_CREAT | O_TRUNC, 0644);
  posix_spawn_file_actions_addopen(&fa, 2, err.c_str(), O_WRONLY | O_CREAT | O_TRUNC, 0644);
  std::vector<char*> argv;
  for (auto& a : args) argv.push_back(a.data());
  argv.push_back(nullptr);
  pid_t pid = -1;
  const int rc = posix_spawn(&pid, argv[0], &fa, nullptr, argv.data(), environ);
  posix_spawn_file_actions_destroy(&fa);
  return rc == 0 ? pid : -1;
}

// Waits for `pid`; returns its exit code, or 128 + the signal that ended it.
inline int wait_exit(pid_t pid) {
  int status = 0;
  waitpid(pid, &status, 0);
  return WIFEXITED(status) ? WEXITSTATUS(status) : 128 + WTERMSIG(status);
}

// Sends SIGKILL after `delay` (a process that already ended is only reaped) and returns wait_exit.
inline int kill_after(pid_t pid, std::chrono::microseconds delay) {
  std::this_thread::sleep_for(delay);
  kill(pid, SIGKILL);
  return wait_exit(pid);
}

}  // namespace revisor::test
