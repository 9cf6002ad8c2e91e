// ArticleVersion: one observed version of an article, its metadata plus its segmented Document.
// It lives in text (not store) so analyze and report can use histories without seeing the store.
#pragma once

#include <cstdint>
#include <string>

#include "revisor/base/timestamp.h"

#include "revisor/text/document.h"

namespace revisor::text {

struct VersionMeta {
  int number = 0;           // 1-based, chronological: 1 is the oldest version
  std::string commit;       // hex id of the version's commit in the store, empty when not stored
  Timestamp observed_at;    // when the version was seen (the commit time in the store)
  std::string url;
  std::string headline;
  std::uint64_t bytes = 0;  // size of article.txt
};

// Something that happened to an article's page between versions: "gone" (it answered 404 or 410,
// or redirected to another article; `detail` says which) or "returned" (it answered again).
struct PageEvent {
  Timestamp at;
  std::string kind;
  std::string detail;
  friend bool operator==(const PageEvent&, const PageEvent&) = default;
};

struct ArticleVersion {
  VersionMeta meta;
  Document document;
};

}  // namespace revisor::text
