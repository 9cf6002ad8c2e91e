#include "cli/bulk_summary.h"

#include <fmt/core.h>

#include <cstdio>

#include "cli/counted.h"

namespace revisor::cli {

void print_bulk_summary(std::string_view input, const import::IngestSummary& summary, std::string_view unit,
                        GlobalOptions& global) {
  fmt::print("{}: {}, {} added, {} unchanged (duplicates) skipped, {} seen earlier, {} refused\n", input,
             counted(summary.articles.size(), "article", "articles"),
             counted(summary.added, "version", "versions"), summary.unchanged, summary.seen_earlier,
             summary.refused.size());
  for (const auto& refusal : summary.refused) fmt::print("refused: {}\n", refusal.reason);
  if (!summary.refused.empty()) {
    std::fflush(stdout);
    const std::string one = fmt::format("{} was", unit);
    const std::string many = fmt::format("{}s were", unit);
    fmt::print(stderr, "revisor: {} refused (listed above and skipped); the others were stored\n",
               counted(summary.refused.size(), one, many));
    global.exit_code = 1;
  }
}

}  // namespace revisor::cli
