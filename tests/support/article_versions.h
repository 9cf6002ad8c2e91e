// Article versions for analysis tests: texts parsed as the analysis receives them, numbered from 1
// and seen at times the test chooses (the relative-date rules read those times).
#pragma once

#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

#include "revisor/base/timestamp.h"
#include "revisor/text/article_text.h"
#include "revisor/text/article_version.h"
#include "revisor/text/document.h"

namespace revisor::test {

// Version `number` seen at `first_seen` + (number - 1) * `step_seconds`.
inline Timestamp seen_at(int number, std::string_view first_seen, std::int64_t step_seconds) {
  return Timestamp::from_seconds(parse_timestamp(first_seen).seconds() + (number - 1) * step_seconds);
}

// Version `number` of an article read from `raw` as ingest reads a version file (text extracted,
// then parsed).
inline text::ArticleVersion version_of(const std::string& raw, int number, std::string_view first_seen,
                                       std::int64_t step_seconds) {
  text::ArticleVersion v;
  v.meta.number = number;
  v.meta.observed_at = seen_at(number, first_seen, step_seconds);
  v.document = text::Document::parse(text::article_text(text::read_article(raw, "v.txt")));
  return v;
}

// Versions 1..n of an article from its plain texts, already in revisor's text form.
inline std::vector<text::ArticleVersion> history_of(const std::vector<std::string>& texts, std::string_view first_seen,
                                                    std::int64_t step_seconds) {
  std::vector<text::ArticleVersion> out;
  for (const auto& t : texts) {
    text::ArticleVersion v;
    v.meta.number = static_cast<int>(out.size()) + 1;
    v.meta.observed_at = seen_at(v.meta.number, first_seen, step_seconds);
    v.document = text::Document::parse(t);
    out.push_back(std::move(v));
  }
  return out;
}

}  // namespace revisor::test
