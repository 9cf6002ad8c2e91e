// align-speed: times revisor's diff over every consecutive version pair of the real corpus and the
// peer tools of ../shared/peers/ in the same run; prints pairs/second (medians) and the ratios.
// Usage: revisor_align_speed [--corpus DIR] [--peers DIR] [--binary PATH] [--runs N]
#include <fmt/core.h>
#include <fcntl.h>
#include <spawn.h>
#include <sys/wait.h>

#include <algorithm>
#include <chrono>
#include <cstdio>
#include <filesystem>
#include <fstream>
#include <iostream>
#include <sstream>

#include "corpus_files.h"
#include "revisor/align/aligner.h"
#include "revisor/base/error.h"
#include "revisor/report/diff_render.h"
#include "revisor/text/article_text.h"
#include "revisor/text/document.h"

extern char** environ;
namespace fs = std::filesystem;
using namespace revisor;
using Clock = std::chrono::steady_clock;

namespace {

struct Version {
  fs::path path;
  std::string text;  // article_text
  text::Document doc;
  std::size_t words = 0;
};

struct Pair {
  const Version* a;
  const Version* b;
};

std::string slurp(const fs::path& p) {
  std::ifstream in(p, std::ios::binary);
  std::ostringstream s;
  s << in.rdbuf();
  return s.str();
}

double median(std::vector<double> v) {
  std::sort(v.begin(), v.end());
  return v.empty() ? 0 : v.size() % 2 ? v[v.size() / 2] : (v[v.size() / 2 - 1] + v[v.size() / 2]) / 2;
}

double seconds_since(Clock::time_point t0) { return std::chrono::duration<double>(Clock::now() - t0).count(); }

// Runs `cmd` through the shell and returns pairs/second from its `pairs=N seconds=S` last line.
double peer_rate(const std::string& cmd) {
  FILE* f = popen((cmd + " 2>/dev/null").c_str(), "r");
  if (!f) return 0;
  std::string out, line;
  char buf[4096];
  while (fgets(buf, sizeof buf, f)) out += buf;
  pclose(f);
  auto k = out.rfind("pairs=");
  if (k == std::string::npos) return 0;
  unsigned long n = 0;
  double s = 0;
  if (std::sscanf(out.c_str() + k, "pairs=%lu seconds=%lf", &n, &s) != 2 || s <= 0) return 0;
  return static_cast<double>(n) / s;
}

int run_process(const std::vector<std::string>& argv) {
  posix_spawn_file_actions_t fa;
  posix_spawn_file_actions_init(&fa);
  posix_spawn_file_actions_addopen(&fa, 1, "/dev/null", O_WRONLY, 0);
  posix_spawn_file_actions_addopen(&fa, 2, "/dev/null", O_WRONLY, 0);
  std::vector<char*> args;
  for (const auto& a : argv) args.push_back(const_cast<char*>(a.c_str()));
  args.push_back(nullptr);
  pid_t pid = 0;
  int rc = posix_spawn(&pid, args[0], &fa, nullptr, args.data(), environ);
  posix_spawn_file_actions_destroy(&fa);
  if (rc != 0) return -1;
  int status = 0;
  waitpid(pid, &status, 0);
  return WIFEXITED(status) ? WEXITSTATUS(status) : -1;
}

// Pairs per second of `work` over all pairs, repeated until at least `min_seconds` passed.
template <typename F>
double rate(const std::vector<Pair>& pairs, F work, double min_seconds = 0.3) {
  std::size_t n = 0;
  auto t0 = Clock::now();
  do {
    for (const auto& p : pairs) work(p);
    n += pairs.size();
  } while (seconds_since(t0) < min_seconds);
  return static_cast<double>(n) / seconds_since(t0);
}

}  // namespace

