// revisor watch: polls feeds and pages into the store, printing each finding as it is found. The
// polling, its schedule and its manners are the watch layer's Watcher.
#include <fmt/core.h>
#include <signal.h>

#include <algorithm>
#include <atomic>
#include <cstdio>
#include <memory>
#include <string>
#include <vector>

#include "cli/commands.h"
#include "cli/counted.h"
#include "cli/store_locator.h"
#include "cli/terminal_text.h"
#include "revisor/base/error.h"
#include "revisor/base/terminal_text.h"
#include "revisor/base/timestamp.h"
#include "revisor/watch/feed.h"
#include "revisor/watch/page_url.h"
#include "revisor/watch/watcher.h"

namespace revisor::cli {
namespace {

struct WatchFlags {
  std::string sources_file;
  std::vector<std::string> urls;
  bool once = false;
  bool all = false;
  std::string interval = "10m";
  std::string format = "text";
  std::string delay = "1s";
  std::string timeout = "30s";
  int max_days = 30;
};

std::atomic<bool> g_stop{false};

void request_stop(int) { g_stop = true; }

void run_watch(const WatchFlags& f, const GlobalOptions& global) {
  if (f.format != "text" && f.format != "jsonl")
    throw Error(ErrorKind::usage, fmt::format("--format \"{}\": watch prints text or jsonl", f.format));
  const std::int64_t interval = watch::parse_duration_seconds(f.interval, "--interval");
  if (interval == 0) throw Error(ErrorKind::usage, "--interval must be longer than 0s");
  watch::WatchOptions options;
  options.host_delay = std::chrono::seconds(watch::parse_duration_seconds(f.delay, "--delay"));
  options.fetch.total_timeout_ms = static_cast<long>(watch::parse_duration_seconds(f.timeout, "--timeout") * 1000);
  if (options.fetch.total_timeout_ms == 0) throw Error(ErrorKind::usage, "--timeout must be longer than 0s");
  options.fetch.connect_timeout_ms = std::min(options.fetch.total_timeout_ms, 10'000L);
  if (f.max_days <= 0) throw Error(ErrorKind::usage, "--max-days must be at least 1");
  options.schedule.limit_days = f.max_days;
  options.ignore_schedule = f.all;

  std::vector<std::string> sources;
  if (!f.sources_file.empty()) sources = watch::read_sources_file(f.sources_file);
  for (const std::string& u : f.urls) {
    try {
      sources.push_back(watch::clean_url(u));
    } catch (const Error& e) {
      throw Error(ErrorKind::bad_input, fmt::format("--url: {}", e.what()));
    }
  }
  open_store(global);  // the store's own message when it is missing, before anything is fetched
  const auto dir = store_dir(global);
  if (sources.empty() && watch::list_sources(dir).empty())
    throw Error(ErrorKind::usage, "nothing to watch: give SOURCES-FILE or --url URL, or add sources with: "
                                  "revisor sources add URL");
  watch::WatchEvents events;
  const bool jsonl = f.format == "jsonl";
  events.found = [jsonl](const watch::Finding& finding) {
    write_output((jsonl ? watch::finding_json(finding) : watch::finding_text(finding)) + "\n");
    std::fflush(stdout);  // a finding is printed as it is found, also into a pipe
  };
  events.problem = [](const std::string& url, const std::string& problem) {
    fmt::print(stderr, "revisor: {}: {}\n", terminal_sanitize(url), terminal_sanitize(problem));
  };
  auto polled = [](Timestamp at, const watch::PollSummary& s) {
    fmt::print(stderr, "revisor: poll at {}: {}, {}, {} unchanged, {}\n", to_iso8601(at),
               counted(s.fetched, "request", "requests"),
               counted(s.new_versions, "new version", "new versions"), s.unchanged,
               counted(s.problems, "problem", "problems"));
  };
  watch::Watcher watcher(dir, options);
  if (f.once) {
    const Timestamp now = Timestamp::now();
    polled(now, watcher.poll(sources, now, events));
    return;
  }
  struct sigaction action {};
  action.sa_handler = request_stop;
  action.sa_flags = SA_RESETHAND;  // a second Ctrl-C ends the process at once
  sigaction(SIGINT, &action, nullptr);
  sigaction(SIGTERM, &action, nullptr);
  watcher.run(sources, interval, events, g_stop, polled);
}

}  // namespace

void add_watch_command(CLI::App& app, GlobalOptions& global) {
  auto f = std::make_shared<WatchFlags>();
  CLI::App* cmd = app.add_subcommand("watch", "Poll feeds and pages and store each new version, printing findings as found");
  cmd->add_option("SOURCES-FILE", f->sources_file,
                  "OPML file, or a list of feed or page URLs (one a line, # comments), watched with the store's sources");
  cmd->add_option("--url", f->urls, "A feed (RSS, Atom, RDF) or article page to watch; repeatable");
  cmd->add_flag("--once", f->once, "Poll once and exit (for cron or a systemd timer)");
  cmd->add_flag("--all", f->all, "Check every watched page now, whatever its schedule (those past --max-days excepted)");
  cmd->add_option("--interval", f->interval, "Time between polls: 90s, 10m, 2h, 1d (default 10m)");
  cmd->add_option("--format", f->format, "Findings as \"text\" lines or \"jsonl\", one JSON object a line")
      ->check(CLI::IsMember({"text", "jsonl"}));
  cmd->add_option("--delay", f->delay, "Least time between two requests to one host (default 1s; 0 for none)");
  cmd->add_option("--timeout", f->timeout, "Longest time one request may take (default 30s)");
  cmd->add_option("--max-days", f->max_days, "Stop checking an article this many days after it was first seen (default 30)");
  cmd->footer(
      "Each feed is read every poll; each article page on a schedule: every 15 minutes in its first 3 hours,\n"
      "hourly in its first day, every 6 hours in its first week, then daily until --max-days.\n"
      "Page furniture never makes a version: a page that changed is fetched twice and lines that differ\n"
      "between the two fetches (counters) are kept out of every comparison, as are lines that are only a\n"
      "relative time or a counter (\"Updated 5 minutes ago\", \"1,204 views\").\n"
      "Requests: one at a time, conditional (ETag, Last-Modified), robots.txt honoured, errors backed off,\n"
      "a 429 or 503 holds the host back for its Retry-After. The state lives in the store (refs/revisor/watch),\n"
      "so a watcher restarted carries on.\n"
      "Findings (standard output): new_article, new_version, notice, removed_notice, stealth_edit, gone,\n"
      "returned. Problems and a line per poll go to standard error.\n"
      "Exit codes: 0 ok (a site's errors are reported, not fatal), 1 store failure, 2 bad flags or sources.");
  cmd->callback([f, &global] { run_watch(*f, global); });
}

}  // namespace revisor::cli
