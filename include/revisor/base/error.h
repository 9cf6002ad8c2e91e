// revisor::Error: the one exception type of revisor. It carries a message that names the file,
// article or value and the problem, and a kind that decides the process exit code.
#pragma once

#include <stdexcept>
#include <string>

namespace revisor {

enum class ErrorKind {
  usage,      // bad command line                         -> exit 2
  bad_input,  // input file or value refused              -> exit 2
  not_found,  // article, version or store does not exist -> exit 2
  conflict,   // a concurrent writer won a compare-and-swap; retried by the store
  store,      // libgit2 or store-format failure          -> exit 1
  io,         // file system failure                      -> exit 1
  internal,   // a bug                                    -> exit 1
};

class Error : public std::runtime_error {
 public:
  Error(ErrorKind kind, const std::string& message);
  ErrorKind kind() const noexcept { return kind_; }
  // 2 for usage, bad_input and not_found; 1 otherwise.
  int exit_code() const noexcept;

 private:
  ErrorKind kind_;
};

}  // namespace revisor
