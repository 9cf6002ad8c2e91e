// End to end: the hostile input corpus (tests/hostile/, and big inputs generated here) through the
// real binary. Each bad input is refused with exit 2 and a message naming it, or handled in bounded
// time; either way the store's refs and objects are what they were (or, when accepted, verify passes).
#include <filesystem>
#include <fstream>
#include <string>
#include <vector>

#include <catch2/catch.hpp>

#include "support/run_revisor.h"
#include "support/store_state.h"
#include "support/temp_dir.h"

using revisor::test::run_command;
using revisor::test::RunResult;
using revisor::test::store_state;
using revisor::test::TempDir;

namespace {

namespace fs = std::filesystem;

const fs::path kCorpus = fs::path(REVISOR_SOURCE_DIR) / "tests" / "hostile";

// A hang is a failure, not a stuck CI job: coreutils' timeout ends the run with exit 124.
constexpr const char* kHangLimitSeconds = "300";

RunResult run_bounded(std::vector<std::string> args) {
  args.insert(args.begin(), {"timeout", "-s", "KILL", kHangLimitSeconds, REVISOR_BINARY});
  return run_command(args);
}

struct Store {
  TempDir tmp;
  std::string dir = (tmp / "store").string();
  Store() {
    REQUIRE(run_bounded({"init", dir}).exit_code == 0);
    // One stored article, so "unchanged" means something.
    auto v1 = tmp.write("seed.txt", "Harbour plan\n\nThe harbour expansion will cost 48 million euros.\n");
    REQUIRE(run({"ingest", "--article", "kelsby/harbour", "--observed-at", "2024-03-12T10:00:00Z",
                 v1.string()})
                .exit_code == 0);
  }
  RunResult run(std::vector<std::string> args) const {
    args.insert(args.begin(), {"--store", dir});
    return run_bounded(args);
  }
  void expect_verified() const {
    const auto v = run({"verify"});
    INFO(v.out << v.err);
    CHECK(v.exit_code == 0);
  }
};

// Words that differ from each other, so a diff of them has no accidental matches.
std::string word(std::size_t i, char salt) {
  std::string w(1, salt);
  for (; i; i /= 26) w += static_cast<char>('a' + i % 26);
  return w;
}

}  // namespace

TEST_CASE("hostile: bad files are refused with exit 2 naming the file, the store untouched",
          "[cli][hostile]") {
  Store s;
  const auto before = store_state(s.dir);
  for (const char* name : {"empty.txt", "blank.txt", "binary.html", "invalid-utf8.txt", "overlong-utf8.txt",
                           "surrogate-utf8.txt", "truncated-utf8.txt", "nul-bytes.txt", "nul-bytes.html",
                           "utf16.txt"}) {
    const auto file = (kCorpus / name).string();
    const auto r = s.run({"ingest", "--article", "kelsby/harbour", "--observed-at", "2024-03-13T10:00:00Z", file});
    INFO(name << ": " << r.err);
    CHECK(r.exit_code == 2);
    CHECK(r.err.find(name) != std::string::npos);
    CHECK(r.err.find('\0') == std::string::npos);
    // A new article too: nothing half-made is left under its ref.
    CHECK(s.run({"ingest", "--article", "new/one", "--observed-at", "2024-03-13T10:00:00Z", file}).exit_code == 2);
    // diff --files reads through the same path.
    const auto d = run_bounded({"diff", "--files", file, (s.tmp / "seed.txt").string()});
    CHECK(d.exit_code == 2);
    CHECK(d.err.find(name) != std::string::npos);
    CHECK(store_state(s.dir) == before);
  }
}

TEST_CASE("hostile: 100 MB of text is refused by size without reading it all", "[cli][hostile]") {
  Store s;
  const auto before = store_state(s.dir);
  const auto big = s.tmp / "huge.txt";
  {
    std::string line = "The council met on Tuesday and again on Wednesday to discuss the harbour. ";
    std::string chunk;
    while (chunk.size() < (1 << 20)) chunk += line;
    std::ofstream out(big, std::ios::binary);
    out << "Huge\n\n";
    for (int i = 0; i < 100; ++i) out << chunk;
  }
  REQUIRE(fs::file_size(big) > 100u * 1000 * 1000);
  const auto r = s.run({"ingest", "--article", "kelsby/harbour", "--observed-at", "2024-03-13T10:00:00Z",
                        big.string()});
  INFO(r.err);
  CHECK(r.exit_code == 2);
  CHECK(r.err.find("huge.txt") != std::string::npos);
  CHECK(r.err.find("MiB") != std::string::npos);
  CHECK(store_state(s.dir) == before);
  CHECK(run_bounded({"diff", "--files", big.string(), big.string()}).exit_code == 2);
}

