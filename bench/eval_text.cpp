// eval-text: runs read_article -> article_text -> Document::parse over every version of the real
// corpus and prints per outlet what the text model made of it (see bench/eval-text).
#include <fmt/core.h>

#include <algorithm>
#include <filesystem>
#include <fstream>
#include <map>
#include <set>
#include <sstream>
#include <string>
#include <vector>

#include "corpus_files.h"
#include "revisor/base/error.h"
#include "revisor/text/article_text.h"
#include "revisor/text/document.h"

namespace fs = std::filesystem;
using namespace revisor::text;

namespace {

struct OutletStats {
  int articles = 0;
  int versions = 0;
  int extracted = 0;
  int empty = 0;
  std::vector<std::string> failures;
  std::size_t sentences = 0;
  std::size_t paragraphs = 0;
  std::size_t captions = 0;
  std::map<std::string, std::set<std::string>> line_articles;  // body line -> articles holding it
};

std::string slurp(const fs::path& p) {
  std::ifstream in(p, std::ios::binary);
  std::ostringstream s;
  s << in.rdbuf();
  return s.str();
}

}  // namespace

int main(int argc, char** argv) {
  const fs::path corpus = argc > 1 ? argv[1] : "../shared/corpus/real";
  const std::vector<fs::path> folders = revisor::bench::article_folders(corpus);
  std::map<std::string, OutletStats> outlets;
  for (const fs::path& folder : folders) {
    const std::string name = folder.filename().string();
    OutletStats& st = outlets[name.substr(0, name.find('-'))];
    ++st.articles;
    const std::vector<fs::path> files = revisor::bench::version_files(folder);
    for (const fs::path& file : files) {
      ++st.versions;
      try {
        const ExtractedArticle a = read_article(slurp(file), file.filename().string());
        const Document doc = Document::parse(article_text(a));
        ++st.extracted;
        st.sentences += doc.sentences().size();
        st.paragraphs += doc.paragraphs().size() - 1;
        st.captions += a.captions.size();
        for (const std::string& p : a.paragraphs) st.line_articles[p].insert(name);
      } catch (const revisor::Error& e) {
        const std::string msg = e.what();
        if (msg.find("no article body") != std::string::npos) ++st.empty;
        st.failures.push_back(name + "/" + msg);
      }
    }
  }
  // leaked: body lines found verbatim in two or more different articles of the outlet; in3+: of those,
  // the lines in three or more (template text would be in most of them).
  fmt::print("{:<12} {:>8} {:>8} {:>9} {:>6} {:>7} {:>6} {:>10} {:>9} {:>8}\n", "outlet", "articles", "versions",
             "extracted", "empty", "leaked", "in3+", "paragraphs", "sentences", "captions");
  for (const auto& [outlet, st] : outlets) {
    std::vector<std::pair<std::size_t, std::string>> leaked;
    for (const auto& [line, arts] : st.line_articles) {
      if (arts.size() >= 2) leaked.emplace_back(arts.size(), line);
    }
    std::sort(leaked.rbegin(), leaked.rend());
    const auto in3 = std::count_if(leaked.begin(), leaked.end(), [](const auto& l) { return l.first >= 3; });
    fmt::print("{:<12} {:>8} {:>8} {:>9} {:>6} {:>7} {:>6} {:>10} {:>9} {:>8}\n", outlet, st.articles, st.versions,
               st.extracted, st.empty, leaked.size(), in3, st.paragraphs, st.sentences, st.captions);
    for (std::size_t i = 0; i < leaked.size() && i < 30; ++i) {
      fmt::print("    leaked in {} articles: {}\n", leaked[i].first, leaked[i].second.substr(0, 100));
    }
    for (const std::string& f : st.failures) fmt::print("    refused: {}\n", f);
  }
  return 0;
}
