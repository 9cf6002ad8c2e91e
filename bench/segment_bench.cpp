// segment: times Document::parse on about 1 MB of stored article text (corpus articles run through
// read_article and article_text, concatenated) and on one article of about 800 words.
#include <fmt/core.h>

#include <time.h>

#include <algorithm>
#include <chrono>
#include <filesystem>
#include <fstream>
#include <functional>
#include <sstream>
#include <string>
#include <vector>

#include "revisor/text/article_text.h"
#include "revisor/text/document.h"

namespace fs = std::filesystem;
using namespace revisor::text;

namespace {

std::string slurp(const fs::path& p) {
  std::ifstream in(p, std::ios::binary);
  std::ostringstream s;
  s << in.rdbuf();
  return s.str();
}

double thread_cpu_ms() {
  timespec ts{};
  clock_gettime(CLOCK_THREAD_CPUTIME_ID, &ts);
  return static_cast<double>(ts.tv_sec) * 1e3 + static_cast<double>(ts.tv_nsec) / 1e6;
}

struct Timing {
  double wall_ms;
  double cpu_ms;  // this thread's CPU time: what the work costs when other processes share the cores
};

Timing median(int runs, const std::function<std::size_t()>& work, std::size_t& sink) {
  std::vector<double> wall;
  std::vector<double> cpu;
  for (int i = 0; i < runs; ++i) {
    const auto t0 = std::chrono::steady_clock::now();
    const double c0 = thread_cpu_ms();
    sink += work();
    cpu.push_back(thread_cpu_ms() - c0);
    wall.push_back(std::chrono::duration<double, std::milli>(std::chrono::steady_clock::now() - t0).count());
  }
  std::sort(wall.begin(), wall.end());
  std::sort(cpu.begin(), cpu.end());
  return {wall[wall.size() / 2], cpu[cpu.size() / 2]};
}

std::size_t word_count(const std::string& s) {
  std::istringstream in(s);
  std::size_t n = 0;
  for (std::string w; in >> w;) ++n;
  return n;
}

}  // namespace

int main(int argc, char** argv) {
  const fs::path corpus = argc > 1 ? argv[1] : "../shared/corpus/real";
  const int runs = argc > 2 ? std::max(1, std::atoi(argv[2])) : 21;
  std::vector<fs::path> files;
  for (const auto& e : fs::recursive_directory_iterator(corpus)) {
    const std::string f = e.path().filename().string();
    if (f.starts_with("v") && (f.ends_with(".txt") || f.ends_with(".html"))) files.push_back(e.path());
  }
  std::sort(files.begin(), files.end());
  std::string big;
  std::string article;  // the corpus version closest to 800 words
  std::size_t best = SIZE_MAX;
  for (std::size_t round = 0; big.size() < 1'000'000 && !files.empty(); ++round) {
    for (const fs::path& f : files) {
      const std::string text = article_text(read_article(slurp(f), f.filename().string()));
      if (round == 0) {
        const std::size_t words = word_count(text);
        const std::size_t off = words > 800 ? words - 800 : 800 - words;
        if (off < best) {
          best = off;
          article = text;
        }
      }
      // Every article after the first loses its headline: the 1 MB text is one document.
      big += big.empty() ? text : "\n" + text.substr(text.find("\n\n") + 1);
      if (big.size() >= 1'000'000) break;
    }
  }
  std::size_t sink = 0;
  const Document doc = Document::parse(big);
  const Timing big_t = median(runs, [&] { return Document::parse(big).tokens().size(); }, sink);
  const Timing one_t = median(runs * 10, [&] { return Document::parse(article).tokens().size(); }, sink);
  fmt::print("1 MB text: {} bytes, {} paragraphs, {} sentences, {} tokens\n", big.size(), doc.paragraphs().size(),
             doc.sentences().size(), doc.tokens().size());
  fmt::print("  Document::parse median over {} runs: {:.2f} ms CPU, {:.2f} ms wall\n", runs, big_t.cpu_ms,
             big_t.wall_ms);
  fmt::print("one article: {} words, {} bytes\n", word_count(article), article.size());
  fmt::print("  Document::parse median over {} runs: {:.3f} ms CPU, {:.3f} ms wall\n", runs * 10, one_t.cpu_ms,
             one_t.wall_ms);
  return sink == 0 ? 1 : 0;
}