TEST_CASE("hostile: ids that would escape or break the ref namespace are refused", "[cli][hostile]") {
  Store s;
  const auto before = store_state(s.dir);
  const auto file = s.tmp.write("v.txt", "Another\n\nThe mayor said something else entirely.\n");
  const std::vector<std::string> ids = {"..", "a/../b", "../../HEAD", "~user", "a~1", "a:b", "master^", "a^{tree}", std::string("a\x01" "b"),
        std::string("a\x1b[31mred"), "a\tb", "x.lock", "a/x.lock", "@{", "a@{1}", "trailing/", "/leading",
        "a//b", ".", "a/.", ".hidden", "a b", "a\\b", "a*", "a?", "a[", std::string(300, 'x')};
  for (const auto& id : ids) {
    const auto r = s.run({"ingest", "--article", id, "--observed-at", "2024-03-13T10:00:00Z", file.string()});
    INFO("id [" << id << "]: " << r.err);
    CHECK(r.exit_code == 2);
    CHECK(r.err.find("article id") != std::string::npos);
    CHECK(r.err.find('\x1b') == std::string::npos);  // the id is shown escaped, never raw
    CHECK(r.err.find('\x01') == std::string::npos);
    // Reading commands refuse the same ids the same way.
    CHECK(s.run({"log", id}).exit_code == 2);
    CHECK(store_state(s.dir) == before);
  }
}

TEST_CASE("hostile: reserved ref names as ids stay inside refs/articles/", "[cli][hostile]") {
  Store s;
  const auto head_before = run_command({"git", "-C", s.dir, "symbolic-ref", "HEAD"}).out;
  const auto file = s.tmp.write("v.txt", "Another\n\nThe mayor said something else entirely.\n");
  for (const std::string id : {"HEAD", "refs/heads/main", "ORIG_HEAD", "FETCH_HEAD"}) {
    const auto r = s.run({"ingest", "--article", id, "--observed-at", "2024-03-13T10:00:00Z", file.string()});
    INFO(id << ": " << r.err);
    REQUIRE(r.exit_code == 0);
    CHECK(run_command({"git", "-C", s.dir, "rev-parse", "--verify", "refs/articles/" + id}).exit_code == 0);
    CHECK(s.run({"show", id + "@1"}).out.find("something else entirely") != std::string::npos);
  }
  CHECK(run_command({"git", "-C", s.dir, "symbolic-ref", "HEAD"}).out == head_before);
  CHECK(run_command({"git", "-C", s.dir, "for-each-ref", "refs/heads"}).out.empty());
  s.expect_verified();
}

TEST_CASE("hostile: manifests that are not JSON or name files outside their folder", "[cli][hostile]") {
  Store s;
  const auto before = store_state(s.dir);
  // Copy the manifests next to a file they may not reach: ../outside.txt.
  s.tmp.write("outside.txt", "Outside\n\nThis file is outside the manifest's folder.\n");
  for (const char* name : {"manifest-not-json.jsonl", "manifest-binary.jsonl", "manifest-parent.jsonl",
                           "manifest-absolute.jsonl", "manifest-sneaky.jsonl"}) {
    const auto manifest = s.tmp / "m" / name;
    fs::create_directories(manifest.parent_path());
    fs::copy_file(kCorpus / name, manifest, fs::copy_options::overwrite_existing);
    const auto r = s.run({"ingest", "--manifest", manifest.string()});
    INFO(name << ": " << r.err);
    CHECK(r.exit_code == 2);
    CHECK(r.err.find(name) != std::string::npos);
    CHECK(r.err.find("line 1") != std::string::npos);
    CHECK(store_state(s.dir) == before);
  }
}

TEST_CASE("hostile: deep, wide and bloated HTML is handled in bounded time", "[cli][hostile]") {
  Store s;
  std::string deep = "<html><head><title>Deep</title></head><body><h1>Deep page</h1>";
  for (int i = 0; i < 10000; ++i) deep += "<div>";
  deep += "<p>The council approved the harbour plan on Tuesday after a long debate.</p>";
  for (int i = 0; i < 10000; ++i) deep += "</div>";
  deep += "</body></html>";
  std::string unclosed = "<html><body><h1>Unclosed</h1>";
  for (int i = 0; i < 10000; ++i) unclosed += "<span><b><i>";
  unclosed += "<p>The council approved the plan.</p>";
  std::string attr = "<html><body><h1 title=\"" + std::string(1 << 20, 'A') + "\">Attribute</h1><p class=\"" +
                     std::string(1 << 20, 'x') + "\">The council approved the harbour plan.</p>" +
                     "<a href=\"javascript:" + std::string(1 << 20, '1') + "\">link</a></body></html>";
  std::string wide = "<html><body><h1>Every element a paragraph</h1>";
  for (int i = 0; i < 20000; ++i) wide += "<p>" + word(i, 'p') + "</p>";
  wide += "</body></html>";
  int n = 0;
  for (const auto& [name, page] : std::vector<std::pair<std::string, std::string>>{
           {"deep.html", deep}, {"unclosed.html", unclosed}, {"attr.html", attr}, {"wide.html", wide}}) {
    const auto file = s.tmp.write(name, page);
    const std::string id = "hostile/" + name.substr(0, name.find('.'));
    const auto r = s.run({"ingest", "--article", id, "--observed-at", "2024-03-13T1" + std::to_string(n++) + ":00:00Z",
                          file.string()});
    INFO(name << ": " << r.out << r.err);
    CHECK((r.exit_code == 0 || r.exit_code == 2));  // 137: killed at the hang limit
    if (r.exit_code == 2) CHECK(r.err.find(name) != std::string::npos);
    if (r.exit_code == 0) {
      CHECK(s.run({"show", id + "@1"}).exit_code == 0);
      CHECK(s.run({"report", id}).exit_code == 0);
    }
  }
  s.expect_verified();
}

