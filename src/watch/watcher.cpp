#include "revisor/watch/watcher.h"

#include <fmt/core.h>

#include <algorithm>
#include <map>
#include <optional>
#include <set>
#include <thread>

#include "revisor/analyze/audit.h"
#include "revisor/base/error.h"
#include "revisor/store/article_events.h"
#include "revisor/store/article_store.h"
#include "revisor/store/version_source.h"
#include "revisor/text/article_file.h"
#include "revisor/text/article_text.h"
#include "revisor/text/document.h"
#include "revisor/watch/feed.h"
#include "revisor/watch/page_url.h"
#include "revisor/watch/robots.h"
#include "revisor/watch/watch_state.h"
#include "revisor/text/volatile_lines.h"

namespace revisor::watch {
namespace {

using Clock = std::chrono::steady_clock;

// The name a fetched page is read and kept under: its extension tells the text layer the format,
// the same way when the store's verify re-derives the text from it.
std::string page_name(const HttpResponse& r) {
  if (r.content_type.find("html") != std::string::npos) return "page.html";
  if (r.content_type.starts_with("text/plain")) return "page.txt";
  return "page";
}

// One poll: the state, the store, and the manners towards each host.
class Poll {
 public:
  Poll(const std::filesystem::path& dir, const WatchOptions& options, Timestamp now, const WatchEvents& events)
      : dir_(dir), options_(options), now_(now), events_(events), state_(load_state(dir)),
        store_(store::ArticleStore::open(dir)) {}

  PollSummary run(const std::vector<std::string>& extra_sources) {
    std::vector<std::string> sources = state_.sources;
    for (const std::string& s : extra_sources)
      if (std::find(sources.begin(), sources.end(), s) == sources.end()) sources.push_back(s);
    for (const std::string& url : sources) {
      auto [it, added] = state_.urls.try_emplace(url);
      Resource& r = it->second;
      if (added) r.first_seen = r.next_check = now_;
      // A source is a feed, or a page once one was read from it; until then each check decides.
      const bool page = !r.feed && !r.article.empty();
      if (!page && (r.next_check <= now_ || options_.ignore_schedule)) check_source(url);
    }
    // Pages due now, in URL order; pages found in a feed this poll are among them.
    std::vector<std::string> due;
    for (const auto& [url, r] : state_.urls)
      if (!r.feed && !r.retired && !checked_.contains(url) && (r.next_check <= now_ || options_.ignore_schedule))
        due.push_back(url);
    for (const std::string& url : due) {
      check_page(url, state_.urls.at(url), std::nullopt);
      save();
    }
    return summary_;
  }

 private:
  void save() { save_state(dir_, state_, now_); }

  void problem(const std::string& url, Resource& r, const std::string& what,
               std::optional<std::int64_t> retry_after = std::nullopt) {
    ++summary_.problems;
    r.failures += 1;
    r.last_problem = what;
    r.next_check = retry_time(r.failures, now_, retry_after);
    if (events_.problem) events_.problem(url, what);
  }

  void found(Finding f) {
    f.at = now_;
    if (events_.found) events_.found(f);
  }

  // Whether robots.txt lets us fetch `url`; fetched once per host and poll.
  bool robots_allow(const std::string& url) {
    const std::string host = url_host(url);
    auto it = robots_.find(host);
    if (it == robots_.end()) {
      const std::string robots_url = resolve_url(url, "/robots.txt");
      const HttpResponse r = fetch({robots_url, {}, {}});
      // No robots.txt, or none that answered: nothing is forbidden.
      it = robots_.emplace(host, r.ok() ? RobotsRules::parse(r.body) : RobotsRules()).first;
    }
    return it->second.allows(url_path(url));
  }

