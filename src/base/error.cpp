#include "revisor/base/error.h"

namespace revisor {

Error::Error(ErrorKind kind, const std::string& message) : std::runtime_error(message), kind_(kind) {}

int Error::exit_code() const noexcept {
  switch (kind_) {
    case ErrorKind::usage:
    case ErrorKind::bad_input:
    case ErrorKind::not_found:
      return 2;
    case ErrorKind::conflict:
    case ErrorKind::store:
    case ErrorKind::io:
    case ErrorKind::internal:
      return 1;
  }
  return 1;
}

}  // namespace revisor