TEST_CASE("hostile: pathological diffs through diff, audit and report in bounded time", "[cli][hostile]") {
  Store s;
  struct Pair {
    std::string name, before, after;
  };
  std::vector<Pair> pairs;
  {  // every word changed
    std::string a = "Every word\n\n", b = "Every word\n\n";
    for (std::size_t i = 0; i < 5000; ++i) {
      a += word(i, 'a') + (i % 12 == 11 ? ".\n\n" : " ");
      b += word(i, 'b') + (i % 12 == 11 ? ".\n\n" : " ");
    }
    pairs.push_back({"every-word", a + "End.\n", b + "End.\n"});
  }
  {  // 10,000 identical sentences, one changed in the middle
    std::string a = "Same sentence\n\n", b = "Same sentence\n\n";
    for (int i = 0; i < 10000; ++i) {
      a += "The council met on Tuesday. ";
      b += i == 5000 ? "The council met on Thursday. " : "The council met on Tuesday. ";
      if (i % 50 == 49) a += "\n\n", b += "\n\n";
    }
    pairs.push_back({"identical-sentences", a, b});
  }
  {  // one sentence of 50,000 words, a word changed every thousand
    std::string a = "Long sentence\n\n", b = "Long sentence\n\n";
    for (std::size_t i = 0; i < 50000; ++i) {
      a += word(i % 997, 'w') + " ";
      b += (i % 1000 == 500 ? word(i, 'z') : word(i % 997, 'w')) + " ";
    }
    pairs.push_back({"long-sentence", a + "end.\n", b + "end.\n"});
  }
  for (const auto& p : pairs) {
    INFO(p.name);
    const auto a = s.tmp.write(p.name + "-1.txt", p.before);
    const auto b = s.tmp.write(p.name + "-2.txt", p.after);
    for (const char* format : {"text", "json", "unified"}) {
      const auto d = run_bounded({"diff", "--files", a.string(), b.string(), "--format", format});
      INFO(format << ": " << d.err);
      CHECK(d.exit_code == 0);
      CHECK(!d.out.empty());
    }
    const std::string id = "pathological/" + p.name;
    REQUIRE(s.run({"ingest", "--article", id, "--observed-at", "2024-03-13T10:00:00Z", a.string()}).exit_code == 0);
    REQUIRE(s.run({"ingest", "--article", id, "--observed-at", "2024-03-13T11:00:00Z", b.string()}).exit_code == 0);
    const auto audit = s.run({"audit", "--article", id, "--format", "json"});
    INFO(audit.err);
    CHECK(audit.exit_code == 0);
    const auto html = s.tmp / (p.name + ".html");
    const auto report = s.run({"report", id, "--output", html.string()});
    INFO(report.err);
    CHECK(report.exit_code == 0);
    CHECK(fs::file_size(html) > 0);
  }
  s.expect_verified();
}

TEST_CASE("hostile: notices of a megabyte of contrasts and restatements are audited in bounded time",
          "[cli][hostile]") {
  Store s;
  // One sentence holding 20,000 contrasts after a speech verb, and a reported claim of a megabyte
  // whose restatement repeats one word 30,000 times: each once took the audit quadratic time.
  std::string contrasts = "Correction: Mr. Vidal called him ";
  for (int i = 0; i < 20000; ++i) contrasts += "a crypto-Nazi, not a crypto-fascist, and ";
  std::string claim = "Correction: We reported that ";
  for (int i = 0; i < 30000; ++i) claim += "Dr. X. Y. said no, not never, ";
  claim += "the end. In fact, it was ";
  for (int i = 0; i < 30000; ++i) claim += "a ";
  claim += "that did it.";
  const std::string before = "Harbour plan\n\nThe harbour expansion will cost 48 million euros.\n";
  const auto v2 = s.tmp.write("notices.txt", before + "\n" + contrasts + "done.\n\n" + claim + "\n");
  REQUIRE(
      s.run({"ingest", "--article", "kelsby/harbour", "--observed-at", "2024-03-12T11:00:00Z", v2.string()})
          .exit_code == 0);
  const auto audit = s.run({"audit", "--article", "kelsby/harbour", "--format", "json"});
  INFO(audit.err);
  REQUIRE(audit.exit_code == 0);
  CHECK(audit.out.find("\"kind\": \"correction\"") != std::string::npos);
}