  HttpResponse fetch(const HttpRequest& request) {
    const std::string host = url_host(request.url);
    auto delay = options_.host_delay;
    if (auto rules = robots_.find(host); rules != robots_.end() && rules->second.crawl_delay_seconds())
      delay = std::max(delay, std::chrono::milliseconds(std::min(*rules->second.crawl_delay_seconds(), 60L) * 1000));
    if (auto last = last_request_.find(host); last != last_request_.end())
      std::this_thread::sleep_until(last->second + delay);
    HttpResponse r = http_get(request, options_.fetch);
    last_request_[host] = Clock::now();
    ++summary_.fetched;
    return r;
  }

  // Whether `url`'s host asked us to wait (429/503 with Retry-After) or robots.txt forbids it.
  bool may_fetch(const std::string& url, Resource& r) {
    if (auto wait = state_.host_not_before.find(url_host(url));
        wait != state_.host_not_before.end() && wait->second > now_)
      return false;
    if (!robots_allow(url)) {
      problem(url, r, "robots.txt forbids this path");
      return false;
    }
    return true;
  }

  // An HTTP answer that is no page: records the failure and backs off. True when it was one.
  bool failed(const std::string& url, Resource& r, const HttpResponse& resp) {
    if (!resp.error.empty()) {
      problem(url, r, resp.error);
      return true;
    }
    if (resp.status == 429 || resp.status == 503) {
      problem(url, r, fmt::format("HTTP {}", resp.status), resp.retry_after_seconds);
      state_.host_not_before[url_host(url)] = r.next_check;
      return true;
    }
    if (resp.status == 404 || resp.status == 410 || resp.status == 304 || resp.ok()) return false;
    problem(url, r, fmt::format("HTTP {}", resp.status), resp.retry_after_seconds);
    return true;
  }

  void check_source(const std::string& url) {
    checked_.insert(url);
    Resource& r = state_.urls.at(url);
    if (!may_fetch(url, r)) return save();
    const HttpResponse resp = fetch({url, r.etag, r.last_modified});
    if (failed(url, r, resp)) return save();
    if (resp.status == 304 || !resp.ok()) {
      if (resp.status != 304) problem(url, r, fmt::format("HTTP {}", resp.status));
      return save();
    }
    std::optional<std::vector<std::string>> items = feed_item_urls(resp.body, resp.final_url);
    if (!items) {  // a single article URL
      r.feed = false;
      check_page(url, r, resp);
      return save();
    }
    r.feed = true;
    r.failures = 0;
    r.last_problem.clear();
    r.etag = resp.etag;
    r.last_modified = resp.last_modified;
    r.next_check = now_;
    for (const std::string& item : *items) {
      auto [it, added] = state_.urls.try_emplace(item);
      if (added) it->second.first_seen = it->second.next_check = now_;
    }
    save();
  }

  void schedule(Resource& r) {
    const std::optional<Timestamp> next = next_check(r.first_seen, now_, options_.schedule);
    r.retired = !next;
    r.next_check = next.value_or(now_);
  }

  void mark_gone(const std::string& url, Resource& r, std::string why) {
    r.failures = 0;
    r.last_problem.clear();
    r.etag.clear();
    r.last_modified.clear();
    schedule(r);  // a gone page is still checked, so a return is seen
    if (r.gone || r.article.empty()) return;
    r.gone = true;
    // Recorded in the article's history first, so that a finding printed is a finding kept.
    store::record_event(dir_, ArticleId(r.article), {now_, "gone", why});
    found({FindingKind::gone, r.article, url, 0, {}, {}, std::move(why), {}});
  }

