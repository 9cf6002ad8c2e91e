// eval-align: measures the alignment engine against generated ground truth (align_truth.h) built
// from real article texts, and summarizes what it does on the real multi-version corpus.
// Usage: revisor_eval_align [--corpus DIR] [--seed DIR] [--cases N] [--show N] [--threshold T]...
#include <fmt/core.h>

#include <algorithm>
#include <filesystem>
#include <fstream>
#include <iostream>
#include <map>
#include <set>
#include <sstream>

#include "align_truth.h"
#include "corpus_files.h"
#include "revisor/align/aligner.h"
#include "revisor/base/error.h"
#include "revisor/report/diff_render.h"
#include "revisor/text/article_text.h"
#include "revisor/text/document.h"

namespace fs = std::filesystem;
using namespace revisor;
using bench::TruthKind;

namespace {

struct Article {
  std::string name;
  std::vector<text::Document> versions;
};

std::string slurp(const fs::path& p) {
  std::ifstream in(p, std::ios::binary);
  std::ostringstream s;
  s << in.rdbuf();
  return s.str();
}

std::vector<Article> load(const fs::path& corpus, const fs::path& seed, int& skipped) {
  std::vector<Article> out;
  const std::vector<fs::path> dirs = bench::article_folders(corpus);
  auto read = [&](const fs::path& f, Article& a) {
    try {
      a.versions.push_back(text::Document::parse(text::article_text(text::read_article(slurp(f), f.string()))));
    } catch (const Error& e) {
      ++skipped;
      std::cerr << "skipped " << f.string() << ": " << e.what() << '\n';
    }
  };
  for (const auto& d : dirs) {
    const std::vector<fs::path> files = bench::version_files(d);
    Article a{d.filename().string(), {}};
    for (const auto& f : files) read(f, a);
    if (!a.versions.empty()) out.push_back(std::move(a));
  }
  if (fs::is_directory(seed)) {
    for (const auto& e : fs::directory_iterator(seed)) {
      if (e.path().extension() != ".txt") continue;
      Article a{"seed/" + e.path().filename().string(), {}};
      read(e.path(), a);
      if (!a.versions.empty()) out.push_back(std::move(a));
    }
  }
  return out;
}

std::vector<std::vector<std::string>> body_of(const text::Document& d) {
  std::vector<std::vector<std::string>> paras;
  for (std::size_t p = 1; p < d.paragraphs().size(); ++p) {
    const auto& para = d.paragraphs()[p];
    paras.emplace_back();
    for (auto s = para.first_sentence; s < para.first_sentence + para.sentence_count; ++s) {
      paras.back().emplace_back(d.slice(d.sentences()[s].span));
    }
  }
  return paras;
}

std::vector<std::string> body_sentences(const text::Document& d) {
  std::vector<std::string> out;
  for (const auto& s : d.sentences()) {
    if (s.paragraph > 0) out.emplace_back(d.slice(s.span));
  }
  return out;
}

struct Prepared {
  bench::TruthCase truth;
  text::Document before, after;
  std::uint32_t old_head = 0, new_head = 0;  // headline sentence counts
};

struct Metrics {
  std::size_t tp = 0, pred = 0, gold = 0;              // all aligned pairs
  std::size_t ctp_p = 0, cpred = 0, ctp_r = 0, cgold = 0;  // pairs involving a change
  std::size_t moves = 0, moves_found = 0;
  std::size_t typo_total = 0, typo_right = 0;
  std::size_t groups = 0, groups_found = 0;  // splits and merges with the exact sentence sets
  std::size_t degraded = 0;
};

using Pair = std::pair<std::uint32_t, std::uint32_t>;

int misses_to_show = 0;  // --misses N: print the first N truth links the aligner got wrong

const char* kind_name(TruthKind k) {
  static const char* names[] = {"equal", "insert", "delete", "modify", "move", "split", "merge"};
  return names[static_cast<int>(k)];
}

void score(const Prepared& c, const align::ChangeSet& cs, Metrics& m) {
  // Truth pairs in body positions, with the kind of the new sentence.
  std::map<Pair, const bench::TruthSentence*> gold;
  std::uint32_t n = 0;
  std::map<std::uint32_t, std::vector<std::uint32_t>> merge_groups, split_groups;
  for (const auto& para : c.truth.new_paragraphs) {
    for (const auto& s : para) {
      for (auto o : s.origin) gold[{o, n}] = &s;
      if (s.kind == TruthKind::split) split_groups[s.origin.front()].push_back(n);
      if (s.kind == TruthKind::merge) merge_groups[n] = s.origin;
      ++n;
    }
  }
  std::map<Pair, const align::SentenceChange*> pred;
  std::set<std::uint32_t> old_seen, new_seen;
  for (const auto& ch : cs.changes) {
    for (auto o : ch.old_sentences) old_seen.insert(o - c.old_head);
    for (auto nn : ch.new_sentences) new_seen.insert(nn - c.new_head);
    for (auto o : ch.old_sentences) {
      for (auto nn : ch.new_sentences) pred[{o - c.old_head, nn - c.new_head}] = &ch;
    }
  }
  std::vector<std::uint32_t> old_rest, new_rest;
  for (std::uint32_t o = 0; o < c.truth.old_sentences; ++o) {
    if (!old_seen.count(o)) old_rest.push_back(o);
  }
  for (std::uint32_t k = 0; k < n; ++k) {
    if (!new_seen.count(k)) new_rest.push_back(k);
  }
  std::set<Pair> pred_equal;
  for (std::size_t k = 0; k < std::min(old_rest.size(), new_rest.size()); ++k) pred_equal.insert({old_rest[k], new_rest[k]});

  m.gold += gold.size();
  m.pred += pred.size() + pred_equal.size();
  for (const auto& [p, s] : gold) {
    const bool found = pred.count(p) || pred_equal.count(p);
    m.tp += found;
    const bool wrong_move = s->kind == TruthKind::move && found && (!pred.count(p) || pred.at(p)->op != align::SentenceOp::move);
    if ((!found || wrong_move) && s->kind != TruthKind::equal && misses_to_show > 0) {
      --misses_to_show;
      const auto& os = c.before.sentences()[p.first + c.old_head];
      fmt::print("MISS {} (predicted {}):\n  old: {}\n  new: {}\n", kind_name(s->kind),
                 pred.count(p) ? align::to_string(pred.at(p)->op) : found ? "equal" : "unpaired",
                 c.before.slice(os.span), s->text);
    }
    if (s->kind != TruthKind::equal) {
      ++m.cgold;
      m.ctp_r += found;
    }
    if (s->kind == TruthKind::move) {
      ++m.moves;
      m.moves_found += pred.count(p) && pred.at(p)->op == align::SentenceOp::move;
    }
    if (s->kind == TruthKind::modify) {
      ++m.typo_total;
      auto it = pred.find(p);
      m.typo_right += it != pred.end() && it->second->typographic_only() == s->typographic;
    }
  }
  for (const auto& [p, ch] : pred) {
    ++m.cpred;
    m.ctp_p += gold.count(p);
  }
  auto group_found = [&](align::SentenceOp op, const std::vector<std::uint32_t>& olds, const std::vector<std::uint32_t>& news) {
    for (const auto& ch : cs.changes) {
      if (ch.op != op || ch.old_sentences.size() != olds.size() || ch.new_sentences.size() != news.size()) continue;
      bool same = true;
      for (std::size_t k = 0; k < olds.size(); ++k) same = same && ch.old_sentences[k] - c.old_head == olds[k];
      for (std::size_t k = 0; k < news.size(); ++k) same = same && ch.new_sentences[k] - c.new_head == news[k];
      if (same) return true;
    }
    return false;
  };
  for (const auto& [o, news] : split_groups) {
    ++m.groups;
    m.groups_found += group_found(align::SentenceOp::split, {o}, news);
  }
  for (const auto& [nn, olds] : merge_groups) {
    ++m.groups;
    m.groups_found += group_found(align::SentenceOp::merge, olds, {nn});
  }
  m.degraded += cs.degraded;
}

double ratio(std::size_t a, std::size_t b) { return b == 0 ? 1.0 : static_cast<double>(a) / static_cast<double>(b); }
double f1(double p, double r) { return p + r == 0 ? 0 : 2 * p * r / (p + r); }

void real_summary(const std::vector<Article>& articles, const align::AlignOptions& options, int show) {
  std::size_t pairs = 0, paired = 0, inserted = 0, deleted = 0, typographic = 0, moved = 0, groups = 0, headline = 0;
  int shown = 0;
  for (const auto& a : articles) {
    for (std::size_t v = 1; v < a.versions.size(); ++v) {
      ++pairs;
      const auto cs = align::align(a.versions[v - 1], a.versions[v], options);
      headline += cs.headline.op != align::SentenceOp::equal;
      for (const auto& ch : cs.changes) {
        switch (ch.op) {
          case align::SentenceOp::insert: ++inserted; break;
          case align::SentenceOp::remove: ++deleted; break;
          default:
            paired += ch.new_sentences.size();
            typographic += ch.typographic_only();
            moved += ch.op == align::SentenceOp::move;
            groups += ch.op == align::SentenceOp::split || ch.op == align::SentenceOp::merge;
        }
      }
      if (shown < show && !cs.changes.empty() && pairs % 7 == 1) {
        ++shown;
        const int to = static_cast<int>(v) + 1;
        report::render(report::Format::text, {a.versions[v - 1], a.versions[v], cs, a.name, to - 1, to},
                       std::cout);
        std::cout << '\n';
      }
    }
  }
  fmt::print("real corpus: {} version pairs, headline changed in {}\n", pairs, headline);
  fmt::print("  changed new sentences paired with a predecessor: {} (of which {} typographic-only changes, "
             "{} moves, {} splits/merges)\n", paired, typographic, moved, groups);
  fmt::print("  unpaired: {} inserted sentences, {} deleted sentences\n", inserted, deleted);
  fmt::print("  paired share of changed new sentences: {:.3f}\n", ratio(paired, paired + inserted));
}

}  // namespace

