#include "store/article_list.h"

#include <fcntl.h>
#include <fmt/core.h>
#include <sys/stat.h>
#include <unistd.h>

#include <algorithm>
#include <cerrno>
#include <charconv>
#include <cstdint>
#include <fstream>
#include <optional>
#include <sstream>
#include <string>
#include <string_view>
#include <system_error>
#include <unordered_map>

#include "revisor/base/atomic_file.h"
#include "revisor/base/error.h"
#include "revisor/base/fd_write.h"
#include "revisor/store/store_format.h"
#include "store/ref_files.h"
#include "store/refs_stamp.h"
#include "store/version_chain.h"

namespace revisor::store {
namespace {

namespace fs = std::filesystem;

// The first line of the cache, then a space and the refs' stamp (refs_stamp) or "-" when the
// refs could not be stamped. A file with any other first line is ignored (and rewritten); one with
// the header of version 1 (no stamp) is read as unstamped.
constexpr std::string_view kCacheHeader = "revisor list cache 2";
constexpr std::string_view kUnstampedHeader = "revisor list cache 1";
constexpr std::string_view kNoStamp = "-";

struct CachedArticle {
  std::string tip;  // hex id of the commit the ref pointed at
  ArticleSummary summary;
};

template <class Int>
bool parse_int(std::string_view s, Int& out) {
  auto [end, ec] = std::from_chars(s.data(), s.data() + s.size(), out);
  return ec == std::errc() && end == s.data() + s.size();
}

// Splits off the text before the next space.
std::string_view next_field(std::string_view& line) {
  const auto space = line.find(' ');
  std::string_view field = line.substr(0, space);
  line = space == std::string_view::npos ? std::string_view() : line.substr(space + 1);
  return field;
}

// Line: TIP VERSIONS FIRST LAST ID HEADLINE (times in Unix seconds; ids hold no spaces, and the
// headline, last, is one line). A journal line has the headline's length in bytes before the ID, so
// that a line cut short by a writer that died mid-write is not read as a shorter headline. A malformed
// line is skipped: that article is read from its chain.
bool parse_line(std::string_view rest, bool journal, CachedArticle& c) {
  c.tip = next_field(rest);
  std::int64_t first = 0, last = 0;
  std::size_t headline_bytes = 0;
  if (c.tip.size() != GIT_OID_HEXSZ || !parse_int(next_field(rest), c.summary.versions) ||
      !parse_int(next_field(rest), first) || !parse_int(next_field(rest), last))
    return false;
  if (journal && !parse_int(next_field(rest), headline_bytes)) return false;
  c.summary.id = next_field(rest);
  if (c.summary.id.empty() || (journal && rest.size() != headline_bytes)) return false;
  c.summary.first_observed = Timestamp::from_seconds(first);
  c.summary.last_observed = Timestamp::from_seconds(last);
  c.summary.headline = rest;
  return true;
}

std::string format_line(const std::string& tip, const ArticleSummary& s, bool journal) {
  const std::string length = journal ? fmt::format("{} ", s.headline.size()) : std::string();
  return fmt::format("{} {} {} {} {}{} {}\n", tip, s.versions, s.first_observed.seconds(), s.last_observed.seconds(),
                     length, s.id, s.headline);
}

// The stamp a cache's first line records: "-" for none, nothing when the line is not a cache's.
std::optional<std::string> header_stamp(std::string_view line) {
  if (line == kUnstampedHeader) return std::string(kNoStamp);
  if (!line.starts_with(kCacheHeader) || line.size() <= kCacheHeader.size() + 1 || line[kCacheHeader.size()] != ' ')
    return std::nullopt;
  return std::string(line.substr(kCacheHeader.size() + 1));
}

// Adds the lines of `file` to `out`, a later line of an id replacing an earlier one; returns whether
// the file had any. The cache starts with its header (a file with any other is ignored), whose stamp
// goes to `stamp`; the journal has no header.
bool read_lines(const fs::path& file, bool journal, std::unordered_map<std::string, CachedArticle>& out,
                std::string* stamp = nullptr) {
  std::ifstream in(file, std::ios::binary);
  if (!in) return false;
  std::string line;
  if (!journal) {
    if (!std::getline(in, line)) return false;
    auto recorded = header_stamp(line);
    if (!recorded) return false;
    if (stamp) *stamp = std::move(*recorded);
  }
  bool any = false;
  while (std::getline(in, line)) {
    any = true;
    CachedArticle c;
    if (!parse_line(line, journal, c)) continue;
    std::string id = c.summary.id;
    out.insert_or_assign(std::move(id), std::move(c));
  }
  return any;
}

// The cache's articles, in its order (by id), when it records `stamp` and every line reads; nothing
// otherwise. The refs have not changed since the list that wrote it, so they need not be read.
std::optional<std::vector<ArticleSummary>> read_stamped_cache(const fs::path& file, const std::string& stamp) {
  std::ifstream in(file, std::ios::binary);
  std::string line;
  if (!in || !std::getline(in, line) || header_stamp(line) != stamp) return std::nullopt;
  std::vector<ArticleSummary> out;
  CachedArticle c;
  while (std::getline(in, line)) {
    if (!parse_line(line, false, c)) return std::nullopt;
    if (!out.empty() && !(out.back().id < c.summary.id)) return std::nullopt;  // written sorted, once each
    out.push_back(std::move(c.summary));
  }
  if (in.bad()) return std::nullopt;
  return out;
}

// Past this size the journal takes no more lines: list reads it whole into memory, and a store whose
// lists are this far behind its writers is better served by one list reading the chains.
constexpr std::uintmax_t kMaxJournalBytes = std::uintmax_t{256} << 20;

void write_cache(const fs::path& file, const std::vector<CachedArticle>& articles, const std::string& stamp) {
  std::string text = fmt::format("{} {}\n", kCacheHeader, stamp);
  for (const auto& c : articles) text += format_line(c.tip, c.summary, false);
  AtomicFile out(file);
  out.write(text);
  out.commit();
}

ArticleSummary summary_from_chain(git_repository* repo, const std::string& ref, const std::string& id) {
  VersionChain chain = read_chain(repo, ref);
  ArticleSummary s;
  s.id = id;
  if (chain.entries.empty()) return s;
  s.versions = static_cast<int>(chain.entries.size());
  s.first_observed = chain.entries.front().time;
  s.last_observed = chain.entries.back().time;
  s.headline = git_commit_summary(chain.entries.back().commit.get());
  return s;
}

// Every article ref with the commit it points at, read from the ref files at once where they are as
// git writes them, else one at a time through libgit2.
std::vector<CachedArticle> article_tips(git_repository* repo, const fs::path& dir) {
  std::vector<CachedArticle> out;
  if (auto tips = read_article_tips(git_repository_commondir(repo))) {
    out.reserve(tips->size());
    for (auto& t : *tips) {
      auto id = format::article_of_ref(t.name);
      if (!id) continue;
      CachedArticle c;
      c.tip = std::move(t.tip);
      c.summary.id = std::move(*id);
      out.push_back(std::move(c));
    }
    return out;
  }
  git_reference_iterator* raw = nullptr;
  int rc = git_reference_iterator_glob_new(&raw, repo, std::string(format::kRefGlob).c_str());
  RefIteratorPtr iter(raw);
  git_check(rc, fmt::format("listing the articles of {}", dir.string()));
  git_reference* ref = nullptr;
  while ((rc = git_reference_next(&ref, iter.get())) == 0) {
    ReferencePtr owned(ref);
    const git_oid* target = git_reference_target(ref);
    auto id = format::article_of_ref(git_reference_name(ref));
    if (!target || !id) continue;  // a symbolic ref is not an article
    CachedArticle c;
    c.tip = oid_hex(*target);
    c.summary.id = std::move(*id);
    out.push_back(std::move(c));
  }
  if (rc != GIT_ITEROVER) git_check(rc, fmt::format("listing the articles of {}", dir.string()));
  return out;
}

}  // namespace

void journal_listed(const fs::path& dir, const std::vector<ListedArticle>& moved) {
  if (moved.empty()) return;
  const fs::path file = dir / kListJournalFile;
  const int fd = ::open(file.c_str(), O_RDWR | O_APPEND | O_CREAT | O_CLOEXEC, 0666);
  if (fd < 0) return;
  struct stat st {};
  std::string text;
  if (::fstat(fd, &st) == 0 && static_cast<std::uintmax_t>(st.st_size) <= kMaxJournalBytes) {
    // A writer killed mid-line left no newline: end its line, so that it alone is skipped.
    char last = '\n';
    if (st.st_size > 0 && ::pread(fd, &last, 1, st.st_size - 1) == 1 && last != '\n') text += '\n';
    for (const auto& m : moved) text += format_line(oid_hex(m.tip), m.summary, true);
    (void)write_all(fd, text);  // a line the disk cut short is skipped by list
  }
  ::close(fd);
}

std::vector<ArticleSummary> list_articles(git_repository* repo, const fs::path& dir) {
  const fs::path cache_file = dir / kListCacheFile;
  const fs::path journal_file = dir / kListJournalFile;
  // Taken before any ref is read, so that a ref moved after it changes the next list's stamp.
  const std::optional<std::string> stamp = refs_stamp(git_repository_commondir(repo));
  std::error_code no_journal;
  if (stamp && !fs::exists(journal_file, no_journal) && !no_journal) {
    if (auto listed = read_stamped_cache(cache_file, *stamp)) return std::move(*listed);
  }

  // Every article ref with the commit it points at: the refs, not the cache, say what exists.
  std::vector<CachedArticle> current = article_tips(repo, dir);
  std::sort(current.begin(), current.end(),
            [](const CachedArticle& a, const CachedArticle& b) { return a.summary.id < b.summary.id; });

  std::unordered_map<std::string, CachedArticle> cached;
  std::string cached_stamp;
  read_lines(cache_file, false, cached, &cached_stamp);
  // A journal is folded into the rewritten cache. Lines a writer appends between this read and the
  // removal below are lost with the file: their articles' tips are then missing from the cache, and
  // the next list reads those chains.
  const bool journal = read_lines(journal_file, true, cached);
  bool stale = journal || cached.size() != current.size();
  for (auto& c : current) {
    auto hit = cached.find(c.summary.id);
    if (hit != cached.end() && hit->second.tip == c.tip) {
      c.summary = std::move(hit->second.summary);
      continue;
    }
    stale = true;
    const std::string ref_name = std::string(format::kRefPrefix) + c.summary.id;
    c.summary = summary_from_chain(repo, ref_name, c.summary.id);
  }
  std::erase_if(current, [](const CachedArticle& c) { return c.summary.versions == 0; });
  // Also rewritten, once, to record a stamp where the refs have settled since the cache was written.
  if (stale || (stamp && *stamp != cached_stamp)) {
    try {
      write_cache(cache_file, current, stamp.value_or(std::string(kNoStamp)));
      std::error_code ignored;
      if (journal) fs::remove(journal_file, ignored);
    } catch (const Error&) {
      // A store this user may read but not write still lists; the next writer's list fills the cache.
    }
  }
  std::vector<ArticleSummary> out;
  out.reserve(current.size());
  for (auto& c : current) out.push_back(std::move(c.summary));
  return out;
}

}  // namespace revisor::store
