#include "text/normalizer.h"

#include <unicode/bytestream.h>
#include <unicode/normalizer2.h>
#include <unicode/utypes.h>

#include "revisor/base/error.h"

namespace revisor::text {
namespace {

void check(UErrorCode status, const char* what) {
  if (U_FAILURE(status)) throw Error(ErrorKind::internal, std::string(what) + ": " + u_errorName(status));
}

// A byte normalize_block copies as it is: not a space, line break, control character, or the first
// byte of a byte order mark.
bool plain_byte(unsigned char c) { return c > 0x20 && c != 0x7F && c != 0xEF; }

}  // namespace

bool is_ascii(std::string_view s) {
  for (char c : s) {
    if (static_cast<unsigned char>(c) >= 0x80) return false;
  }
  return true;
}

bool is_nfc(std::string_view utf8) {
  if (is_ascii(utf8)) return true;  // ASCII is always NFC; the common case stays cheap
  UErrorCode status = U_ZERO_ERROR;
  const icu::Normalizer2* nfc = icu::Normalizer2::getNFCInstance(status);
  check(status, "loading ICU NFC normalizer");
  const bool normalized =
      nfc->isNormalizedUTF8(icu::StringPiece(utf8.data(), static_cast<int32_t>(utf8.size())), status);
  return normalized && U_SUCCESS(status);
}

std::string to_nfc(std::string_view utf8) {
  if (is_nfc(utf8)) return std::string(utf8);
  UErrorCode status = U_ZERO_ERROR;
  const icu::Normalizer2* nfc = icu::Normalizer2::getNFCInstance(status);
  check(status, "loading ICU NFC normalizer");
  icu::StringPiece piece(utf8.data(), static_cast<int32_t>(utf8.size()));
  std::string out;
  out.reserve(utf8.size());
  icu::StringByteSink<std::string> sink(&out);
  nfc->normalizeUTF8(0, piece, sink, nullptr, status);
  check(status, "normalizing text to NFC");
  return out;
}

std::string normalize_line_endings(std::string_view utf8) {
  // Most text has neither carriage returns nor spaces before its line breaks: copied whole. (Found
  // by line break: searching for " \n" stops at every space.)
  bool clean = utf8.find('\r') == std::string_view::npos;
  for (std::size_t nl = utf8.find('\n'); clean && nl != std::string_view::npos; nl = utf8.find('\n', nl + 1))
    clean = nl == 0 || (utf8[nl - 1] != ' ' && utf8[nl - 1] != '\t');
  if (clean) return std::string(utf8);
  std::string out;
  out.reserve(utf8.size());
  for (std::size_t i = 0; i < utf8.size(); ++i) {
    char c = utf8[i];
    if (c == '\r') {
      if (i + 1 < utf8.size() && utf8[i + 1] == '\n') ++i;
      c = '\n';
    }
    if (c == '\n') {
      while (!out.empty() && (out.back() == ' ' || out.back() == '\t')) out.pop_back();
    }
    out.push_back(c);
  }
  return out;
}

bool is_normalized_block(std::string_view utf8) {
  if (utf8.empty()) return true;
  if (utf8.front() == ' ' || utf8.front() == '\n' || utf8.back() == ' ' || utf8.back() == '\n') return false;
  for (std::size_t i = 0; i < utf8.size(); ++i) {
    const auto c = static_cast<unsigned char>(utf8[i]);
    if (plain_byte(c)) continue;
    if (c == 0xEF) {  // a byte order mark goes; other characters starting 0xEF stay
      if (utf8.substr(i, 3) == "\xEF\xBB\xBF") return false;
      continue;
    }
    // A space or a line break, never next to another (the ends were checked above).
    if (c != ' ' && c != '\n') return false;
    const char next = utf8[i + 1];
    if (next == ' ' || next == '\n') return false;
  }
  return true;
}

std::string normalize_block(std::string_view utf8) {
  std::string out;
  out.reserve(utf8.size());
  bool pending_space = false;
  bool pending_newline = false;
  for (std::size_t i = 0; i < utf8.size(); ++i) {
    const auto c = static_cast<unsigned char>(utf8[i]);
    if (c == 0xEF && utf8.substr(i, 3) == "\xEF\xBB\xBF") {  // U+FEFF: a byte order mark, not text
      i += 2;
      continue;
    }
    if (c == '\r' || c == '\n') {
      pending_newline = !out.empty();
      pending_space = false;
      continue;
    }
    if (c < 0x20 || c == 0x7F || c == ' ') {  // tabs and stray control characters count as spaces
      if (!pending_newline) pending_space = !out.empty();
      continue;
    }
    if (pending_newline) {
      out.push_back('\n');
    } else if (pending_space) {
      out.push_back(' ');
    }
    pending_newline = pending_space = false;
    // The rest of the line in one append (byte-at-a-time pushes were a tenth of a bulk ingest): a
    // single space between plain bytes is kept as it is, as the pending space would write it.
    std::size_t end = i + 1;
    while (end < utf8.size() &&
           (plain_byte(static_cast<unsigned char>(utf8[end])) ||
            (utf8[end] == ' ' && end + 1 < utf8.size() && plain_byte(static_cast<unsigned char>(utf8[end + 1])))))
      ++end;
    out.append(utf8.data() + i, end - i);
    i = end - 1;
  }
  return out;
}

}  // namespace revisor::text
