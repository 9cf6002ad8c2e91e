// revisor list: every article in the store with its version count and observation span.
#include <algorithm>
#include <cerrno>
#include <cstring>
#include <iterator>
#include <string_view>

#include <fmt/format.h>
#include <unistd.h>

#include "revisor/base/error.h"
#include "revisor/base/fd_write.h"
#include "revisor/base/terminal_text.h"
#include "revisor/store/article_store.h"

#include "cli/commands.h"
#include "cli/store_locator.h"

namespace revisor::cli {

namespace {
constexpr std::size_t kFlushBytes = 1 << 16;
}  // namespace

void add_list_command(CLI::App& app, GlobalOptions& global) {
  CLI::App* cmd = app.add_subcommand("list", "List the articles in the store");
  cmd->footer("Columns: article id, number of versions, first and last observed (UTC), newest headline.");
  cmd->callback([&global] {
    store::ArticleStore s = open_store(global);
    auto articles = s.list();
    if (articles.empty()) {
      fmt::print(stderr, "the store {} holds no articles yet\n", store_dir(global).string());
      return;
    }
    std::size_t width = 7;
    for (const auto& a : articles) width = std::max(width, a.id.size());
    // Lines are gathered and written a block at a time: a print per article was most of the time
    // `list` took on a large store.
    fmt::memory_buffer out;
    auto flush = [&out] {
      if (!write_all(STDOUT_FILENO, std::string_view(out.data(), out.size())))
        throw Error(ErrorKind::io,
                    fmt::format("writing the list to standard output: {}", std::strerror(errno)));
      out.clear();
    };
    fmt::format_to(std::back_inserter(out), "{:<{}}  {:>8}  {:<20}  {:<20}  {}\n", "ARTICLE", width,
                   "VERSIONS", "FIRST OBSERVED", "LAST OBSERVED", "HEADLINE");
    for (const auto& a : articles) {
      // Padded by hand: ids are ASCII (the id rules), one column per byte, and fmt measured the
      // display width of every padded field code point by code point, a sixth of the time.
      out.append(a.id);
      for (std::size_t i = a.id.size(); i < width; ++i) out.push_back(' ');
      // An ISO 8601 time is 20 columns, as wide as its column.
      fmt::format_to(std::back_inserter(out), "  {:>8}  {}  {}  {}\n", a.versions,
                     to_iso8601(a.first_observed), to_iso8601(a.last_observed), terminal_cell(a.headline));
      if (out.size() >= kFlushBytes) flush();
    }
    flush();
  });
}

}  // namespace revisor::cli