int main(int argc, char** argv) {
  fs::path corpus = "/work/shared/corpus/real", seed = "/work/shared/seed";
  int cases = 4, show = 0;
  std::vector<double> thresholds;
  for (int i = 1; i + 1 < argc; i += 2) {
    std::string a = argv[i];
    if (a == "--corpus") corpus = argv[i + 1];
    else if (a == "--seed") seed = argv[i + 1];
    else if (a == "--cases") cases = std::stoi(argv[i + 1]);
    else if (a == "--show") show = std::stoi(argv[i + 1]);
    else if (a == "--threshold") thresholds.push_back(std::stod(argv[i + 1]));
    else if (a == "--misses") misses_to_show = std::stoi(argv[i + 1]);
  }
  if (thresholds.empty()) thresholds = {0.25, 0.3, 0.35, 0.4, 0.45, 0.5, 0.55, 0.6, 0.7, 0.8};
  int skipped = 0;
  const auto articles = load(corpus, seed, skipped);

  std::vector<Prepared> prepared;
  std::size_t dropped = 0;
  std::map<std::string, int> edit_counts;
  std::mt19937 rng(20240611);
  for (std::size_t k = 0; k < articles.size(); ++k) {
    const auto& doc = articles[k].versions.front();
    const auto body = body_of(doc);
    if (body.size() < 3) continue;
    // Inserted sentences are ones the newsroom itself added in a later version (same topic, names
    // and vocabulary: the hard case for false pairing); else sentences of the next article.
    std::vector<std::string> donor;
    {
      const auto first = body_sentences(doc);
      const std::set<std::string> known(first.begin(), first.end());
      for (const auto& s : body_sentences(articles[k].versions.back())) {
        if (!known.count(s)) donor.push_back(s);
      }
      if (donor.empty()) donor = body_sentences(articles[(k + 1) % articles.size()].versions.front());
    }
    for (int c = 0; c < cases; ++c) {
      auto truth = bench::make_case(std::string(doc.headline_text()), body, donor, 1 + c % 6, rng);
      Prepared p{std::move(truth), text::Document::parse(""), text::Document::parse(""), 0, 0};
      p.before = text::Document::parse(p.truth.old_text);
      p.after = text::Document::parse(p.truth.new_text);
      // The generator's sentences must be the ones Document::parse sees, or the truth is moot.
      std::vector<std::string> want;
      for (const auto& para : p.truth.new_paragraphs) {
        for (const auto& s : para) want.push_back(s.text);
      }
      if (body_sentences(p.after) != want || body_sentences(p.before).size() != p.truth.old_sentences) {
        ++dropped;
        continue;
      }
      p.old_head = p.before.paragraphs().front().sentence_count;
      p.new_head = p.after.paragraphs().front().sentence_count;
      for (const auto& e : p.truth.applied) ++edit_counts[e];
      prepared.push_back(std::move(p));
    }
  }
  fmt::print("ground truth: {} cases from {} texts ({} dropped: generated text segmented differently; {} files unreadable)\n",
             prepared.size(), articles.size(), dropped, skipped);
  std::string edits;
  for (const auto& [e, n] : edit_counts) edits += fmt::format(" {}={}", e, n);
  fmt::print("edits applied:{}\n\n", edits);
  fmt::print("{:>9} {:>7} {:>7} {:>7} | {:>7} {:>7} {:>7} | {:>6} {:>6} {:>6} {:>5}\n", "pair/move", "P", "R", "F1",
             "chg P", "chg R", "chg F1", "move R", "typo A", "grp R", "degr");
  struct Setting {
    double pair, move;
  };
  std::vector<Setting> settings;
  for (double t : thresholds) settings.push_back({t, align::AlignOptions{}.move_threshold});
  for (double mt : {0.45, 0.75, 0.9}) settings.push_back({align::AlignOptions{}.pair_threshold, mt});
  fmt::print("(rows after the first {} vary move_threshold at the default pair_threshold)\n", thresholds.size());
  for (auto [t, mt] : settings) {
    align::AlignOptions options;
    options.pair_threshold = t;
    options.move_threshold = mt;
    Metrics m;
    for (const auto& p : prepared) score(p, align::align(p.before, p.after, options), m);
    const double pr = ratio(m.tp, m.pred), rc = ratio(m.tp, m.gold);
    const double cp = ratio(m.ctp_p, m.cpred), cr = ratio(m.ctp_r, m.cgold);
    fmt::print("{:>4.2f}/{:>4.2f} {:>7.4f} {:>7.4f} {:>7.4f} | {:>7.4f} {:>7.4f} {:>7.4f} | {:>6.3f} {:>6.3f} {:>6.3f} {:>5}\n", t, mt, pr,
               rc, f1(pr, rc), cp, cr, f1(cp, cr), ratio(m.moves_found, m.moves), ratio(m.typo_right, m.typo_total),
               ratio(m.groups_found, m.groups), m.degraded);
  }
  fmt::print("\nP/R/F1: all aligned sentence pairs; chg: pairs involving a changed sentence (predicted non-equal ops vs.\n"
             "truth non-equal links); move R: truth-moved pairs reported as move; typo A: modified pairs whose\n"
             "typographic-only flag matches the truth; grp R: splits/merges found with the exact sentence sets.\n\n");
  for (double mt : {0.45, 0.75}) {
    align::AlignOptions options;
    options.move_threshold = mt;
    fmt::print("move_threshold {:.2f}: ", mt);
    real_summary(articles, options, 0);
  }
  fmt::print("defaults: ");
  real_summary(articles, align::AlignOptions{}, show);
  return 0;
}
