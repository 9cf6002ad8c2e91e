// eval-notices: notice-detection precision and recall on the labeled passages of
// ../shared/corpus/notices.jsonl (per label and per language), and on the real article histories
// against the hand labels in bench/real_notice_labels.tsv, with whether each correction is linked.
#include <fmt/core.h>
#include <nlohmann/json.hpp>

#include <filesystem>
#include <fstream>
#include <map>
#include <sstream>
#include <string>
#include <vector>

#include "revisor/analyze/audit.h"
#include "revisor/analyze/notice_detector.h"
#include "real_histories.h"

namespace {

struct Counts {
  int tp = 0, fp = 0, fn = 0;
  double precision() const { return tp + fp ? double(tp) / (tp + fp) : 1.0; }
  double recall() const { return tp + fn ? double(tp) / (tp + fn) : 1.0; }
};

void print_row(const std::string& name, const Counts& c) {
  fmt::print("  {:<16} precision {:.3f}  recall {:.3f}  (tp {}, fp {}, fn {})\n", name, c.precision(),
             c.recall(), c.tp, c.fp, c.fn);
}

int eval_passages(const std::filesystem::path& file, bool verbose) {
  std::ifstream in(file);
  if (!in) {
    fmt::print(stderr, "eval-notices: cannot read {}\n", file.string());
    return 1;
  }
  Counts any;
  std::map<std::string, Counts> by_label, by_lang;
  int typed = 0, type_hits = 0;
  std::string line;
  while (std::getline(in, line)) {
    if (line.empty()) continue;
    auto j = nlohmann::json::parse(line);
    std::string text = j["text"], label = j["label"], lang = j["lang"], etype = j["error_type"];
    auto m = revisor::analyze::classify_notice(text);
    std::string got = m ? std::string(revisor::analyze::to_string(m->kind)) : "not_notice";
    bool gold_pos = label != "not_notice";
    if (gold_pos && m) ++any.tp;
    if (!gold_pos && m) ++any.fp;
    if (gold_pos && !m) ++any.fn;
    auto& lc = by_lang[lang];
    if (gold_pos && m) ++lc.tp;
    if (!gold_pos && m) ++lc.fp;
    if (gold_pos && !m) ++lc.fn;
    if (got == label && gold_pos) ++by_label[label].tp;
    if (got != label) {
      if (got != "not_notice") ++by_label[got].fp;
      if (gold_pos) ++by_label[label].fn;
    }
    if (gold_pos && m && etype != "none") {
      ++typed;
      bool hit = false;
      std::string got_types;
      for (auto c : m->error_types) {
        hit = hit || revisor::analyze::to_string(c) == etype;
        got_types += std::string(got_types.empty() ? "" : ",") + std::string(revisor::analyze::to_string(c));
      }
      type_hits += hit ? 1 : 0;
      if (verbose && !hit) fmt::print("  TYPE gold={} got={} | {}\n", etype, got_types, text.substr(0, 140));
    }
    if (verbose && got != label) {
      fmt::print("  MISS gold={} got={} lang={} | {}\n", label, got, lang, text.substr(0, 160));
    }
  }
  fmt::print("notices.jsonl: notice vs not a notice\n");
  print_row("all", any);
  fmt::print("per label (kind must match)\n");
  for (auto& [k, c] : by_label) print_row(k, c);
  fmt::print("per language (notice vs not)\n");
  for (auto& [k, c] : by_lang) print_row(k, c);
  fmt::print("error type stated by the label found among the detected types: {}/{}\n", type_hits, typed);
  return 0;
}

}  // namespace

int main(int argc, char** argv) {
  std::filesystem::path shared = REVISOR_SHARED_DIR;
  std::filesystem::path labels = std::filesystem::path(REVISOR_SOURCE_DIR) / "bench/real_notice_labels.tsv";
  bool verbose = false;
  auto dump = revisor::bench::Dump::none;
  for (int i = 1; i < argc; ++i) {
    std::string a = argv[i];
    if (a == "-v" || a == "--verbose") verbose = true;
    else if (a == "--dump-notices") dump = revisor::bench::Dump::notices;
    else if (a == "--dump-stealth-edits") dump = revisor::bench::Dump::stealth_edits;
    else if (a == "--shared" && i + 1 < argc) shared = argv[++i];
  }
  const std::filesystem::path source = REVISOR_SOURCE_DIR;
  if (dump == revisor::bench::Dump::none) {
    int rc = eval_passages(shared / "corpus/notices.jsonl", verbose);
    if (rc != 0) return rc;
  }
  return revisor::bench::eval_real_histories(shared / "corpus/real", labels, source / "bench/stealth_edit_labels.tsv",
                                             source / "bench/stealth_edit_test_labels.tsv", verbose, dump);
}
