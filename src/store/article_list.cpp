#include "store/article_list.h"

#include <fmt/core.h>

#include <algorithm>
#include <charconv>
#include <fstream>
#include <sstream>
#include <string>
#include <string_view>
#include <unordered_map>

#include "revisor/base/atomic_file.h"
#include "revisor/base/error.h"
#include "revisor/store/store_format.h"
#include "store/version_chain.h"

namespace revisor::store {
namespace {

namespace fs = std::filesystem;

// The first line of the cache; a file with any other is ignored (and rewritten).
constexpr std::string_view kCacheHeader = "revisor list cache 1";

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
// headline, last, is one line). A malformed line is skipped: that article is read from its chain.
std::unordered_map<std::string, CachedArticle> read_cache(const fs::path& file) {
  std::unordered_map<std::string, CachedArticle> out;
  std::ifstream in(file, std::ios::binary);
  if (!in) return out;
  std::string line;
  if (!std::getline(in, line) || line != kCacheHeader) return out;
  while (std::getline(in, line)) {
    std::string_view rest = line;
    CachedArticle c;
    c.tip = next_field(rest);
    std::int64_t first = 0, last = 0;
    if (c.tip.size() != GIT_OID_HEXSZ || !parse_int(next_field(rest), c.summary.versions) ||
        !parse_int(next_field(rest), first) || !parse_int(next_field(rest), last))
      continue;
    c.summary.id = next_field(rest);
    if (c.summary.id.empty()) continue;
    c.summary.first_observed = Timestamp::from_seconds(first);
    c.summary.last_observed = Timestamp::from_seconds(last);
    c.summary.headline = rest;
    std::string id = c.summary.id;
    out.emplace(std::move(id), std::move(c));
  }
  return out;
}

void write_cache(const fs::path& file, const std::vector<CachedArticle>& articles) {
  std::string text(kCacheHeader);
  text += '\n';
  for (const auto& c : articles) {
    const auto& s = c.summary;
    text += fmt::format("{} {} {} {} {} {}\n", c.tip, s.versions, s.first_observed.seconds(), s.last_observed.seconds(),
                        s.id, s.headline);
  }
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

}  // namespace

std::vector<ArticleSummary> list_articles(git_repository* repo, const fs::path& dir) {
  // Every article ref with the commit it points at: the refs, not the cache, say what exists.
  git_reference_iterator* raw = nullptr;
  int rc = git_reference_iterator_glob_new(&raw, repo, std::string(format::kRefGlob).c_str());
  RefIteratorPtr iter(raw);
  git_check(rc, fmt::format("listing the articles of {}", dir.string()));
  std::vector<CachedArticle> current;
  git_reference* ref = nullptr;
  while ((rc = git_reference_next(&ref, iter.get())) == 0) {
    ReferencePtr owned(ref);
    const git_oid* target = git_reference_target(ref);
    auto id = format::article_of_ref(git_reference_name(ref));
    if (!target || !id) continue;  // a symbolic ref is not an article
    CachedArticle c;
    c.tip = oid_hex(*target);
    c.summary.id = std::move(*id);
    current.push_back(std::move(c));
  }
  if (rc != GIT_ITEROVER) git_check(rc, fmt::format("listing the articles of {}", dir.string()));
  std::sort(current.begin(), current.end(),
            [](const CachedArticle& a, const CachedArticle& b) { return a.summary.id < b.summary.id; });

  const fs::path cache_file = dir / kListCacheFile;
  auto cached = read_cache(cache_file);
  bool stale = cached.size() != current.size();
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
  if (stale) {
    try {
      write_cache(cache_file, current);
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
