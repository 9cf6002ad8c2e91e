// revisor ingest: adds observed versions of articles to the store, from files or a manifest. The
// flags choose a VersionSource; reading, checking and storing are the store's ingest_all().
#include <fmt/core.h>
#include <unistd.h>

#include <memory>
#include <optional>
#include <string>
#include <vector>

#include <iostream>

#include "cli/bulk_summary.h"
#include "cli/commands.h"
#include "cli/store_locator.h"
#include "revisor/base/error.h"
#include "revisor/base/heap_policy.h"
#include "revisor/base/progress.h"
#include "revisor/base/timestamp.h"
#include "revisor/import/file_versions.h"
#include "revisor/import/ingest_each.h"
#include "revisor/import/json_lines_versions.h"
#include "revisor/import/tree_versions.h"
#include "revisor/store/article_store.h"
#include "revisor/store/version_source.h"

namespace revisor::cli {
namespace {

struct IngestOptions {
  std::string article;
  std::string url;
  std::string observed_at;
  std::string headline;
  std::vector<std::string> files;
  std::string manifest;
  std::string tree;
  bool text = false;
  std::string order = "time";
};

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
    case store::IngestOutcome::seen_earlier:
      fmt::print(
          "{}: seen earlier: version {} has this text and is now first observed {}, not {} (the later "
          "sighting is kept in its meta.json; commit {}); {} version{}\n",
          id, r.version, to_iso8601(req.observed_at), to_iso8601(r.previously_first_seen), r.commit,
          r.versions, r.versions == 1 ? "" : "s");
      break;
  }
}

std::unique_ptr<store::VersionSource> source_of(const IngestOptions& o) {
  if (o.manifest.empty() == o.files.empty())
    throw Error(ErrorKind::usage,
                "ingest needs FILE... with --article, --manifest FILE, --tree DIR or --text (one of them)");
  if (!o.manifest.empty()) {
    if (!o.article.empty() || !o.url.empty() || !o.observed_at.empty() || !o.headline.empty())
      throw Error(ErrorKind::usage, "with --manifest, each line gives its article, url, observed_at and headline");
    return std::make_unique<import::ManifestVersions>(o.manifest);
  }
  if (o.article.empty()) throw Error(ErrorKind::usage, "ingest FILE... needs --article ID");
  ArticleId id(o.article);
  std::optional<Timestamp> observed;
  if (!o.observed_at.empty()) observed = parse_timestamp(o.observed_at, "--observed-at");
  if (o.order != "time" && o.order != "args")
    throw Error(ErrorKind::usage, "--order is \"time\" (by file modification time) or \"args\" (as given)");
  return std::make_unique<import::FileVersions>(std::move(id), o.files, o.url, o.headline, observed,
                                                o.order == "args" ? import::FileOrder::as_given
                                                                  : import::FileOrder::by_time);
}

// --tree and --text: many versions of many articles, a bad one skipped and counted, a summary at
// the end rather than a line per version.
void run_bulk(const IngestOptions& o, GlobalOptions& global) {
  if (!o.files.empty() || !o.manifest.empty() || (!o.tree.empty() && o.text))
    throw Error(ErrorKind::usage,
                "ingest needs FILE... with --article, --manifest FILE, --tree DIR or --text (one of them)");
  if (!o.article.empty() || !o.url.empty() || !o.observed_at.empty() || !o.headline.empty())
    throw Error(ErrorKind::usage, o.text ? "with --text, each line gives its article, url, observed_at and headline"
                                         : "with --tree, ids come from the folders and times from the files");
  std::unique_ptr<store::VersionSource> source;
  std::string input;
  if (o.text) {
    input = "standard input";
    source = std::make_unique<import::JsonLinesVersions>(std::cin, input, ".", Timestamp::now());
  } else {
    input = o.tree;
    source = std::make_unique<import::TreeVersions>(o.tree);
  }
  if (const std::string note = source->note(); !note.empty()) fmt::print(stderr, "revisor: note: {}\n", note);
  store::ArticleStore store = open_store(global);
  import::IngestSummary summary;
  {
    Progress progress("ingesting", source->size(), "versions");
    import::EachObserver observe;
    observe.done_one = [&] { progress.advance(); };
    keep_freed_heap_memory();  // batch after batch reuses the memory of the one before
    summary = import::ingest_each(*source, store, observe);
  }
  print_bulk_summary(input, summary, "version", global);
}

