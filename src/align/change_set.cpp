#include "revisor/align/change_set.h"

#include <algorithm>

namespace revisor::align {

std::string_view to_string(SentenceOp op) noexcept {
  switch (op) {
    case SentenceOp::equal: return "equal";
    case SentenceOp::insert: return "insert";
    case SentenceOp::remove: return "delete";
    case SentenceOp::modify: return "modify";
    case SentenceOp::move: return "move";
    case SentenceOp::split: return "split";
    case SentenceOp::merge: return "merge";
  }
  return "equal";
}

std::string_view to_string(EditOp op) noexcept {
  switch (op) {
    case EditOp::replace: return "replace";
    case EditOp::insert: return "insert";
    case EditOp::remove: return "delete";
  }
  return "replace";
}

bool SentenceChange::typographic_only() const noexcept {
  return !edits.empty() &&
         std::all_of(edits.begin(), edits.end(), [](const WordEdit& e) { return e.typographic; });
}

}  // namespace revisor::align
