// Lines that say who filed a story rather than what it reports: contributor credits, bylines, photo
// credits and datelines. A later version restamps or reshuffles them, and no reader takes them for claims.
#pragma once

#include <cstddef>
#include <cstdint>
#include <span>
#include <string_view>

#include "revisor/align/change_set.h"
#include "revisor/base/text_span.h"
#include "revisor/text/document.h"

namespace revisor::analyze {

// A contributor credit ("Reporting by ...; Editing by ...", "... contributed reporting"), a photo
// credit, or a byline standing alone ("By Ann Lee and Bo Chen").
bool is_credit_line(std::string_view sentence);

// Bytes a dateline takes at the start of `sentence` ("WASHINGTON (Reuters) -", "LONDON, March 3
// (AP) —"), else 0.
std::size_t dateline_length(std::string_view sentence);

// Whether `span` lies inside the dateline of its sentence among the sentences `ids` of `doc`.
bool in_dateline(const text::Document& doc, std::span<const std::uint32_t> ids, TextSpan span);

// Whether every sentence on one side of `change` is a credit line.
bool credit_change(const text::Document& before, const text::Document& after, const align::SentenceChange& change);

}  // namespace revisor::analyze