void run_ingest(const IngestOptions& o, GlobalOptions& global) {
  if (!o.tree.empty() || o.text) return run_bulk(o, global);
  const auto source = source_of(o);
  if (const std::string note = source->note(); !note.empty()) fmt::print(stderr, "revisor: note: {}\n", note);
  const std::size_t n = source->size();
  std::optional<Progress> checking;
  std::optional<Progress> storing;
  if (n > 1) checking.emplace("checking", n, "versions");
  store::IngestObserver observe;
  observe.checked = [&](const store::IngestRequest&) {
    if (checking) checking->advance();
  };
  observe.stored = [&](const store::IngestRequest& req, const store::IngestResult& result) {
    if (checking) {
      checking.reset();
      // On a terminal the line printed for each version already shows the progress (and a progress
      // line would be torn by it); when that output goes to a file, stderr shows how far it got.
      storing.emplace("ingesting", isatty(STDOUT_FILENO) == 1 ? 0 : n, "versions");
    }
    print_result(req, result);
    if (storing) storing->advance();
  };
  keep_freed_heap_memory();
  store::ingest_all(*source, [&] { return open_store(global); }, observe);
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
                  "\"file\" (relative to the manifest, inside its folder), \"observed_at\", \"url\", \"headline\"}");
  cmd->add_option("--tree", o->tree,
                  "Ingest a folder of articles: DIR/<article-id>/<versions>, in name order (v01.txt, v02.txt, "
                  "...; .txt, .md or .html), ids from the folder paths below DIR ('/' for nested folders), times "
                  "from the files; a bad version is named, skipped and counted");
  cmd->add_flag("--text", o->text,
                "Ingest JSON lines from standard input, one version each: {\"article\", \"text\" or \"file\", "
                "\"observed_at\", \"url\", \"headline\"}; a bad line is named, skipped and counted");
  cmd->add_option("--order", o->order,
                  "Several FILEs without --observed-at: \"time\" orders them by modification time and "
                  "refuses two with the same time; \"args\" takes them in the order given, each a "
                  "second after the one before when its file time is not later")
      ->check(CLI::IsMember({"time", "args"}));
  cmd->add_option(
      "FILE", o->files,
      "The versions, in any order (each takes its place by observed time): .txt, .md (headline on the first "
      "line) or .html; - for standard input");
  cmd->footer(
      "A version identical (after normalization) to the one observed just before it adds nothing; one\n"
      "identical to the version observed just after it moves that version's first-seen time back.\n"
      "Versions dated by file times are named on standard error, so an accidental order shows.\n"
      "A version observed before the newest one is inserted in its place in time.\n"
      "FILE... and --manifest: every version is checked before the store is opened: one refused file or\n"
      "manifest line refuses them all.\n"
      "--tree and --text: a refused version is named and skipped, the others stored; a summary at the end\n"
      "counts articles, versions added, duplicates skipped and refusals with reasons.\n"
      "Many versions are stored in batches of 1,000: each batch's objects are written as one pack, flushed\n"
      "to disk before its articles' refs move; an interrupted run leaves whole batches, but for the last\n"
      "one, of which each article has all its versions or none, and running it again adds exactly what is\n"
      "missing.\n"
      "Exit codes: 0 ok, 1 failure or (--tree, --text) some versions refused, 2 bad id, time, or input\n"
      "(FILE..., --manifest: the store is left untouched).");
  cmd->callback([o, &global] { run_ingest(*o, global); });
}

}  // namespace revisor::cli
