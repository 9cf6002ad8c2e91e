// revisor verify [ID...]: checks the store (every article, or the ones named) and prints every
// problem found, one line each; exit 1 when there is any.
#include <fmt/core.h>

#include <memory>
#include <optional>
#include <string>
#include <vector>

#include "cli/commands.h"
#include "cli/store_locator.h"
#include "revisor/base/error.h"
#include "revisor/base/progress.h"
#include "revisor/base/terminal_text.h"
#include "revisor/store/article_store.h"

namespace revisor::cli {
namespace {

std::string finding_line(const store::VerifyFinding& f) {
  const std::string where = f.commit.empty() ? f.article : f.article + " " + f.commit.substr(0, 7);
  return terminal_cell(fmt::format("{}: {}", where, f.what));
}

std::string plural(std::size_t n, std::string_view word) {
  return fmt::format("{} {}{}", n, word, n == 1 ? "" : "s");
}

}  // namespace

void add_verify_command(CLI::App& app, GlobalOptions& global) {
  auto ids = std::make_shared<std::vector<std::string>>();
  CLI::App* cmd = app.add_subcommand("verify", "Check the store: chains, trees, checksums, re-derived text");
  cmd->add_option("ID", *ids, "Article ids (default: every article)");
  cmd->footer(
      "Checks that each article is one linear chain of versions in observed order; that each version\n"
      "holds article.txt, meta.json and its source; that the source matches meta.json's SHA-256;\n"
      "that article.txt is the text re-derived from the source (for versions this revisor wrote);\n"
      "and that every commit, tree and file is in the object database. Prints every problem as\n"
      "\"ID COMMIT: what is wrong\" and exits 1 if there is any, 0 when there is none.");
  cmd->callback([ids, &global] {
    std::vector<ArticleId> articles;
    for (const auto& id : *ids) articles.emplace_back(id);
    store::ArticleStore s = open_store(global);
    std::optional<Progress> progress;
    auto report = s.verify(articles, [&](std::size_t done, std::size_t total) {
      if (!progress) progress.emplace("verifying", total);
      (void)done;
      progress->advance();
    });
    progress.reset();
    for (const auto& p : report.problems) fmt::print("{}\n", finding_line(p));
    for (const auto& n : report.notes) fmt::print("note: {}\n", finding_line(n));
    const std::string counted =
        fmt::format("verified {}, {}", plural(report.articles, "article"), plural(report.versions, "version"));
    if (!report.ok()) {
      std::fflush(stdout);
      throw Error(ErrorKind::store, fmt::format("{}: {}", counted, plural(report.problems.size(), "problem")));
    }
    fmt::print("{}: no problems\n", counted);
  });
}

}  // namespace revisor::cli
