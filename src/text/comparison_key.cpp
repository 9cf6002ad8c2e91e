#include "text/comparison_key.h"

#include <unicode/uchar.h>
#include <unicode/utf8.h>

namespace revisor::text {
namespace {

UChar32 fold_char(UChar32 c) {
  switch (c) {
    case 0x2018: case 0x2019: case 0x201A: case 0x201B: case 0x2032: case 0x00B4: case 0x0060:
    case 0x02BC: case 0xFF07:
      return '\'';
    case 0x201C: case 0x201D: case 0x201E: case 0x201F: case 0x2033: case 0x00AB: case 0x00BB:
    case 0xFF02:
      return '"';
    case 0x2010: case 0x2011: case 0x2012: case 0x2013: case 0x2014: case 0x2015: case 0x2212:
    case 0xFE58: case 0xFE63: case 0xFF0D:
      return '-';
    case 0x00A0: case 0x2007: case 0x202F: case 0x2009: case 0x200A: case 0x2002: case 0x2003:
      return ' ';
    case 0x2026:
      return 0x2026;  // an ellipsis character stays one character; "..." is three tokens' worth
    default:
      return u_foldCase(c, U_FOLD_CASE_DEFAULT);
  }
}

}  // namespace

void append_comparison_key(std::string& out, std::string_view s) {
  for (std::size_t i = 0; i < s.size();) {
    const auto b = static_cast<unsigned char>(s[i]);
    if (b < 0x80) {  // ASCII fast path: most of every news text
      out.push_back(static_cast<char>(b >= 'A' && b <= 'Z' ? b + 32 : b));
      ++i;
      continue;
    }
    UChar32 c;
    U8_NEXT(s.data(), i, s.size(), c);
    if (c < 0) continue;
    c = fold_char(c);
    char buf[4];
    std::size_t n = 0;
    UBool err = false;
    U8_APPEND(buf, n, 4, c, err);
    if (!err) out.append(buf, n);
  }
}

}  // namespace revisor::text
