// revisor audit: the notices each article published, the changes they admit, and the substantive
// changes no notice admits; with no --article, every article and an archive-wide summary.
#include <fmt/core.h>

#include <algorithm>
#include <atomic>
#include <exception>
#include <memory>
#include <thread>
#include <optional>
#include <vector>

#include "cli/commands.h"
#include "cli/store_locator.h"
#include "revisor/analyze/audit.h"
#include "revisor/analyze/summary.h"
#include "revisor/base/error.h"
#include "revisor/report/audit_render.h"
#include "revisor/store/article_store.h"

namespace revisor::cli {

namespace {

// Past a handful of threads the store's disk reads, not the analysis, bound the speed.
constexpr std::size_t kMaxWorkers = 8;
// Starting a thread costs more than auditing a few short histories.
constexpr std::size_t kArticlesPerWorker = 4;

struct AuditArgs {
  std::vector<std::string> articles;
  std::string format = "text";
  std::string min_category;
  bool substantive_only = false;
};

// Audits every article, several at a time: reading and auditing a history touches nothing shared, and
// each worker opens its own ArticleStore (one store handle is not thread-safe).
std::vector<analyze::ArticleAudit> audit_all(const std::vector<ArticleId>& ids, const GlobalOptions& global) {
  std::vector<analyze::ArticleAudit> audits(ids.size());
  std::size_t workers = std::clamp<std::size_t>(std::thread::hardware_concurrency(), 1, kMaxWorkers);
  workers = std::min(workers, std::max<std::size_t>(1, ids.size() / kArticlesPerWorker));
  std::atomic<std::size_t> next{0};
  std::vector<std::exception_ptr> errors(workers);
  auto work = [&](std::size_t w) {
    try {
      store::ArticleStore s = open_store(global);
      for (std::size_t i = next++; i < ids.size(); i = next++) {
        auto history = s.history(ids[i]);
        audits[i] = analyze::audit(ids[i].str(), history);
      }
    } catch (...) {
      errors[w] = std::current_exception();
      next = ids.size();  // stop the other workers early
    }
  };
  std::vector<std::thread> threads;
  for (std::size_t w = 1; w < workers; ++w) threads.emplace_back(work, w);
  work(0);
  for (auto& t : threads) t.join();
  for (auto& e : errors) {
    if (e) std::rethrow_exception(e);
  }
  return audits;
}

void run_audit(const AuditArgs& args, const GlobalOptions& global) {
  analyze::FindingFilter filter;
  filter.substantive_only = args.substantive_only;
  if (!args.min_category.empty()) {
    filter.min_category = analyze::parse_category(args.min_category);
    if (!filter.min_category) {
      throw Error(ErrorKind::usage, "--min-category " + args.min_category +
                                        ": not a category (date, number, name, title, quote, attribution, "
                                        "location, negation, fact, other, style, typo, typographic)");
    }
  }
  std::vector<ArticleId> ids;
  for (const auto& a : args.articles) ids.emplace_back(a);
  if (ids.empty()) {
    for (const auto& summary : open_store(global).list()) ids.emplace_back(summary.id);
  }
  auto audits = audit_all(ids, global);
  // The archive-wide figures count everything found; the filter only narrows what is listed.
  std::optional<analyze::ArchiveSummary> summary;
  if (args.articles.empty()) summary = analyze::summarize(audits);
  for (auto& a : audits) analyze::apply_filter(a, filter);
  std::string out;
  if (args.format == "json") {
    out = report::render_audit_json(audits);
  } else if (args.format == "markdown") {
    out = report::render_audit_markdown(audits, summary ? &*summary : nullptr);
  } else {
    out = report::render_audit_text(audits, summary ? &*summary : nullptr);
  }
  fmt::print("{}", out);
}

}  // namespace

void add_audit_command(CLI::App& app, GlobalOptions& global) {
  auto args = std::make_shared<AuditArgs>();
  CLI::App* cmd = app.add_subcommand(
      "audit", "Find correction notices, the changes they admit, and substantive changes made without one");
  cmd->add_option("--article", args->articles, "Audit only this article (repeatable); default: every article");
  cmd->add_option("--format", args->format, "Output format")
      ->check(CLI::IsMember({"text", "json", "markdown"}));
  cmd->add_option("--min-category", args->min_category,
                  "List only stealth edits of this category or a more substantive one "
                  "(typographic < typo < style < other < fact < location < attribution < title < name < "
                  "number < date < quote < negation)");
  cmd->add_flag("--substantive-only", args->substantive_only,
                "List only wording edits that change a claim, and only notices that admit an error");
  cmd->footer(
      "Exit status 0 whatever the audit finds; 1 when the audit itself fails. The JSON output is a stable\n"
      "contract, described in docs/audit-json.md.");
  cmd->callback([args, &global] { run_audit(*args, global); });
}

}  // namespace revisor::cli
