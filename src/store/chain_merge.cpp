#include "store/chain_merge.h"

#include <fmt/core.h>

#include <algorithm>
#include <optional>

#include "revisor/base/error.h"

namespace revisor::store {
namespace {

bool same_version(const ChainLink& a, const ChainLink& b) {
  return a.time == b.time && git_oid_equal(&a.text_blob, &b.text_blob);
}

// Whether `order` holds exactly the commits of `chain`, in its order.
bool same_commits(const std::vector<MergedLink>& order, const std::vector<ChainLink>& chain) {
  if (order.size() != chain.size()) return false;
  for (std::size_t i = 0; i < chain.size(); ++i)
    if (!git_oid_equal(&order[i].link.id, &chain[i].id)) return false;
  return true;
}

// Whether `order` holds exactly the versions of `chain`, whichever side's commits it names.
bool same_versions(const std::vector<MergedLink>& order, const std::vector<ChainLink>& chain) {
  if (order.size() != chain.size()) return false;
  for (std::size_t i = 0; i < chain.size(); ++i)
    if (!same_version(order[i].link, chain[i])) return false;
  return true;
}

std::size_t shared_prefix(const std::vector<MergedLink>& order, const std::vector<ChainLink>& chain) {
  std::size_t n = 0;
  while (n < order.size() && n < chain.size() && git_oid_equal(&order[n].link.id, &chain[n].id)) ++n;
  return n;
}

}  // namespace

std::vector<MergedLink> merged_order(const std::vector<ChainLink>& local, const std::vector<ChainLink>& remote) {
  std::vector<MergedLink> out;
  out.reserve(local.size() + remote.size());
  auto already_kept = [&](const ChainLink& v) {
    // The output is in time order, so a version kept before sits among the last of its time.
    for (auto k = out.rbegin(); k != out.rend() && k->link.time == v.time; ++k)
      if (same_version(k->link, v)) return true;
    return false;
  };
  std::size_t i = 0, j = 0;
  while (i < local.size() || j < remote.size()) {
    MergedLink next;
    if (j == remote.size()) {
      next = {local[i++], false};
    } else if (i == local.size()) {
      next = {remote[j++], true};
    } else if (same_version(local[i], remote[j])) {
      next = {local[i++], false};
      ++j;
    } else if (local[i].time < remote[j].time ||
               (local[i].time == remote[j].time && git_oid_cmp(&local[i].text_blob, &remote[j].text_blob) < 0)) {
      next = {local[i++], false};
    } else {
      next = {remote[j++], true};
    }
    if (already_kept(next.link)) continue;
    if (!out.empty() && git_oid_equal(&out.back().link.text_blob, &next.link.text_blob)) continue;
    out.push_back(next);
  }
  return out;
}

bool adds_nothing(const std::vector<ChainLink>& local, const std::vector<ChainLink>& remote) {
  return same_commits(merged_order(local, remote), local);
}

ChainMerge merge_chains(git_repository* repo, const std::vector<ChainLink>& local,
                        const std::vector<ChainLink>& remote) {
  if (local.empty() || remote.empty()) throw Error(ErrorKind::internal, "merge_chains: an empty chain");
  const std::vector<MergedLink> order = merged_order(local, remote);
  ChainMerge merge;
  merge.versions = order.size();
  for (const MergedLink& m : order) merge.added += m.from_remote ? 1 : 0;
  if (same_commits(order, local)) {
    merge.kind = ChainMerge::Kind::keep_local;
    merge.tip = local.back().id;
    return merge;
  }
  if (same_versions(order, remote)) {
    merge.kind = ChainMerge::Kind::take_remote;
    merge.tip = remote.back().id;
    return merge;
  }
  merge.kind = ChainMerge::Kind::rebuilt;
  const std::size_t keep = std::max(shared_prefix(order, local), shared_prefix(order, remote));
  std::optional<git_oid> tip;
  if (keep > 0) tip = order[keep - 1].link.id;
  for (std::size_t k = keep; k < order.size(); ++k) {
    git_commit* raw = nullptr;
    const int rc = git_commit_lookup(&raw, repo, &order[k].link.id);
    CommitPtr original(raw);
    git_check(rc, fmt::format("reading version commit {}", oid_hex(order[k].link.id)));
    tip = recreate_commit(repo, original.get(), tip ? &*tip : nullptr);
  }
  merge.tip = *tip;
  return merge;
}

}  // namespace revisor::store
