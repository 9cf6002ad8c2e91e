#include "store/chain_edit.h"

#include <fmt/core.h>

#include <algorithm>

#include "revisor/base/error.h"
#include "revisor/text/article_text.h"
#include "revisor/text/volatile_lines.h"
#include "store/sha256.h"

namespace revisor::store {
namespace {

std::string one_line(std::string s) {
  for (char& c : s)
    if (c == '\n' || c == '\r' || c == '\t') c = ' ';
  auto b = s.find_first_not_of(' ');
  auto e = s.find_last_not_of(' ');
  return b == std::string::npos ? std::string() : s.substr(b, e - b + 1);
}

CommitPtr lookup_commit(git_repository* repo, const git_oid& id, std::string_view what) {
  git_commit* raw = nullptr;
  int rc = git_commit_lookup(&raw, repo, &id);
  CommitPtr commit(raw);
  git_check(rc, fmt::format("reading {} {}", what, oid_hex(id)));
  return commit;
}

}  // namespace

std::vector<ChainLink> links_of(const VersionChain& chain) {
  std::vector<ChainLink> links;
  links.reserve(chain.entries.size());
  for (const auto& e : chain.entries) links.push_back({e.id, e.text_blob, e.time});
  return links;
}

NewVersion new_version(const IngestRequest& request) {
  NewVersion v;
  v.request = &request;
  v.text = text::article_text(request.extracted);
  if (request.furniture) v.text = text::without_volatile_lines(v.text, *request.furniture);
  v.headline = one_line(request.headline.empty() ? request.extracted.headline : request.headline);
  if (v.headline.empty()) v.headline = request.article.str();
  v.time = request.observed_at;
  git_check(git_odb_hash(&v.text_id, v.text.data(), v.text.size(), GIT_OBJECT_BLOB), "hashing article.txt");
  git_check(git_odb_hash(&v.source_id, request.source_bytes.data(), request.source_bytes.size(), GIT_OBJECT_BLOB),
            "hashing the source");
  v.source_sha256 = sha256_hex(request.source_bytes);
  return v;
}

format::VersionRecord read_record(git_repository* repo, const git_oid& commit_id, const ArticleId& article) {
  const std::string where = fmt::format("{} commit {}", article.str(), oid_hex(commit_id));
  CommitPtr commit = lookup_commit(repo, commit_id, "commit");
  git_tree* raw = nullptr;
  int rc = git_commit_tree(&raw, commit.get());
  TreePtr tree(raw);
  git_check(rc, fmt::format("reading the tree of {}", where));
  const git_tree_entry* meta = git_tree_entry_byname(tree.get(), std::string(format::kMetaEntry).c_str());
  if (!meta) throw Error(ErrorKind::store, fmt::format("{} has no {}", where, format::kMetaEntry));
  git_blob* raw_blob = nullptr;
  rc = git_blob_lookup(&raw_blob, repo, git_tree_entry_id(meta));
  BlobPtr blob(raw_blob);
  git_check(rc, fmt::format("reading {}", where));
  return format::read_meta_json(std::string_view(static_cast<const char*>(git_blob_rawcontent(blob.get())),
                                                 static_cast<std::size_t>(git_blob_rawsize(blob.get()))),
                                where);
}

Placement place_version(git_repository* repo, const std::vector<ChainLink>& entries, const NewVersion& v,
                        const ArticleId& article, BatchObjects* batch) {
  const git_oid text_id = v.text_id;
  // The new version goes after every version observed at or before its time.
  std::size_t pos = 0;
  while (pos < entries.size() && entries[pos].time <= v.time) ++pos;
  Placement p;
  IngestResult& result = p.result;
  if (pos > 0 && git_oid_equal(&entries[pos - 1].text_blob, &text_id)) {
    result.outcome = IngestOutcome::unchanged;
    result.version = static_cast<int>(pos);
    result.commit = oid_hex(entries[pos - 1].id);
    result.versions = static_cast<int>(entries.size());
    p.tip = entries.back().id;
    p.chain = entries;
    return p;
  }
  // The same text observed later is this version seen earlier than recorded: it replaces that
  // commit (moving the first-seen time back) instead of becoming its identical neighbour.
  const bool seen_earlier = pos < entries.size() && git_oid_equal(&entries[pos].text_blob, &text_id);
  NewVersion version = v;
  if (seen_earlier) {
    const format::VersionRecord later = read_record(repo, entries[pos].id, article);
    version.later_sightings.push_back({entries[pos].time, oid_hex(entries[pos].id), later.source_sha256});
    version.later_sightings.insert(version.later_sightings.end(), later.later_sightings.begin(),
                                   later.later_sightings.end());
    result.previously_first_seen = entries[pos].time;
  }
  git_oid tip = write_version(repo, version, pos > 0 ? &entries[pos - 1].id : nullptr, batch);
  result.commit = oid_hex(tip);
  p.chain.assign(entries.begin(), entries.begin() + static_cast<std::ptrdiff_t>(pos));
  p.chain.push_back({tip, text_id, v.time});
  for (std::size_t i = pos + (seen_earlier ? 1 : 0); i < entries.size(); ++i) {
    CommitPtr original = lookup_commit(repo, entries[i].id, "a later version, commit");
    tip = recreate_commit(repo, original.get(), &tip);
    p.chain.push_back({tip, entries[i].text_blob, entries[i].time});
  }
  p.tip = tip;
  result.outcome = seen_earlier              ? IngestOutcome::seen_earlier
                   : pos == entries.size() ? IngestOutcome::appended
                                           : IngestOutcome::inserted;
  result.version = static_cast<int>(pos) + 1;
  result.versions = static_cast<int>(p.chain.size());
  switch (result.outcome) {
    case IngestOutcome::appended:
      p.log_message = fmt::format("revisor ingest: version {} observed {}", result.version, to_iso8601(v.time));
      break;
    case IngestOutcome::seen_earlier:
      p.log_message = fmt::format("revisor ingest: version {} first seen {}, not {}; {} later version(s) re-created",
                                  result.version, to_iso8601(v.time), to_iso8601(result.previously_first_seen),
                                  entries.size() - pos - 1);
      break;
    default:
      p.log_message = fmt::format("revisor ingest: version {} observed {} inserted, {} later version(s) re-created",
                                  result.version, to_iso8601(v.time), entries.size() - pos);
  }
  return p;
}

bool replaces_chain(const std::optional<git_oid>& old_tip, const std::vector<ChainLink>& chain) {
  if (!old_tip) return false;
  return std::none_of(chain.begin(), chain.end(), [&](const ChainLink& l) { return git_oid_equal(&l.id, &*old_tip); });
}

void start_ref_log(git_repository* repo, const std::string& ref) {
  git_check(git_reference_ensure_log(repo, ref.c_str()), fmt::format("starting the log of {}", ref));
}

std::string nesting_refusal(const std::string& id, const std::string& stored) {
  return fmt::format(
      "article id \"{}\" cannot be stored: the store holds the article \"{}\", and an id "
      "cannot be the folder of another",
      id, stored);
}

std::optional<std::string> stored_folder_of(git_repository* repo, const std::string& id) {
  git_oid oid;
  for (auto slash = id.find('/'); slash != std::string::npos; slash = id.find('/', slash + 1)) {
    std::string parent = id.substr(0, slash);
    if (git_reference_name_to_id(&oid, repo, (std::string(format::kRefPrefix) + parent).c_str()) == 0)
      return parent;
  }
  return std::nullopt;
}

void check_no_nesting(git_repository* repo, const ArticleId& id) {
  const std::string& s = id.str();
  if (auto parent = stored_folder_of(repo, s)) throw Error(ErrorKind::bad_input, nesting_refusal(s, *parent));
  git_reference_iterator* raw = nullptr;
  std::string glob = format::article_ref(id) + "/*";
  int rc = git_reference_iterator_glob_new(&raw, repo, glob.c_str());
  RefIteratorPtr iter(raw);
  git_check(rc, fmt::format("looking for articles under {}", s));
  const char* name = nullptr;
  if (git_reference_next_name(&name, iter.get()) == 0)
    throw Error(ErrorKind::bad_input, nesting_refusal(s, format::article_of_ref(name).value_or(name)));
}

}  // namespace revisor::store
