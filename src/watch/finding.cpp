#include "revisor/watch/finding.h"

#include <fmt/core.h>

#include <nlohmann/json.hpp>

#include "revisor/base/terminal_text.h"

namespace revisor::watch {

std::string_view to_string(FindingKind kind) noexcept {
  switch (kind) {
    case FindingKind::new_article: return "new_article";
    case FindingKind::new_version: return "new_version";
    case FindingKind::notice: return "notice";
    case FindingKind::stealth_edit: return "stealth_edit";
    case FindingKind::removed_notice: return "removed_notice";
    case FindingKind::gone: return "gone";
    case FindingKind::returned: return "returned";
  }
  return "unknown";
}

std::string finding_text(const Finding& f) {
  std::string line = fmt::format("{} {} {}", to_iso8601(f.at), to_string(f.kind), f.article);
  if (f.version > 0) line += fmt::format(" v{}", f.version);
  if (!f.label.empty()) line += fmt::format(" {}", f.label);
  if (!f.severity.empty()) line += fmt::format(" ({})", f.severity);
  if (!f.text.empty()) line += fmt::format(": {}", f.text);
  return terminal_sanitize(line);
}

std::string finding_json(const Finding& f) {
  nlohmann::ordered_json j;
  j["kind"] = to_string(f.kind);
  j["article"] = f.article;
  j["url"] = f.url;
  j["version"] = f.version;
  j["at"] = to_iso8601(f.at);
  j["label"] = f.label;
  j["text"] = f.text;
  if (!f.severity.empty()) j["severity"] = f.severity;
  // Page text may hold invalid UTF-8 only if extraction let it through; replace rather than throw.
  return j.dump(-1, ' ', false, nlohmann::json::error_handler_t::replace);
}

}  // namespace revisor::watch
