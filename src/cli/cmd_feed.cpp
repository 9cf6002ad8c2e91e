// revisor feed: an Atom feed of one article's versions, or of every article's, whose entries say
// what changed in each version.
#include <cstdio>
#include <memory>
#include <sstream>
#include <vector>

#include "revisor/base/atomic_file.h"
#include "revisor/report/atom_feed.h"
#include "revisor/store/article_store.h"

#include "cli/article_work.h"
#include "cli/commands.h"
#include "cli/terminal_text.h"
#include "cli/store_locator.h"

namespace revisor::cli {
namespace {

struct FeedCommandOptions {
  std::string article;
  std::string output;
};

void run_feed(const FeedCommandOptions& o, const GlobalOptions& global) {
  std::vector<std::string> ids;
  if (!o.article.empty()) ids.push_back(ArticleId(o.article).str());
  const auto s = open_store(global);
  if (ids.empty()) {
    for (const auto& id : s.ids()) ids.push_back(id.str());
  }
  std::vector<report::ArticleReport> reports(ids.size());
  for_each_article(ids.size(), global, "reading", [&](const store::ArticleStore& store, std::size_t i) {
    reports[i] = load_report(store, ArticleId(ids[i]));
  });
  report::FeedOptions options;
  options.generator_version = REVISOR_VERSION;
  if (o.article.empty()) {  // the store's feed keeps its identity however many articles it holds
    options.id = "urn:revisor:store";
    options.title = "revisor: changes in all articles";
  }
  std::ostringstream out;
  report::render_atom_feed(reports, out, options);
  if (o.output.empty() || o.output == "-") {
    write_output(out.str());
  } else {
    write_file_atomically(o.output, out.str());
  }
}

}  // namespace

void add_feed_command(CLI::App& app, GlobalOptions& global) {
  auto o = std::make_shared<FeedCommandOptions>();
  CLI::App* cmd = app.add_subcommand("feed", "Write an Atom feed of new versions (one article, or all)");
  cmd->add_option("ID", o->article, "Article id (default: every article in the store)");
  cmd->add_option("--output,-o", o->output, "Write the feed to FILE.xml instead of standard output");
  cmd->callback([o, &global] { run_feed(*o, global); });
}

}  // namespace revisor::cli