  // Checks one page; `first` is a response already fetched for it.
  void check_page(const std::string& url, Resource& r, std::optional<HttpResponse> first) {
    if (!first) {
      if (!may_fetch(url, r)) return;
      first = fetch({url, r.gone ? std::string() : r.etag, r.gone ? std::string() : r.last_modified});
    }
    const HttpResponse& resp = *first;
    if (failed(url, r, resp)) return;
    if (resp.status == 304) {
      ++summary_.unchanged;
      r.failures = 0;
      r.last_problem.clear();
      return schedule(r);
    }
    if (resp.status == 404 || resp.status == 410) return mark_gone(url, r, fmt::format("HTTP {}", resp.status));
    std::string final_url;
    try {
      final_url = clean_url(resp.final_url);
    } catch (const Error&) {
      final_url = url;
    }
    if (final_url != url && !r.article.empty() && article_id_for_url(final_url).str() != r.article)
      return mark_gone(url, r, fmt::format("redirected to {}", final_url));

    std::optional<store::IngestRequest> request = read_page(url, final_url, r, resp);
    if (!request) return;
    const std::string id = request->article.str();
    const bool known = store_.contains(request->article);
    std::optional<std::string> stored;
    if (known) stored = store_.version(request->article).document.text();
    std::string text = text::article_text(request->extracted);
    auto same_as_stored = [&](const std::string& t) {
      return stored && text::without_volatile_lines(t, r.volatile_lines) == text::without_volatile_lines(*stored, r.volatile_lines);
    };
    if (!same_as_stored(text)) {
      // Changed or new: a second fetch tells lines that change on every fetch from an edit.
      const HttpResponse again = fetch({url, {}, {}});
      if (again.ok()) {
        if (std::optional<store::IngestRequest> second = read_page(url, final_url, r, again)) {
          const std::string second_text = text::article_text(second->extracted);
          if (second->article == request->article) {
            text::learn_volatile_lines(text, second_text, r.volatile_lines);
            request = std::move(second);
            text = second_text;
          }
        }
      }
    }
    r.failures = 0;
    r.last_problem.clear();
    r.etag = resp.etag;
    r.last_modified = resp.last_modified;
    r.article = id;
    schedule(r);
    if (r.gone) {
      r.gone = false;
      store::record_event(dir_, ArticleId(id), {now_, "returned", {}});
      found({FindingKind::returned, id, url, known ? static_cast<int>(store_.log(request->article).size()) : 0, {}, {}, {}, {}});
    }
    if (same_as_stored(text)) {
      ++summary_.unchanged;
      return;
    }
    request->furniture = r.volatile_lines;  // kept out of the stored text too, not only out of comparisons
    const store::IngestResult result = store_.ingest(*request);
    if (result.outcome == store::IngestOutcome::unchanged || result.outcome == store::IngestOutcome::seen_earlier) {
      ++summary_.unchanged;
      return;
    }
    ++summary_.new_versions;
    report_version(url, request->article, result,
                   request->headline.empty() ? request->extracted.headline : request->headline, r.volatile_lines);
  }

  std::optional<store::IngestRequest> read_page(const std::string& url, const std::string& final_url, Resource& r,
                                                const HttpResponse& resp) {
    try {
      text::ArticleFile file{page_name(resp), resp.body, {}};
      file.extracted = text::read_article(file.bytes, file.name);
      std::string page_url = final_url;
      if (!file.extracted.canonical_url.empty()) {
        try {
          page_url = resolve_url(final_url, file.extracted.canonical_url);
        } catch (const Error&) {
          // a canonical link that is no http(s) URL is ignored
        }
      }
      ArticleId id = r.article.empty() ? article_id_for_url(page_url) : ArticleId(r.article);
      return store::version_request(std::move(id), std::move(file), page_url, "", now_, "");
    } catch (const Error& e) {
      problem(url, r, e.what());
      return std::nullopt;
    }
  }

