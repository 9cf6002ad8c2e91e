// `revisor diff`: what changed between two versions of a stored article, or between two files.

#include <fstream>
#include <iostream>
#include <sstream>

#include "cli/commands.h"
#include "cli/store_locator.h"
#include "cli/terminal_text.h"
#include "revisor/align/aligner.h"
#include "revisor/base/article_id.h"
#include "revisor/base/error.h"
#include "revisor/report/diff_render.h"
#include "revisor/text/article_file.h"

namespace revisor::cli {
namespace {

struct DiffArgs {
  std::vector<std::string> positional;
  bool files = false;
  std::string format = "text";
  std::string color = "auto";
};

text::Document read_document(const std::string& path) {
  return text::Document::parse(text::article_text(text::read_article_file(path).extracted));
}

int version_number(const std::string& value) {
  std::size_t used = 0;
  int n = 0;
  try {
    n = std::stoi(value, &used);
  } catch (const std::exception&) {
    used = 0;
  }
  if (used != value.size() || n < 1) {
    throw Error(ErrorKind::usage, "version '" + value + "' is not a version number (1, 2, ...)");
  }
  return n;
}

bool use_color(const std::string& mode) {
  if (mode == "always") return true;
  if (mode == "never") return false;
  return stdout_wants_color();
}

void show(const DiffArgs& args, const report::DiffView& view) {
  const auto format = report::parse_format(args.format, report::kDiffFormats);
  report::RenderOptions options;
  options.color = format == report::Format::text && use_color(args.color);
  if (format == report::Format::json) {  // text and unified make article text safe as they render
    std::ostringstream out;
    report::render(format, view, out, options);
    std::cout.flush();
    write_output(out.str());
    std::fflush(stdout);
    return;
  }
  report::render(format, view, std::cout, options);
  std::cout.flush();
}

void run_files(const DiffArgs& args) {
  if (args.positional.size() != 2) {
    throw Error(ErrorKind::usage, "diff --files takes exactly two files: OLD NEW");
  }
  const auto before = read_document(args.positional[0]);
  const auto after = read_document(args.positional[1]);
  const auto changes = align::align(before, after);
  show(args, {before, after, changes, args.positional[0], args.positional[1]});
}

void run_store(const DiffArgs& args, const GlobalOptions& global) {
  if (args.positional.empty() || args.positional.size() > 3) {
    throw Error(ErrorKind::usage, "diff takes an article id and up to two version numbers: ID [FROM [TO]]");
  }
  const ArticleId id(args.positional[0]);
  const auto store = open_store(global);
  const auto versions = static_cast<int>(store.log(id).size());
  int from = versions - 1;
  int to = versions;
  if (args.positional.size() >= 2) from = version_number(args.positional[1]);
  if (args.positional.size() == 3) to = version_number(args.positional[2]);
  if (versions < 2 && args.positional.size() == 1) {
    throw Error(ErrorKind::bad_input, "article '" + id.str() + "' has only one version: nothing to compare");
  }
  for (int v : {from, to}) {
    if (v < 1 || v > versions) {
      throw Error(ErrorKind::not_found, "article '" + id.str() + "' has no version " + std::to_string(v) +
                                            " (it has " + std::to_string(versions) + ")");
    }
  }
  const auto old_version = store.version(id, from);
  const auto new_version = store.version(id, to);
  const auto changes = align::align(old_version.document, new_version.document);
  show(args, {old_version.document, new_version.document, changes, id.str(), from, to});
}

}  // namespace

void add_diff_command(CLI::App& app, GlobalOptions& global) {
  auto args = std::make_shared<DiffArgs>();
  auto* cmd = app.add_subcommand("diff", "Show what changed between two versions (default: previous vs newest)");
  cmd->add_option("args", args->positional, "ID [FROM [TO]], or OLD NEW with --files");
  cmd->add_flag("--files", args->files, "Compare two article files (text, Markdown or HTML); no store needed");
  cmd->add_option("--format", args->format, "text (default), json, or unified (a patch of the stored texts for patch and git apply)")
      ->check(CLI::IsMember({"text", "json", "unified"}));
  cmd->add_option("--color", args->color, "auto (default: when stdout is a terminal and NO_COLOR is unset), always, never")
      ->check(CLI::IsMember({"auto", "always", "never"}));
  cmd->callback([args, &global] {
    if (args->files) {
      run_files(*args);
    } else {
      run_store(*args, global);
    }
  });
}

}  // namespace revisor::cli
