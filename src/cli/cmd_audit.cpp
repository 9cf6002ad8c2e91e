// revisor audit: the notices each article published, the changes they admit, and the substantive
// changes no notice admits; with no --article, every article and an archive-wide summary.
#include <memory>
#include <mutex>
#include <optional>
#include <sstream>
#include <vector>

#include <fmt/core.h>

#include "revisor/analyze/audit.h"
#include "revisor/analyze/summary.h"
#include "revisor/analyze/summary_parts.h"
#include "revisor/base/error.h"
#include "revisor/base/shard.h"
#include "revisor/report/audit_jsonl.h"
#include "revisor/report/audit_render.h"
#include "revisor/store/article_store.h"

#include "cli/article_work.h"
#include "cli/ordered_work.h"
#include "cli/terminal_text.h"
#include "cli/commands.h"
#include "cli/store_locator.h"

namespace revisor::cli {

namespace {

struct AuditArgs {
  std::vector<std::string> articles;
  std::string format = "text";
  std::string min_category;
  std::string shard;
  bool substantive_only = false;
};

// One line per article as soon as it and those before it are audited, then the summary line: only
// the articles in flight are held in memory.
void stream_jsonl(const std::vector<ArticleId>& ids, const analyze::FindingFilter& filter, bool with_summary,
                  const GlobalOptions& global) {
  // Merged as threads finish: the figures add up to the same whatever the order (summary_parts.h).
  std::mutex total_mutex;
  analyze::SummaryParts total;
  for_each_article_in_order(
      ids.size(), global, "auditing",
      [&](const store::ArticleStore& s, std::size_t i) {
        analyze::ArticleAudit a = audit_article(s, ids[i]);
        // The summary counts what the lines list, so a filter narrows both alike.
        analyze::apply_filter(a, filter);
        {
          const analyze::SummaryParts parts = analyze::summary_parts(a);
          std::lock_guard lock(total_mutex);
          analyze::merge(total, parts);
        }
        return report::audit_article_line(a);
      },
      [](std::size_t, std::string&& line) { write_output(line); });
  if (with_summary) write_output(report::audit_summary_line(total));
  std::fflush(stdout);
}

std::vector<analyze::ArticleAudit> audit_all(const std::vector<ArticleId>& ids, const GlobalOptions& global) {
  std::vector<analyze::ArticleAudit> audits(ids.size());
  for_each_article(ids.size(), global, "auditing", [&](const store::ArticleStore& s, std::size_t i) {
    audits[i] = audit_article(s, ids[i]);
  });
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
  if (ids.empty()) ids = open_store(global).ids();
  if (!args.shard.empty()) {
    const Shard shard = parse_shard(args.shard);
    std::erase_if(ids, [&](const ArticleId& id) { return !in_shard(id.str(), shard); });
  }
  if (args.format == "jsonl") {
    stream_jsonl(ids, filter, args.articles.empty(), global);
    return;
  }
  report::AuditReport audit;
  audit.articles = audit_all(ids, global);
  // One number for one thing: the archive-wide figures count what the articles list, so with a
  // filter the summary's stealth edits are the sum of the articles' (and the index's, unfiltered).
  for (auto& a : audit.articles) analyze::apply_filter(a, filter);
  if (args.articles.empty()) audit.summary = analyze::summarize(audit.articles);
  std::ostringstream out;
  report::render(report::parse_format(args.format, report::kAuditFormats), audit, out);
  write_output(out.str());
}

}  // namespace

void add_audit_command(CLI::App& app, GlobalOptions& global) {
  auto args = std::make_shared<AuditArgs>();
  CLI::App* cmd = app.add_subcommand(
      "audit", "Find correction notices, the changes they admit, and substantive changes made without one");
  cmd->add_option("--article", args->articles, "Audit only this article (repeatable); default: every article");
  cmd->add_option("--format", args->format, "Output format")
      ->check(CLI::IsMember({"text", "json", "markdown", "jsonl"}));
  cmd->add_option("--shard", args->shard,
                  "Audit only shard K of N (K/N, 1 <= K <= N): the articles whose id hashes to it, the same\n"
                  "on every machine; merge the shards' --format jsonl outputs with `revisor summary`");
  cmd->add_option("--min-category", args->min_category,
                  "List only stealth edits of this category or a more substantive one "
                  "(typographic < typo < style < other < fact < location < attribution < title < name < "
                  "number < date < quote < negation)");
  cmd->add_flag("--substantive-only", args->substantive_only,
                "List only wording edits that change a claim (no sentence added or removed, no new\n"
                "reporting), and only notices that admit an error (no update, no editor's note); the\n"
                "summary then counts what is listed");
  cmd->footer(
      "Exit status 0 whatever the audit finds; 1 when the audit itself fails. The JSON output is a stable\n"
      "contract, described in docs/audit-json.md. --format jsonl streams one {\"article\": ...} line per\n"
      "article as it is audited (all cores, memory bounded by the largest article), then one\n"
      "{\"summary\": ...} line with the archive figures (when no --article is given).");
  cmd->callback([args, &global] { run_audit(*args, global); });
}

}  // namespace revisor::cli
