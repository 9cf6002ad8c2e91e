#include "revisor/analyze/audit.h"

namespace revisor::analyze {

std::string_view to_string(NoticeKind k) noexcept {
  switch (k) {
    case NoticeKind::correction: return "correction";
    case NoticeKind::clarification: return "clarification";
    case NoticeKind::update: return "update";
    case NoticeKind::editors_note: return "editors_note";
    case NoticeKind::retraction: return "retraction";
  }
  return "correction";
}

std::string_view to_string(Category c) noexcept {
  switch (c) {
    case Category::date: return "date";
    case Category::number: return "number";
    case Category::name: return "name";
    case Category::title: return "title";
    case Category::quote: return "quote";
    case Category::attribution: return "attribution";
    case Category::location: return "location";
    case Category::negation: return "negation";
    case Category::fact: return "fact";
    case Category::other: return "other";
    case Category::typo: return "typo";
    case Category::typographic: return "typographic";
    case Category::style: return "style";
  }
  return "other";
}

std::string_view to_string(NoticeStatus s) noexcept {
  return s == NoticeStatus::supported ? "supported" : "unsupported";
}

std::string_view to_string(TypeSource s) noexcept {
  switch (s) {
    case TypeSource::wording: return "wording";
    case TypeSource::restated: return "restated";
    case TypeSource::change: return "change";
    case TypeSource::unstated: return "unstated";
  }
  return "unstated";
}

std::string_view to_string(ChangeKind k) noexcept {
  switch (k) {
    case ChangeKind::edit: return "edit";
    case ChangeKind::addition: return "addition";
    case ChangeKind::removal: return "removal";
  }
  return "edit";
}

std::string_view to_string(Severity s) noexcept {
  switch (s) {
    case Severity::low: return "low";
    case Severity::medium: return "medium";
    case Severity::high: return "high";
  }
  return "low";
}

bool is_substantive(Category c) noexcept {
  return c != Category::typo && c != Category::typographic && c != Category::style;
}

}  // namespace revisor::analyze
