#include "real_histories.h"

#include <fmt/core.h>
#include <nlohmann/json.hpp>

#include <algorithm>
#include <fstream>
#include <map>
#include <sstream>

#include "corpus_files.h"
#include "revisor/analyze/audit.h"
#include "revisor/base/error.h"
#include "revisor/text/article_text.h"

namespace revisor::bench {

namespace {

std::string slurp(const std::filesystem::path& p) {
  std::ifstream in(p, std::ios::binary);
  std::ostringstream s;
  s << in.rdbuf();
  return s.str();
}

struct Label {
  std::string article;
  int version = 0;
  std::string kind;
  std::string prefix;
  std::string link_words;  // "-" when the corrected change is not visible in the history
  bool found = false;
};

std::vector<std::string> split_tabs(const std::string& line) {
  std::vector<std::string> out;
  std::string cell;
  std::istringstream in(line);
  while (std::getline(in, cell, '\t')) out.push_back(cell);
  return out;
}

}  // namespace

std::vector<RealArticle> load_real_histories(const std::filesystem::path& dir) {
  std::vector<RealArticle> out;
  for (const auto& f : article_folders(dir)) {
    RealArticle a;
    a.id = f.filename().string();
    nlohmann::json meta = nlohmann::json::parse(slurp(f / "meta.json"));
    int n = 0;
    for (const auto& v : meta["versions"]) {
      ++n;
      std::string file = v["file"];
      try {
        auto extracted = text::read_article(slurp(f / file), file);
        text::ArticleVersion av;
        av.meta.number = n;
        if (v.contains("observed_at") && v["observed_at"].is_string()) {
          if (auto t = try_parse_timestamp(v["observed_at"].get<std::string>())) av.meta.observed_at = *t;
        }
        av.document = text::Document::parse(text::article_text(extracted));
        a.versions.push_back(std::move(av));
      } catch (const Error& e) {
        a.skipped = file + ": " + e.what();
        break;
      }
    }
    if (!a.skipped.empty()) a.versions.clear();
    out.push_back(std::move(a));
  }
  return out;
}

namespace {

// A hand-labelled stealth wording edit: does it change what the article claims?
struct StealthLabel {
  std::string article;
  int from = 0;
  int to = 0;
  std::string old_words;
  std::string new_words;
  bool substantive = false;
  bool flagged = false;
  std::string intention;  // NewsEdits 2.0 edit intention (fact, style, context); empty in the dev set
  analyze::Severity severity = analyze::Severity::low;  // when flagged
};

bool read_stealth_labels(const std::filesystem::path& file, std::vector<StealthLabel>& out) {
  std::ifstream in(file);
  if (!in) {
    fmt::print(stderr, "eval-notices: cannot read {}\n", file.string());
    return false;
  }
  std::string line;
  while (std::getline(in, line)) {
    if (line.empty() || line[0] == '#') continue;
    auto c = split_tabs(line);
    // Six columns (dev set: ..., yes|no) or seven (test set: ..., fact|style|context, yes|no).
    const bool test = c.size() == 7;
    const std::string& verdict = c.empty() ? line : c.back();
    if ((c.size() != 6 && !test) || (verdict != "yes" && verdict != "no") ||
        (test && c[5] != "fact" && c[5] != "style" && c[5] != "context")) {
      fmt::print(stderr, "eval-notices: {}: bad line: {}\n", file.string(), line);
      return false;
    }
    out.push_back({c[0], std::stoi(c[1]), std::stoi(c[2]), c[3], c[4], verdict == "yes", false,
                   test ? c[5] : std::string(), analyze::Severity::low});
  }
  return true;
}

// Changed words as one TSV cell: an edit across a paragraph break keeps its words on one line.
std::string one_line(std::string s) {
  std::replace_if(s.begin(), s.end(), [](char c) { return c == '\n' || c == '\t' || c == '\r'; }, ' ');
  return s;
}

void mark_flagged(std::vector<StealthLabel>& labels, const std::string& article, const analyze::ChangeRef& e) {
  for (auto& l : labels) {
    if (!l.flagged && l.article == article && l.from == e.from && l.to == e.to &&
        l.old_words == one_line(e.old_text) && l.new_words == one_line(e.new_text)) {
      l.flagged = true;
      l.severity = e.severity;
      return;
    }
  }
}

void print_stealth_figures(std::string_view set_name, const std::vector<StealthLabel>& labels, bool verbose) {
  int flagged = 0, flagged_yes = 0, lost_yes = 0, dropped_no = 0;
  for (const auto& l : labels) {
    if (l.flagged) {
      ++flagged;
      flagged_yes += l.substantive;
      if (verbose && !l.substantive) {
        fmt::print("  FLAGGED REWORDING {} v{}->v{}: {} -> {}\n", l.article, l.from, l.to, l.old_words,
                   l.new_words);
      }
    } else {
      (l.substantive ? lost_yes : dropped_no) += 1;
      if (verbose) {
        fmt::print("  NOT FLAGGED ({}) {} v{}->v{}: {} -> {}\n", l.substantive ? "substantive" : "rewording",
                   l.article, l.from, l.to, l.old_words, l.new_words);
      }
    }
  }
  const int yes = flagged_yes + lost_yes;
  fmt::print("  stealth wording edits, {} ({} hand-labelled): {} still flagged, {} of them change a claim "
             "(precision {:.3f}); claim-change recall {:.3f} ({}/{}); no longer flagged: {} rewordings, {} claim "
             "changes\n",
             set_name, labels.size(), flagged, flagged_yes, flagged ? double(flagged_yes) / flagged : 1.0,
             yes ? double(flagged_yes) / yes : 1.0, flagged_yes, yes, dropped_no, lost_yes);
  // Whether severity orders what a reader should look at first: the share of claim changes per severity.
  for (int k = 2; k >= 0; --k) {
    const auto severity = static_cast<analyze::Severity>(k);
    int n = 0, claims = 0;
    for (const auto& l : labels) {
      if (!l.flagged || l.severity != severity) continue;
      ++n;
      claims += l.substantive;
    }
    if (n > 0)
      fmt::print("    severity {:<7} {} flagged, {} change a claim (precision {:.3f})\n", analyze::to_string(severity), n,
                 claims, double(claims) / n);
  }
  std::map<std::string, std::pair<int, int>> by_intention;  // intention -> (labelled, still flagged)
  for (const auto& l : labels) {
    if (l.intention.empty()) continue;
    ++by_intention[l.intention].first;
    by_intention[l.intention].second += l.flagged;
  }
  for (const auto& [k, c] : by_intention) {
    fmt::print("    intention {:<8} {} labelled, {} still flagged\n", k, c.first, c.second);
  }
}

}  // namespace

int eval_real_histories(const std::filesystem::path& dir, const std::filesystem::path& labels_file,
                        std::span<const StealthSet> stealth_sets, bool verbose, Dump dump) {
  std::vector<std::vector<StealthLabel>> stealth_labels(stealth_sets.size());
  for (std::size_t i = 0; i < stealth_sets.size() && dump == Dump::none; ++i)
    if (!read_stealth_labels(stealth_sets[i].file, stealth_labels[i])) return 1;
  std::vector<Label> labels;
  {
    std::ifstream in(labels_file);
    if (!in && dump == Dump::none) {
      fmt::print(stderr, "eval-notices: cannot read {}\n", labels_file.string());
      return 1;
    }
    std::string line;
    while (std::getline(in, line)) {
      if (line.empty() || line[0] == '#') continue;
      auto c = split_tabs(line);
      if (c.size() < 5) {
        fmt::print(stderr, "eval-notices: {}: bad line: {}\n", labels_file.string(), line);
        return 1;
      }
      labels.push_back({c[0], std::stoi(c[1]), c[2], c[3], c[4]});
    }
  }
  auto articles = load_real_histories(dir);
  int tp = 0, fp = 0, skipped = 0, versions = 0;
  int corrections = 0, linked = 0, link_checked = 0, link_right = 0;
  std::map<std::string, std::pair<int, int>> by_kind;  // kind -> (tp, fp) on found notices
  for (const auto& a : articles) {
    if (!a.skipped.empty()) {
      ++skipped;
      if (verbose) fmt::print("  skipped {}: {}\n", a.id, a.skipped);
      continue;
    }
    versions += static_cast<int>(a.versions.size());
    auto result = analyze::audit(a.id, a.versions);
    for (const auto& e : result.stealth_edits) {
      for (auto& set : stealth_labels) mark_flagged(set, a.id, e);
      if (dump == Dump::stealth_edits && e.kind == analyze::ChangeKind::edit) {
        fmt::print("{}\t{}\t{}\t{}\t{}\t{}\t{}\t{}\t{}\n", a.id, e.from, e.to, analyze::to_string(e.category),
                   one_line(e.old_text), one_line(e.new_text), one_line(e.old_sentence), one_line(e.new_sentence),
                   analyze::to_string(e.severity));
      }
    }
    if (dump == Dump::stealth_edits) continue;
    for (const auto& f : result.notices) {
      std::string kind(analyze::to_string(f.notice.kind));
      if (dump == Dump::notices) {
        fmt::print("{}\t{}\t{}\t{}\t{}\n", a.id, f.notice.version, kind, f.notice.text.substr(0, 60),
                   f.links.empty() ? std::string("-") : f.links[0].old_text + " -> " + f.links[0].new_text);
        continue;
      }
      auto l = std::find_if(labels.begin(), labels.end(), [&](const Label& x) {
        return !x.found && x.article == a.id && x.version == f.notice.version && x.kind == kind &&
               f.notice.text.compare(0, x.prefix.size(), x.prefix) == 0;
      });
      if (l == labels.end()) {
        ++fp;
        ++by_kind[kind].second;
        if (verbose) fmt::print("  FALSE {} v{} {}: {}\n", a.id, f.notice.version, kind, f.notice.text.substr(0, 120));
        continue;
      }
      l->found = true;
      ++tp;
      ++by_kind[kind].first;
      if (kind != "correction") continue;
      ++corrections;
      if (!f.links.empty()) ++linked;
      if (l->link_words != "-") {
        ++link_checked;
        bool right = std::any_of(f.links.begin(), f.links.end(), [&](const analyze::ChangeRef& r) {
          return r.new_text.find(l->link_words) != std::string::npos ||
                 r.old_text.find(l->link_words) != std::string::npos;
        });
        if (right) ++link_right;
        if (verbose && !right) {
          fmt::print("  LINK {} v{}: expected \"{}\", got {}\n", a.id, f.notice.version, l->link_words,
                     f.links.empty() ? std::string("no link") : f.links[0].old_text + " -> " + f.links[0].new_text);
        }
      }
    }
  }
  if (dump != Dump::none) return 0;
  int fn = 0;
  for (const auto& l : labels) {
    if (l.found) continue;
    ++fn;
    if (verbose) fmt::print("  MISSED {} v{} {}: {}\n", l.article, l.version, l.kind, l.prefix);
  }
  auto ratio = [](int a, int b) { return b ? double(a) / b : 1.0; };
  fmt::print("real histories: {} articles ({} skipped), {} versions, {} labelled notices\n",
             articles.size(), skipped, versions, labels.size());
  fmt::print("  notices          precision {:.3f}  recall {:.3f}  (tp {}, fp {}, fn {})\n", ratio(tp, tp + fp),
             ratio(tp, tp + fn), tp, fp, fn);
  for (const auto& [k, c] : by_kind) fmt::print("    found as {:<14} {} right, {} wrong\n", k, c.first, c.second);
  fmt::print("  corrections linked to a change: {}/{}; linked to the labelled change: {}/{}\n", linked,
             corrections, link_right, link_checked);
  // A held-out set prints its figures only, never its rows, even with -v.
  for (std::size_t i = 0; i < stealth_sets.size(); ++i)
    print_stealth_figures(stealth_sets[i].name, stealth_labels[i], verbose && !stealth_sets[i].held_out);
  return 0;
}

}  // namespace revisor::bench
