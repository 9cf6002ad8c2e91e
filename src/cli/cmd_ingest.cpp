// revisor ingest: adds one observed version of an article to the store.
#include <fmt/core.h>
#include <sys/stat.h>

#include <cerrno>
#include <chrono>
#include <cstdio>
#include <cstring>
#include <filesystem>
#include <memory>

#include "cli/commands.h"
#include "cli/store_locator.h"
#include "revisor/base/error.h"
#include "revisor/store/article_store.h"
#include "revisor/store/observed_time.h"
#include "revisor/text/article_text.h"

namespace revisor::cli {
namespace {

// One byte over read_article's 20 MiB limit, so it can refuse the file with its own message
// without revisor reading a huge file whole.
constexpr std::size_t kReadCap = 20u * 1024u * 1024u + 1;

struct IngestOptions {
  std::string article;
  std::string url;
  std::string observed_at;
  std::string headline;
  std::string file;
};

std::string read_stream(std::FILE* f, const std::string& name) {
  std::string bytes;
  char buf[65536];
  while (bytes.size() < kReadCap) {
    std::size_t n = std::fread(buf, 1, sizeof buf, f);
    bytes.append(buf, n);
    if (n < sizeof buf) break;
  }
  if (std::ferror(f))
    throw Error(ErrorKind::bad_input, fmt::format("{}: cannot read: {}", name, std::strerror(errno)));
  return bytes;
}

std::string read_input(const std::string& file) {
  if (file == "-") return read_stream(stdin, "standard input");
  std::error_code ec;
  if (std::filesystem::is_directory(file, ec))
    throw Error(ErrorKind::bad_input, fmt::format("{}: is a directory, not a file", file));
  std::FILE* f = std::fopen(file.c_str(), "rb");
  if (!f)
    throw Error(ErrorKind::bad_input, fmt::format("{}: cannot open: {}", file, std::strerror(errno)));
  std::unique_ptr<std::FILE, decltype(&std::fclose)> owned(f, &std::fclose);
  return read_stream(f, file);
}

std::int64_t default_observed_time(const std::string& file) {
  if (file != "-") {
    struct stat st {};
    if (::stat(file.c_str(), &st) == 0) return st.st_mtime;
  }
  return std::chrono::duration_cast<std::chrono::seconds>(
             std::chrono::system_clock::now().time_since_epoch())
      .count();
}

std::string source_ext(const std::string& format) {
  if (format == "markdown") return "md";
  if (format == "html") return "html";
  return "txt";
}

void run_ingest(const IngestOptions& o, const GlobalOptions& global) {
  // Everything is checked before the store is opened, so bad input never touches the store.
  ArticleId id(o.article);
  if (o.headline.find_first_of("\r\n") != std::string::npos)
    throw Error(ErrorKind::bad_input, "--headline must be one line");
  if (o.url.find_first_of(" \t\r\n") != std::string::npos)
    throw Error(ErrorKind::bad_input, fmt::format("--url \"{}\" contains white space", o.url));
  std::int64_t when = o.observed_at.empty() ? default_observed_time(o.file)
                                             : store::parse_observed_time(o.observed_at, "--observed-at");
  const std::string name = o.file == "-" ? "standard input" : o.file;
  std::string bytes = read_input(o.file);
  text::ExtractedArticle extracted = text::read_article(bytes, name);

  store::IngestRequest req{id, std::move(extracted), std::move(bytes), {}, {}, {}, {}, {}};
  req.source_name = o.file == "-" ? "-" : std::filesystem::path(o.file).filename().string();
  req.source_ext = source_ext(req.extracted.format);
  req.url = o.url.empty() ? req.extracted.canonical_url : o.url;
  req.headline = o.headline;
  req.observed_at = store::format_observed_time(when);

  store::ArticleStore s = open_store(global);
  store::IngestResult r = s.ingest(req);
  switch (r.outcome) {
    case store::IngestOutcome::appended:
      fmt::print("{}: added version {} observed {} (commit {}); {} version{}\n", id.str(), r.version,
                 req.observed_at, r.commit, r.versions, r.versions == 1 ? "" : "s");
      break;
    case store::IngestOutcome::inserted:
      fmt::print("{}: inserted version {} observed {} (commit {}); the {} later version{} re-created "
                 "on top of it; {} versions\n",
                 id.str(), r.version, req.observed_at, r.commit, r.versions - r.version,
                 r.versions - r.version == 1 ? " was" : "s were", r.versions);
      break;
    case store::IngestOutcome::unchanged:
      fmt::print("{}: unchanged: the text is identical to version {} (commit {}); nothing added; {} "
                 "version{}\n",
                 id.str(), r.version, r.commit, r.versions, r.versions == 1 ? "" : "s");
      break;
  }
}

}  // namespace

void add_ingest_command(CLI::App& app, GlobalOptions& global) {
  auto o = std::make_shared<IngestOptions>();
  CLI::App* cmd = app.add_subcommand("ingest", "Add one observed version of an article (FILE, or - for standard input)");
  cmd->add_option("--article", o->article,
                  "Article id: letters, digits, '-', '_', '.' in '/'-separated segments")
      ->required();
  cmd->add_option("--url", o->url, "Where the version was fetched (default: the page's canonical URL)");
  cmd->add_option("--observed-at", o->observed_at,
                  "When the version was seen, ISO 8601 with a zone, e.g. 2021-06-17T10:00:00Z "
                  "(default: the file's modification time; for standard input: now)");
  cmd->add_option("--headline", o->headline, "Headline to record (default: the file's first line)");
  cmd->add_option("FILE", o->file, "The version: .txt or .md (headline on the first line), or -")
      ->required();
  cmd->footer(
      "A version identical (after normalization) to the one observed just before it adds nothing.\n"
      "A version observed before the newest one is inserted in its place in time.\n"
      "Exit codes: 0 ok, 1 failure, 2 bad id, time, or input (the store is left untouched).");
  cmd->callback([o, &global] { run_ingest(*o, global); });
}

}  // namespace revisor::cli
