#include "text/charset.h"

#include <unicode/ucnv.h>
#include <unicode/unistr.h>

#include <memory>

#include "revisor/base/c_handle.h"

#include "text/dom.h"
#include "text/input_check.h"

namespace revisor::text {
namespace {

using ConverterPtr = std::unique_ptr<UConverter, CDeleter<ucnv_close>>;

std::string lower_trimmed(std::string_view s) {
  const std::size_t b = s.find_first_not_of(" \t\r\n\"'");
  if (b == std::string_view::npos) return {};
  const std::size_t e = s.find_last_not_of(" \t\r\n\"'");
  std::string out(s.substr(b, e - b + 1));
  for (char& c : out) {
    if (c >= 'A' && c <= 'Z') c = static_cast<char>(c + 32);
  }
  return out;
}

// "text/html; charset=ISO-8859-1" -> "iso-8859-1".
std::string charset_from_content_type(std::string_view content) {
  const std::string lower = lower_trimmed(content);
  const std::size_t at = lower.find("charset");
  if (at == std::string::npos) return {};
  std::size_t i = lower.find_first_not_of(' ', at + 7);
  if (i == std::string::npos || lower[i] != '=') return {};
  std::string_view value = std::string_view(lower).substr(i + 1);
  value = value.substr(0, value.find(';'));
  return lower_trimmed(value);
}

}  // namespace

std::string declared_charset(const GumboNode* root) {
  std::string label;
  dom::find_first(root, [&label](const GumboNode* n) {
    if (!dom::is_element(n, GUMBO_TAG_META)) return false;
    if (std::string_view cs = dom::attribute(n, "charset"); !cs.empty()) {
      label = lower_trimmed(cs);
      return true;
    }
    if (lower_trimmed(dom::attribute(n, "http-equiv")) == "content-type") {
      label = charset_from_content_type(dom::attribute(n, "content"));
      return !label.empty();
    }
    return false;
  });
  return label;
}

bool is_utf8_label(std::string_view label) {
  return label.empty() || label == "utf-8" || label == "utf8" || label == "unicode-1-1-utf-8";
}

std::string convert_to_utf8(std::string_view bytes, std::string_view label, std::string_view file_name) {
  std::string name(label);
  if (name == "iso-8859-1" || name == "latin1" || name == "us-ascii" || name == "ascii" || name == "iso8859-1") {
    name = "windows-1252";  // what browsers do, and what such pages really are
  }
  UErrorCode status = U_ZERO_ERROR;
  ConverterPtr conv(ucnv_open(name.c_str(), &status));
  if (U_FAILURE(status) || !conv) {
    refuse_input(file_name, "declares charset \"" + std::string(label) + "\", which ICU cannot convert (" +
                                u_errorName(status) + ")");
  }
  icu::UnicodeString text(bytes.data(), static_cast<int32_t>(bytes.size()), conv.get(), status);
  if (U_FAILURE(status)) {
    refuse_input(file_name, "converting from charset \"" + std::string(label) + "\" failed: " + u_errorName(status));
  }
  std::string out;
  text.toUTF8String(out);
  return out;
}

}  // namespace revisor::text
