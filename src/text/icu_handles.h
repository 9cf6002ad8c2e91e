// RAII for ICU's C handles used by the text layer, and the one way ICU failures become errors.
#pragma once

#include <unicode/utext.h>
#include <unicode/utypes.h>

#include <memory>
#include <string>

#include "revisor/base/c_handle.h"
#include "revisor/base/error.h"

namespace revisor::text {

using UTextPtr = std::unique_ptr<UText, CDeleter<utext_close>>;

// Throws Error(internal) with ICU's own name for the failure and what revisor was doing.
inline void check_icu(UErrorCode status, const char* doing) {
  if (U_FAILURE(status)) throw Error(ErrorKind::internal, std::string(doing) + ": " + u_errorName(status));
}

}  // namespace revisor::text