int main(int argc, char** argv) {
  fs::path corpus = "/work/shared/corpus/real", peers = "/work/shared/peers", binary;
  int runs = 5;
  for (int i = 1; i + 1 < argc; i += 2) {
    std::string a = argv[i];
    if (a == "--corpus") corpus = argv[i + 1];
    else if (a == "--peers") peers = argv[i + 1];
    else if (a == "--binary") binary = argv[i + 1];
    else if (a == "--runs") runs = std::stoi(argv[i + 1]);
  }
  std::vector<std::vector<Version>> articles;
  std::size_t skipped = 0;
  const std::vector<fs::path> dirs = bench::article_folders(corpus);
  for (const auto& d : dirs) {
    const std::vector<fs::path> files = bench::version_files(d);
    articles.emplace_back();
    for (const auto& f : files) {
      try {
        Version v{f, text::article_text(text::read_article(slurp(f), f.string())), {}, 0};
        v.doc = text::Document::parse(v.text);
        for (const auto& t : v.doc.tokens()) v.words += t.kind == text::TokenKind::word || t.kind == text::TokenKind::number;
        articles.back().push_back(std::move(v));
      } catch (const Error& e) {
        ++skipped;
        std::cerr << "skipped " << f.string() << ": " << e.what() << '\n';
      }
    }
  }
  std::vector<Pair> pairs, long_pairs;
  std::size_t words = 0, long_words = 0;
  for (const auto& a : articles) {
    for (std::size_t k = 1; k < a.size(); ++k) {
      pairs.push_back({&a[k - 1], &a[k]});
      words += a[k - 1].words + a[k].words;
      if (a[k - 1].words >= 600 && a[k].words >= 600) {
        long_pairs.push_back(pairs.back());
        long_words += a[k - 1].words + a[k].words;
      }
    }
  }
  auto mean_words = [](std::size_t total, std::size_t n) { return n ? static_cast<double>(total) / (2.0 * n) : 0.0; };
  fmt::print("{} consecutive version pairs ({} files skipped), mean {:.0f} words per version; {} pairs with >= 600 "
             "words (mean {:.0f} words per version)\n",
             pairs.size(), skipped, mean_words(words, pairs.size()), long_pairs.size(),
             mean_words(long_words, long_pairs.size()));

  std::vector<double> align_only, parse_align, rendered, long_align, long_parse, cli, difflib, jsdiff, gitword;
  for (int r = 0; r < runs; ++r) {
    align_only.push_back(rate(pairs, [](const Pair& p) { (void)align::align(p.a->doc, p.b->doc); }));
    parse_align.push_back(rate(pairs, [](const Pair& p) {
      (void)align::align(text::Document::parse(p.a->text), text::Document::parse(p.b->text));
    }));
    rendered.push_back(rate(pairs, [](const Pair& p) {
      auto a = text::Document::parse(p.a->text);
      auto b = text::Document::parse(p.b->text);
      auto cs = align::align(a, b);
      std::ostringstream out;
      report::render(report::Format::json, {a, b, cs, "id", 1, 2}, out);
    }));
    if (!long_pairs.empty()) {
      long_align.push_back(rate(long_pairs, [](const Pair& p) { (void)align::align(p.a->doc, p.b->doc); }));
      long_parse.push_back(rate(long_pairs, [](const Pair& p) {
        (void)align::align(text::Document::parse(p.a->text), text::Document::parse(p.b->text));
      }));
    }
    if (!binary.empty()) {
      auto t0 = Clock::now();
      for (const auto& p : pairs) run_process({binary.string(), "diff", "--files", p.a->path.string(), p.b->path.string(), "--format", "json"});
      cli.push_back(static_cast<double>(pairs.size()) / seconds_since(t0));
    }
    difflib.push_back(peer_rate((peers / "difflib-diff").string() + " " + corpus.string() + " 3"));
    jsdiff.push_back(peer_rate((peers / "jsdiff-diff").string() + " " + corpus.string() + " 3"));
    gitword.push_back(peer_rate((peers / "gitword-diff").string() + " " + corpus.string()));
    std::cerr << "run " << r + 1 << " of " << runs << " done\n";
  }
  auto line = [](const char* what, double v) { fmt::print("  {:<44} {:>10.0f} pairs/s\n", what, v); };
  fmt::print("medians over {} runs (one thread):\n", runs);
  line("revisor align (pre-parsed Documents)", median(align_only));
  line("revisor parse both + align", median(parse_align));
  line("revisor parse both + align + JSON render", median(rendered));
  if (!long_pairs.empty()) {
    line("revisor align, pairs >= 600 words", median(long_align));
    line("revisor parse both + align, pairs >= 600 words", median(long_parse));
  }
  if (!cli.empty()) line("revisor diff --files (one process per pair)", median(cli));
  line("peer: Python difflib word diff", median(difflib));
  line("peer: jsdiff diffWords", median(jsdiff));
  line("peer: git diff --word-diff (process per pair)", median(gitword));
  auto ratio = [](const char* what, double a, double b) {
    if (b > 0) fmt::print("  {:<58} {:>8.1f}x\n", what, a / b);
  };
  fmt::print("ratios:\n");
  ratio("align / difflib (both exclude reading and splitting)", median(align_only), median(difflib));
  ratio("parse+align / difflib", median(parse_align), median(difflib));
  ratio("align / jsdiff", median(align_only), median(jsdiff));
  ratio("parse+align / jsdiff", median(parse_align), median(jsdiff));
  if (!cli.empty()) ratio("revisor diff process / git diff --word-diff process", median(cli), median(gitword));
  return 0;
}
