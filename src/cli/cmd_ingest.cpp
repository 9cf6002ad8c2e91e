// revisor ingest: adds observed versions of articles to the store, from files or a manifest.
#include <cerrno>
#include <chrono>
#include <cstdio>
#include <cstring>
#include <filesystem>
#include <fstream>
#include <map>
#include <memory>
#include <vector>

#include <fmt/core.h>
#include <nlohmann/json.hpp>
#include <sys/stat.h>
#include <unistd.h>

#include "revisor/base/c_handle.h"
#include "revisor/base/error.h"
#include "revisor/base/progress.h"
#include "revisor/store/article_store.h"
#include "revisor/base/timestamp.h"
#include "revisor/text/article_text.h"

#include "cli/commands.h"
#include "cli/store_locator.h"

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
  std::vector<std::string> files;
  std::string manifest;
};

// One version to ingest, its id, headline, URL and time already checked.
struct VersionInput {
  ArticleId id;
  std::string file;           // "-" for standard input
  Timestamp observed;
  std::string url;
  std::string headline;
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
  if (!f) throw Error(ErrorKind::bad_input, fmt::format("{}: cannot open: {}", file, std::strerror(errno)));
  std::unique_ptr<std::FILE, CDeleter<std::fclose>> owned(f);
  return read_stream(f, file);
}

Timestamp default_observed_time(const std::string& file) {
  if (file != "-") {
    struct stat st {};
    if (::stat(file.c_str(), &st) == 0) return Timestamp::from_seconds(st.st_mtime);
  }
  return Timestamp::now();
}

std::string source_ext(const std::string& format) {
  if (format == "markdown") return "md";
  if (format == "html") return "html";
  return "txt";
}

void check_one_line(const std::string& headline, const std::string& url, const std::string& where) {
  if (headline.find_first_of("\r\n") != std::string::npos)
    throw Error(ErrorKind::bad_input, fmt::format("{}headline must be one line", where));
  if (url.find_first_of(" \t\r\n") != std::string::npos)
    throw Error(ErrorKind::bad_input, fmt::format("{}url \"{}\" contains white space", where, url));
}

std::vector<VersionInput> inputs_from_options(const IngestOptions& o) {
  ArticleId id(o.article);
  check_one_line(o.headline, o.url, "--");
  if (o.files.size() > 1 && !o.observed_at.empty())
    throw Error(ErrorKind::usage,
                "--observed-at names one time: give one FILE, or let each file's "
                "modification time date its version (or use --manifest)");
  std::vector<VersionInput> inputs;
  for (const auto& file : o.files) {
    if (file == "-" && o.files.size() > 1)
      throw Error(ErrorKind::usage, "standard input (-) can only be ingested alone");
    Timestamp when = o.observed_at.empty() ? default_observed_time(file)
                                           : parse_timestamp(o.observed_at, "--observed-at");
    inputs.push_back({id, file, when, o.url, o.headline});
  }
  return inputs;
}

// A manifest lists one version per line as a JSON object: {"article", "file", "observed_at", "url",
// "headline"}, only the first two required; files are relative to the manifest's folder.
std::vector<VersionInput> inputs_from_manifest(const std::string& manifest) {
  std::ifstream in(manifest);
  if (!in)
    throw Error(ErrorKind::bad_input, fmt::format("{}: cannot open: {}", manifest, std::strerror(errno)));
  const std::filesystem::path base = std::filesystem::path(manifest).parent_path();
  std::vector<VersionInput> inputs;
  int number = 0;
  for (std::string line; std::getline(in, line);) {
    ++number;
    if (line.find_first_not_of(" \t\r") == std::string::npos) continue;
    const std::string where = fmt::format("{} line {}: ", manifest, number);
    nlohmann::json j;
    try {
      j = nlohmann::json::parse(line);
    } catch (const nlohmann::json::parse_error& e) {
      throw Error(ErrorKind::bad_input, where + "not JSON: " + e.what());
    }
    if (!j.is_object()) throw Error(ErrorKind::bad_input, where + "not a JSON object");
    std::map<std::string, std::string> fields;
    for (const auto& [key, value] : j.items()) {
      if (key != "article" && key != "file" && key != "observed_at" && key != "url" && key != "headline")
        throw Error(ErrorKind::bad_input,
                    where + "unknown key \"" + key + "\" (known: article, file, observed_at, url, headline)");
      if (!value.is_string()) throw Error(ErrorKind::bad_input, where + "\"" + key + "\" must be a string");
      fields[key] = value.get<std::string>();
    }
    for (const char* required : {"article", "file"}) {
      if (fields[required].empty())
        throw Error(ErrorKind::bad_input, where + "\"" + required + "\" is missing");
    }
    ArticleId id = [&] {
      try {
        return ArticleId(fields["article"]);
      } catch (const Error& e) {
        throw Error(ErrorKind::bad_input, where + e.what());
      }
    }();
    check_one_line(fields["headline"], fields["url"], where);
    const std::string file = (base / fields["file"]).string();
    const Timestamp when = fields["observed_at"].empty()
                               ? default_observed_time(file)
                               : parse_timestamp(fields["observed_at"], where + "observed_at");
    inputs.push_back({std::move(id), file, when, fields["url"], fields["headline"]});
  }
  if (inputs.empty()) throw Error(ErrorKind::bad_input, manifest + ": lists no versions");
  return inputs;
}

