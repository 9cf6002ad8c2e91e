// revisor show ID[@N]: the stored (normalized) text of one version.
#include <fmt/core.h>

#include <memory>

#include "cli/commands.h"
#include "cli/store_locator.h"
#include "revisor/base/error.h"
#include "revisor/base/terminal_text.h"
#include "revisor/store/article_store.h"

namespace revisor::cli {
namespace {

struct VersionSpec {
  ArticleId article;
  int number = 0;  // 0: newest
};

// Article ids never contain '@', so the first '@' separates the version number.
VersionSpec parse_spec(const std::string& spec) {
  auto at = spec.find('@');
  if (at == std::string::npos) return {ArticleId(spec), 0};
  std::string n = spec.substr(at + 1);
  bool digits = !n.empty() && n.size() <= 6 && n.find_first_not_of("0123456789") == std::string::npos;
  if (!digits || std::stoi(n) < 1)
    throw Error(ErrorKind::usage,
                fmt::format("\"{}\": the version after '@' must be a number from 1 on, as in ID@2", spec));
  return {ArticleId(spec.substr(0, at)), std::stoi(n)};
}

}  // namespace

void add_show_command(CLI::App& app, GlobalOptions& global) {
  auto spec = std::make_shared<std::string>();
  CLI::App* cmd = app.add_subcommand("show", "Print the stored text of one version (default: the newest)");
  cmd->add_option("ID[@N]", *spec, "Article id, optionally with @N for version N (1 is the oldest)")
      ->required();
  cmd->footer("Prints article.txt: the normalized text every comparison uses (headline first).");
  cmd->callback([spec, &global] {
    VersionSpec v = parse_spec(*spec);
    store::ArticleStore s = open_store(global);
    auto version = s.version(v.article, v.number);
    std::fputs(terminal_sanitize(version.document.text(), true).c_str(), stdout);
  });
}

}  // namespace revisor::cli