  void report_version(const std::string& url, const ArticleId& id, const store::IngestResult& result,
                      const std::string& headline, const std::vector<std::string>& volatile_lines) {
    const int v = result.version;
    found({result.versions == 1 ? FindingKind::new_article : FindingKind::new_version, id.str(), url, v, {}, {}, headline, {}});
    if (result.versions < 2) return;
    // Audited without the page's volatile lines, so a clock line that changed along with the
    // article is not reported as an edit.
    std::vector<text::ArticleVersion> history = store_.history(id);
    for (text::ArticleVersion& version : history)
      version.document = text::Document::parse(text::without_volatile_lines(version.document.text(), volatile_lines));
    const analyze::ArticleAudit audit = analyze::audit(id.str(), history);
    for (const analyze::NoticeFinding& n : audit.notices)
      if (n.notice.version == v)
        found({FindingKind::notice, id.str(), url, v, {}, std::string(analyze::to_string(n.notice.kind)), n.notice.text, {}});
    for (const analyze::RemovedNotice& n : audit.removed_notices)
      if (n.version == v)
        found({FindingKind::removed_notice, id.str(), url, v, {}, std::string(analyze::to_string(n.kind)), n.text, {}});
    for (const analyze::ChangeRef& c : audit.stealth_edits)
      if (c.to == v)
        found({FindingKind::stealth_edit, id.str(), url, v, {}, std::string(analyze::to_string(c.category)),
               fmt::format("\"{}\" -> \"{}\"", c.old_text.empty() ? c.old_sentence : c.old_text,
                           c.new_text.empty() ? c.new_sentence : c.new_text),
               std::string(analyze::to_string(c.severity))});
  }

  const std::filesystem::path& dir_;
  const WatchOptions& options_;
  Timestamp now_;
  const WatchEvents& events_;
  WatchState state_;
  store::ArticleStore store_;
  std::map<std::string, RobotsRules> robots_;
  std::map<std::string, Clock::time_point> last_request_;
  std::set<std::string> checked_;  // URLs already fetched this poll
  PollSummary summary_;
};

}  // namespace

Watcher::Watcher(std::filesystem::path store_dir, WatchOptions options)
    : dir_(std::move(store_dir)), options_(options) {
  store::ArticleStore::open(dir_);
}

PollSummary Watcher::poll(const std::vector<std::string>& extra_sources, Timestamp now, const WatchEvents& events) {
  Poll poll(dir_, options_, now, events);
  return poll.run(extra_sources);
}

void Watcher::run(const std::vector<std::string>& extra_sources, std::int64_t interval_seconds,
                  const WatchEvents& events, const std::atomic<bool>& stop,
                  const std::function<void(Timestamp, const PollSummary&)>& polled) {
  while (!stop) {
    const auto started = Clock::now();
    const Timestamp now = Timestamp::now();
    const PollSummary summary = poll(extra_sources, now, events);
    if (polled) polled(now, summary);
    const auto next = started + std::chrono::seconds(interval_seconds);
    while (!stop && Clock::now() < next)
      std::this_thread::sleep_for(std::min<Clock::duration>(std::chrono::seconds(1), next - Clock::now()));
  }
}

std::vector<std::string> add_sources(const std::filesystem::path& dir, const std::vector<std::string>& urls,
                                     Timestamp now) {
  std::vector<std::string> cleaned;
  for (const std::string& u : urls) cleaned.push_back(clean_url(u));  // every URL checked before any is added
  WatchState state = load_state(dir);
  std::vector<std::string> added;
  for (std::string& u : cleaned)
    if (std::find(state.sources.begin(), state.sources.end(), u) == state.sources.end()) {
      state.sources.push_back(u);
      added.push_back(std::move(u));
    }
  if (!added.empty()) save_state(dir, state, now);
  return added;
}

void remove_source(const std::filesystem::path& dir, const std::string& url, Timestamp now) {
  const std::string u = clean_url(url);
  WatchState state = load_state(dir);
  const auto it = std::find(state.sources.begin(), state.sources.end(), u);
  if (it == state.sources.end())
    throw Error(ErrorKind::not_found, fmt::format("{} is not a source of {} (see: revisor sources list)", u, dir.string()));
  state.sources.erase(it);
  save_state(dir, state, now);
}

std::vector<std::string> list_sources(const std::filesystem::path& dir) { return load_state(dir).sources; }

}  // namespace revisor::watch
