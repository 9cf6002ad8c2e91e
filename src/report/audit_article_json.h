// The JSON object of one audited article, as docs/audit-json.md defines it: shared by the audit's
// JSON document and its JSON lines, so an article reads the same in both.
#pragma once

#include <nlohmann/json.hpp>

#include "revisor/analyze/audit.h"

namespace revisor::report::detail {

nlohmann::ordered_json audit_article_json(const analyze::ArticleAudit& a);

}  // namespace revisor::report::detail
