// Work over many articles of a store (audit, report --all, feed): spread over threads, each with its
// own store handle, with a progress line; and the one way a command turns a history into a report.
#pragma once

#include <cstddef>
#include <functional>
#include <string>

#include "revisor/base/article_id.h"
#include "revisor/analyze/audit.h"
#include "revisor/report/report_model.h"
#include "revisor/store/article_store.h"

#include "cli/commands.h"

namespace revisor::cli {

// Calls work(store, i) once for every i in [0, count), several at a time; `doing` names the work in
// the progress line. The first error stops the remaining work and is rethrown here.
void for_each_article(std::size_t count, const GlobalOptions& global, const std::string& doing,
                      const std::function<void(const store::ArticleStore&, std::size_t)>& work);

// The audit of an article's whole history, with its page events (gone, returned) from the store.
analyze::ArticleAudit audit_article(const store::ArticleStore& s, const ArticleId& id);
analyze::ArticleAudit audit_article(const store::ArticleStore& s, const ArticleId& id,
                                   const std::vector<text::ArticleVersion>& history);

// The audit of an article's whole history, resolved into a report.
report::ArticleReport load_report(const store::ArticleStore& s, const ArticleId& id);

}  // namespace revisor::cli
