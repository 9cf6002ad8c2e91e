// revisor report: an article's whole history as text, Markdown, JSON or a self-contained HTML page;
// with --all, one HTML page per article plus an index page.
#include <cstdio>
#include <filesystem>
#include <memory>
#include <optional>
#include <sstream>
#include <vector>

#include <fmt/core.h>

#include "revisor/analyze/audit.h"
#include "revisor/base/atomic_file.h"
#include "revisor/base/error.h"
#include "revisor/report/render.h"
#include "revisor/store/article_store.h"

#include "cli/article_work.h"
#include "cli/commands.h"
#include "cli/store_locator.h"
#include "cli/terminal_text.h"

namespace revisor::cli {
namespace {

namespace fs = std::filesystem;

struct ReportOptions {
  std::string article;
  bool all = false;
  std::string format;  // empty: from --output's extension, else text (html for --all)
  std::string output;
  std::string color = "auto";
};

report::Format choose_format(const ReportOptions& o) {
  if (!o.format.empty()) return report::parse_format(o.format, report::kReportFormats);
  if (o.all) return report::Format::html;
  const auto ext = fs::path(o.output).extension().string();
  if (ext == ".html" || ext == ".htm") return report::Format::html;
  if (ext == ".md") return report::Format::markdown;
  if (ext == ".json") return report::Format::json;
  return report::Format::text;
}

std::string_view extension(report::Format f) {
  switch (f) {
    case report::Format::html:
      return ".html";
    case report::Format::markdown:
      return ".md";
    case report::Format::json:
      return ".json";
    case report::Format::text:
    case report::Format::unified:
      return ".txt";
  }
  return ".txt";
}

report::RenderOptions base_options() {
  report::RenderOptions options;
  options.generator = "revisor " REVISOR_VERSION;
  return options;
}

void report_one(const ReportOptions& o, const GlobalOptions& global) {
  const ArticleId id(o.article);
  const auto format = choose_format(o);
  const auto s = open_store(global);
  const auto r = load_report(s, id);
  auto options = base_options();
  // "auto" looks at standard output, so it colours nothing written to a file; "always" does.
  const bool to_stdout = o.output.empty() || o.output == "-";
  options.color =
      format == report::Format::text && (to_stdout || o.color == "always") && color_wanted(o.color);
  std::ostringstream out;
  report::render(format, r, out, options);
  if (o.output.empty() || o.output == "-") {
    // Text is made safe as it is rendered, and may carry revisor's own colours.
    if (format == report::Format::text) std::fwrite(out.str().data(), 1, out.str().size(), stdout);
    else write_output(out.str());
    return;
  }
  write_file_atomically(o.output, out.str());
}

void report_all(const ReportOptions& o, const GlobalOptions& global) {
  if (o.output.empty() || o.output == "-") {
    throw Error(ErrorKind::usage, "report --all writes one file per article: give --output DIR");
  }
  const auto format = choose_format(o);
  const auto s = open_store(global);
  const fs::path dir = o.output;
  std::error_code ec;
  fs::create_directories(dir / "articles", ec);
  if (ec)
    throw Error(ErrorKind::io,
                fmt::format("cannot create {}: {}", (dir / "articles").string(), ec.message()));
  const auto summaries = s.list();
  std::vector<report::IndexEntry> entries(summaries.size());
  for_each_article(summaries.size(), global, "writing reports for", [&](const store::ArticleStore& store, std::size_t i) {
    const ArticleId id(summaries[i].id);
    const auto r = load_report(store, id);
    // Article ids may hold '/': pages mirror them as folders under articles/, which no id can
    // leave ("." and ".." segments are refused), and index.html stays out of their way.
    const auto relative = fs::path("articles") / (id.str() + std::string(extension(format)));
    const auto target = dir / relative;
    std::error_code dir_error;
    fs::create_directories(target.parent_path(), dir_error);
    if (dir_error)
      throw Error(ErrorKind::io,
                  fmt::format("cannot create {}: {}", target.parent_path().string(), dir_error.message()));
    auto options = base_options();
    options.color = format == report::Format::text && o.color == "always";
    std::string up;
    for (auto it = relative.begin(); std::next(it) != relative.end(); ++it) up += "../";
    options.index_href = up + "index.html";
    std::ostringstream out;
    report::render(format, r, out, options);
    write_file_atomically(target, out.str());
    entries[i] = report::index_entry(r, relative.generic_string());
  });
  if (format == report::Format::html) {
    std::ostringstream index;
    report::render_index_html(entries, index, base_options());
    write_file_atomically(dir / "index.html", index.str());
    fmt::print("wrote {} article report{} and the index {}\n", entries.size(), entries.size() == 1 ? "" : "s",
               (dir / "index.html").string());
  } else {
    fmt::print("wrote {} article report{} under {}\n", entries.size(), entries.size() == 1 ? "" : "s",
               (dir / "articles").string());
  }
}

}  // namespace

void add_report_command(CLI::App& app, GlobalOptions& global) {
  auto o = std::make_shared<ReportOptions>();
  CLI::App* cmd =
      app.add_subcommand("report", "Report an article's whole history: versions, changes, notices");
  cmd->add_option("ID", o->article, "Article id");
  cmd->add_flag("--all", o->all, "Report every article: one page each plus index.html in --output DIR");
  cmd->add_option("--format", o->format, "text, markdown, json or html (default: from --output, else text)");
  cmd->add_option("--output,-o", o->output,
                  "Write to FILE (a directory with --all) instead of standard output");
  cmd->add_option("--color", o->color, kColorOptionHelp)->check(CLI::IsMember({"auto", "always", "never"}));
  cmd->footer("Text is coloured when standard output is a terminal and NO_COLOR is unset.");
  cmd->callback([o, &global] {
    if (o->all == !o->article.empty()) {
      throw Error(ErrorKind::usage, "report needs an article ID or --all (not both)");
    }
    if (o->all) {
      report_all(*o, global);
    } else {
      report_one(*o, global);
    }
  });
}

}  // namespace revisor::cli
