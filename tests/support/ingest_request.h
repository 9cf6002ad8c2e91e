// A plain-text version for store tests: what ingest hands the store for a text file of a headline
// and one paragraph, seen at a time the test chooses.
#pragma once

#include <string>

#include "revisor/base/article_id.h"
#include "revisor/base/timestamp.h"
#include "revisor/store/article_store.h"

namespace revisor::test {

inline store::IngestRequest text_version(const std::string& id, const std::string& headline,
                                         const std::string& body, const std::string& observed_at) {
  store::IngestRequest r{ArticleId(id), {}, {}, {}, {}, {}, {}, {}, {}};
  r.extracted.headline = headline;
  r.extracted.paragraphs = {body};
  r.extracted.format = "text";
  r.source_bytes = headline + "\n\n" + body;
  r.source_name = "v.txt";
  r.source_ext = "txt";
  r.observed_at = parse_timestamp(observed_at);
  return r;
}

}  // namespace revisor::test
