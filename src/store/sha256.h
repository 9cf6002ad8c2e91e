// SHA-256 of the ingested source bytes, recorded in meta.json so the evidence can be checked
// independently of git's own (SHA-1) object ids. Uses OpenSSL's libcrypto.
#pragma once

#include <string>
#include <string_view>

namespace revisor::store {

// 64 lower-case hex digits. Throws Error(internal) if libcrypto fails.
std::string sha256_hex(std::string_view bytes);

}  // namespace revisor::store
