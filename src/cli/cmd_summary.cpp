// revisor summary FILE.jsonl...: merges the summary lines of `audit --format jsonl` runs (shards of
// one store, audited on several machines) into the archive figures one audit of the whole gives.
#include <fmt/core.h>

#include <cerrno>
#include <cstring>
#include <fstream>
#include <memory>
#include <sstream>
#include <string>
#include <unordered_map>
#include <vector>

#include "cli/scale_commands.h"
#include "cli/terminal_text.h"
#include "revisor/analyze/summary.h"
#include "revisor/analyze/summary_parts.h"
#include "revisor/base/error.h"
#include "revisor/report/audit_jsonl.h"
#include "revisor/report/audit_render.h"

namespace revisor::cli {
namespace {

struct SummaryArgs {
  std::vector<std::string> files;
  std::string format = "text";
};

// The file in which each article was seen, so that one counted twice is named, not added twice.
using SeenArticles = std::unordered_map<std::string, std::string>;

// The parts of every summary line in `file`. Throws Error(bad_input) naming the file (and line)
// when it cannot be read, holds a line that is not the audit's, has no summary line, or holds an
// article `seen` already holds (shards of different runs, or one file given twice).
analyze::SummaryParts read_file_parts(const std::string& file, SeenArticles& seen) {
  std::ifstream in(file, std::ios::binary);
  if (!in) throw Error(ErrorKind::bad_input, fmt::format("{}: cannot read it ({})", file, std::strerror(errno)));
  analyze::SummaryParts total;
  std::size_t summaries = 0;
  std::string line;
  for (std::size_t number = 1; std::getline(in, line); ++number) {
    if (line.empty()) continue;
    const std::string where = fmt::format("{} line {}", file, number);
    if (auto id = report::audit_line_article(line, where)) {
      const auto [it, fresh] = seen.try_emplace(*id, file);
      if (!fresh)
        throw Error(ErrorKind::bad_input,
                    fmt::format("{}: the article {} is in {} too; each article must be in exactly one file "
                                "(audit --shard 1/N .. N/N of one store, each shard once)",
                                where, *id, it->second == file ? "this file" : it->second));
      continue;
    }
    if (auto parts = report::read_audit_line(line, where)) {
      analyze::merge(total, *parts);
      ++summaries;
    }
  }
  if (in.bad()) throw Error(ErrorKind::io, fmt::format("{}: reading failed ({})", file, std::strerror(errno)));
  if (summaries == 0)
    throw Error(ErrorKind::bad_input,
                fmt::format("{}: no summary line (the audit that wrote it did not finish, or was given --article)", file));
  return total;
}

}  // namespace

void add_summary_command(CLI::App& app, GlobalOptions& /*global*/) {
  auto args = std::make_shared<SummaryArgs>();
  CLI::App* cmd = app.add_subcommand(
      "summary", "Merge the outputs of `audit --format jsonl` (shards audited apart) into the archive figures");
  cmd->add_option("FILE", args->files, "Outputs of `revisor audit --format jsonl [--shard K/N]`")->required();
  cmd->add_option("--format", args->format, "Output format: the text or Markdown summary, or the jsonl summary line")
      ->check(CLI::IsMember({"text", "markdown", "jsonl"}));
  cmd->footer(
      "The figures equal those of one audit of all the articles the files cover; an article found in two\n"
      "files is refused (exit 2). Audit shard 1/N .. N/N of one store, then merge them:\n"
      "  parallel 'revisor audit --shard {}/8 --format jsonl > shard-{}.jsonl' ::: $(seq 8)\n"
      "  revisor summary shard-*.jsonl");
  cmd->callback([args] {
    analyze::SummaryParts total;
    SeenArticles seen;
    for (const auto& file : args->files) analyze::merge(total, read_file_parts(file, seen));
    if (args->format == "jsonl") {
      write_output(report::audit_summary_line(total));
      return;
    }
    report::AuditReport audit;
    audit.summary = analyze::finish(total);
    std::ostringstream out;
    report::render(report::parse_format(args->format, report::kAuditFormats), audit, out);
    write_output(out.str());
  });
}

}  // namespace revisor::cli