// Reads and checks one version's file; throws bad_input naming the file when it is refused.
store::IngestRequest prepare(const VersionInput& in) {
  const std::string name = in.file == "-" ? "standard input" : in.file;
  std::string bytes = read_input(in.file);
  text::ExtractedArticle extracted = text::read_article(bytes, name);
  store::IngestRequest req{in.id, std::move(extracted), std::move(bytes), {}, {}, {}, {}, {}};
  req.source_name = in.file == "-" ? "-" : std::filesystem::path(in.file).filename().string();
  req.source_ext = source_ext(req.extracted.format);
  req.url = in.url.empty() ? req.extracted.canonical_url : in.url;
  req.headline = in.headline;
  req.observed_at = in.observed;
  return req;
}

void print_result(const store::IngestRequest& req, const store::IngestResult& r) {
  const std::string& id = req.article.str();
  switch (r.outcome) {
    case store::IngestOutcome::appended:
      fmt::print("{}: added version {} observed {} (commit {}); {} version{}\n", id, r.version,
                 to_iso8601(req.observed_at), r.commit, r.versions, r.versions == 1 ? "" : "s");
      break;
    case store::IngestOutcome::inserted:
      fmt::print(
          "{}: inserted version {} observed {} (commit {}); the {} later version{} re-created "
          "on top of it; {} versions\n",
          id, r.version, to_iso8601(req.observed_at), r.commit, r.versions - r.version,
          r.versions - r.version == 1 ? " was" : "s were", r.versions);
      break;
    case store::IngestOutcome::unchanged:
      fmt::print(
          "{}: unchanged: the text is identical to version {} (commit {}); nothing added; {} "
          "version{}\n",
          id, r.version, r.commit, r.versions, r.versions == 1 ? "" : "s");
      break;
  }
}

void run_ingest(const IngestOptions& o, const GlobalOptions& global) {
  if (o.manifest.empty() == o.files.empty())
    throw Error(ErrorKind::usage, "ingest needs FILE... with --article, or --manifest FILE (not both)");
  if (!o.manifest.empty() &&
      (!o.article.empty() || !o.url.empty() || !o.observed_at.empty() || !o.headline.empty()))
    throw Error(ErrorKind::usage,
                "with --manifest, each line gives its article, url, observed_at and headline");
  if (o.manifest.empty() && o.article.empty())
    throw Error(ErrorKind::usage, "ingest FILE... needs --article ID");
  // Every version is checked before the first is stored, so bad input never touches the store. With
  // several versions each file is read twice (checked, then stored) rather than all held in memory.
  const auto inputs = o.manifest.empty() ? inputs_from_options(o) : inputs_from_manifest(o.manifest);
  if (inputs.size() == 1) {
    const auto req = prepare(inputs[0]);
    store::ArticleStore s = open_store(global);
    print_result(req, s.ingest(req));
    return;
  }
  // Opening reads nothing but config; done first so a wrong --store fails before a long check.
  store::ArticleStore s = open_store(global);
  {
    Progress checking("checking", inputs.size(), "versions");
    for (const auto& in : inputs) {
      prepare(in);
      checking.advance();
    }
  }
  // On a terminal the line printed for each version already shows the progress (and a progress
  // line would be torn by it); when that output goes to a file, stderr shows how far it got.
  Progress progress("ingesting", isatty(STDOUT_FILENO) == 1 ? 0 : inputs.size(), "versions");
  for (const auto& in : inputs) {
    const auto req = prepare(in);
    print_result(req, s.ingest(req));
    progress.advance();
  }
}

}  // namespace

void add_ingest_command(CLI::App& app, GlobalOptions& global) {
  auto o = std::make_shared<IngestOptions>();
  CLI::App* cmd = app.add_subcommand(
      "ingest",
      "Add observed versions of an article (FILE..., or - for standard input), or those a manifest lists");
  cmd->add_option("--article", o->article,
                  "Article id: letters, digits, '-', '_', '.' in '/'-separated segments");
  cmd->add_option("--url", o->url, "Where the version was fetched (default: the page's canonical URL)");
  cmd->add_option("--observed-at", o->observed_at,
                  "When the version was seen, ISO 8601 with a zone, e.g. 2021-06-17T10:00:00Z "
                  "(default: the file's modification time; for standard input: now)");
  cmd->add_option("--headline", o->headline, "Headline to record (default: the file's first line)");
  cmd->add_option("--manifest", o->manifest,
                  "Ingest every version listed in FILE.jsonl, one JSON object per line: {\"article\", "
                  "\"file\" (relative to the manifest), \"observed_at\", \"url\", \"headline\"}");
  cmd->add_option(
      "FILE", o->files,
      "The versions, in any order (each takes its place by observed time): .txt, .md (headline on the first "
      "line) or .html; - for standard input");
  cmd->footer(
      "A version identical (after normalization) to the one observed just before it adds nothing.\n"
      "A version observed before the newest one is inserted in its place in time.\n"
      "Every version is checked before the store is opened: one refused file or manifest line refuses them "
      "all.\n"
      "Exit codes: 0 ok, 1 failure, 2 bad id, time, or input (the store is left untouched).");
  cmd->callback([o, &global] { run_ingest(*o, global); });
}

}  // namespace revisor::cli
