#include "revisor/text/accents.h"

#include <unicode/normalizer2.h>
#include <unicode/uchar.h>
#include <unicode/utf8.h>

#include "revisor/base/error.h"
#include "text/normalizer.h"

namespace revisor::text {
namespace {

const icu::Normalizer2& nfd() {
  static const icu::Normalizer2* instance = [] {
    UErrorCode status = U_ZERO_ERROR;
    const icu::Normalizer2* n = icu::Normalizer2::getNFDInstance(status);
    if (U_FAILURE(status)) {
      throw Error(ErrorKind::internal, std::string("loading ICU NFD normalizer: ") + u_errorName(status));
    }
    return n;
  }();
  return *instance;
}

void append_utf8(std::string& out, UChar32 c) {
  char buf[U8_MAX_LENGTH];
  int32_t n = 0;
  UBool error = false;
  U8_APPEND(buf, n, U8_MAX_LENGTH, c, error);
  if (!error) out.append(buf, static_cast<std::size_t>(n));
}

constexpr UChar32 kDiaeresis = 0x0308;

std::string strip_marks(std::string_view s, bool keep_diaeresis) {
  if (is_ascii(s)) return std::string(s);
  const auto& decompose = nfd();
  std::string out;
  out.reserve(s.size());
  for (int32_t i = 0; i < static_cast<int32_t>(s.size());) {
    UChar32 c;
    U8_NEXT(s.data(), i, static_cast<int32_t>(s.size()), c);
    if (c < 0) continue;
    if (c < 0x80) {
      out.push_back(static_cast<char>(c));
      continue;
    }
    icu::UnicodeString parts;
    if (!decompose.getDecomposition(c, parts)) parts = icu::UnicodeString(c);
    if (keep_diaeresis && parts.indexOf(static_cast<char16_t>(kDiaeresis)) >= 0) {
      append_utf8(out, c);  // "ü" stays "ü"
      continue;
    }
    for (int32_t j = 0; j < parts.length();) {
      const UChar32 p = parts.char32At(j);
      j += U16_LENGTH(p);
      if (u_charType(p) != U_NON_SPACING_MARK) append_utf8(out, p);
    }
  }
  return out;
}

}  // namespace

std::string without_accents(std::string_view s) { return strip_marks(s, false); }

std::string name_without_accents(std::string_view s) { return strip_marks(s, true); }

bool starts_with_capital(std::string_view word) {
  UChar32 first = -1;
  int32_t at = 0;
  if (!word.empty()) U8_NEXT(word.data(), at, static_cast<int32_t>(word.size()), first);
  return first >= 0 && (u_isupper(first) || u_istitle(first));
}

bool same_but_accents(std::string_view a, std::string_view b) {
  if (a == b || (is_ascii(a) && is_ascii(b))) return false;
  return without_accents(a) == without_accents(b);
}

}  // namespace revisor::text
