#include "revisor/report/format.h"

#include <algorithm>

#include "revisor/base/error.h"

#include "report/renderers.h"

namespace revisor::report {

std::string_view to_string(Format format) noexcept {
  switch (format) {
    case Format::text:
      return "text";
    case Format::markdown:
      return "markdown";
    case Format::json:
      return "json";
    case Format::html:
      return "html";
    case Format::unified:
      return "unified";
  }
  return "text";
}

namespace {

std::string listed(std::span<const Format> formats) {
  std::string list;
  for (std::size_t i = 0; i < formats.size(); ++i) {
    if (i > 0) list += i + 1 == formats.size() ? " or " : ", ";
    list += to_string(formats[i]);
  }
  return list;
}

}  // namespace

Format parse_format(std::string_view name, std::span<const Format> allowed) {
  const std::string_view spelled = name == "md" ? "markdown" : name;
  const auto found =
      std::find_if(allowed.begin(), allowed.end(), [&](Format f) { return to_string(f) == spelled; });
  if (found != allowed.end()) return *found;
  throw Error(ErrorKind::usage, "unknown format '" + std::string(name) + "': use " + listed(allowed));
}

void detail::unsupported_format(std::string_view what, Format format, std::span<const Format> allowed) {
  throw Error(ErrorKind::usage, std::string(what) + " has no " + std::string(to_string(format)) +
                                    " format: use " + listed(allowed));
}

}  // namespace revisor::report
