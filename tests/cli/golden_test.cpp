// Golden files: the JSON of `revisor audit`, `diff` and `report` for every sample article, run through
// the real binary and compared byte for byte with tests/golden/ (REVISOR_UPDATE_GOLDEN=1 rewrites them).
#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <set>
#include <sstream>
#include <string>
#include <vector>

#include <catch2/catch.hpp>

#include "support/run_revisor.h"
#include "support/samples.h"
#include "support/temp_dir.h"

using revisor::test::ingest_samples;
using revisor::test::read_file;
using revisor::test::run_revisor;
using revisor::test::Sample;
using revisor::test::samples;
using revisor::test::TempDir;
namespace fs = std::filesystem;

namespace {

const fs::path kGoldenDir = fs::path(REVISOR_SOURCE_DIR) / "tests" / "golden";

// An article id as a file name: ids never hold '/' at either end, and the test checks the names
// stay distinct (ids may hold '-' too).
std::string file_name(const std::string& id) {
  std::string name = id;
  for (auto& c : name)
    if (c == '/') c = '-';
  return name;
}

struct Output {
  fs::path golden;  // relative to tests/golden/
  std::vector<std::string> args;
};

// Every output under contract: the whole-store audit; per article the default diff (previous vs
// newest), each earlier version pair, and the report.
std::vector<Output> outputs(const std::vector<Sample>& all) {
  std::vector<Output> out = {{"audit/samples.json", {"audit", "--format", "json"}}};
  for (const auto& s : all) {
    const auto name = file_name(s.id);
    out.push_back({"diff/" + name + ".json", {"diff", s.id, "--format", "json"}});
    for (std::size_t to = 2; to < s.versions.size(); ++to) {
      const auto from = std::to_string(to - 1), t = std::to_string(to);
      out.push_back(
          {"diff/" + name + ".v" + from + "-v" + t + ".json", {"diff", s.id, from, t, "--format", "json"}});
    }
    out.push_back({"report/" + name + ".json", {"report", s.id, "--format", "json"}});
  }
  return out;
}

std::string run_output(const std::string& store, const Output& o) {
  auto args = o.args;
  args.insert(args.begin(), {"--store", store});
  const auto r = run_revisor(args);
  INFO(o.golden.string() << ": " << r.err);
  REQUIRE(r.exit_code == 0);
  return r.out;
}

bool updating() {
  const char* v = std::getenv("REVISOR_UPDATE_GOLDEN");
  return v && std::string(v) == "1";
}

std::vector<std::string> lines_of(const std::string& s) {
  std::vector<std::string> out;
  std::istringstream in(s);
  for (std::string line; std::getline(in, line);) out.push_back(line);
  return out;
}

// Why a golden file and the output differ: the first differing line of each, and how to regenerate.
std::string mismatch(const fs::path& golden, const std::string& want, const std::string& got) {
  const auto a = lines_of(want), b = lines_of(got);
  std::size_t i = 0;
  while (i < a.size() && i < b.size() && a[i] == b[i]) ++i;
  std::ostringstream msg;
  msg << "golden file " << golden.string() << " differs from the output at line " << i + 1 << ":\n"
      << "  golden: " << (i < a.size() ? a[i] : "(end of file)") << "\n"
      << "  output: " << (i < b.size() ? b[i] : "(end of output)") << "\n";
  if (i == a.size() && i == b.size()) msg << "  (the lines agree: the difference is a final newline)\n";
  msg << "If the change is intended, regenerate from the build directory with\n"
      << "  REVISOR_UPDATE_GOLDEN=1 ctest -R golden\n"
      << "and review the new files like code; name any contract change in docs/*.md (see "
         "tests/golden/README.md).";
  return msg.str();
}

}  // namespace

TEST_CASE("golden: the audit, diff and report JSON of the samples match tests/golden byte for byte",
          "[cli][golden]") {
  const auto all = samples();
  TempDir dir;
  const auto store = ingest_samples(dir);
  std::set<fs::path> expected;
  for (const auto& o : outputs(all)) {
    REQUIRE(expected.insert(o.golden).second);  // two article ids must not share a file name
    const auto got = run_output(store, o);
    const auto path = kGoldenDir / o.golden;
    if (updating()) {
      fs::create_directories(path.parent_path());
      std::ofstream(path, std::ios::binary) << got;
      WARN("rewrote " << path.string());
      continue;
    }
    if (!fs::exists(path)) {
      FAIL_CHECK("golden file " << path.string() << " is missing. Create it from the build directory with\n"
                                << "  REVISOR_UPDATE_GOLDEN=1 ctest -R golden");
      continue;
    }
    const auto want = read_file(path);
    if (want != got) FAIL_CHECK(mismatch(path, want, got));
  }
  // A golden file no output is compared with would pass forever: a removed sample must take its files.
  for (const auto* sub : {"audit", "diff", "report"}) {
    if (!fs::exists(kGoldenDir / sub)) continue;
    for (const auto& e : fs::directory_iterator(kGoldenDir / sub)) {
      const auto rel = fs::relative(e.path(), kGoldenDir);
      if (expected.count(rel)) continue;
      if (updating()) {
        fs::remove(e.path());
        WARN("removed " << e.path().string());
      } else {
        FAIL_CHECK("golden file " << e.path().string()
                                  << " belongs to no output: remove it, or regenerate with\n"
                                  << "  REVISOR_UPDATE_GOLDEN=1 ctest -R golden");
      }
    }
  }
}

// Commit ids hash the observed time, the fixed signature, the text and meta.json (which holds the
// source file's name, not its path): two stores built apart, at different times and in different
// directories, must give the same bytes, or the golden files could not be compared whole.
TEST_CASE("golden: the JSON outputs do not depend on where or when the store was built", "[cli][golden]") {
  const auto all = samples();
  TempDir first_dir;
  const auto first = ingest_samples(first_dir);
  TempDir second_dir;
  const auto second = ingest_samples(second_dir);
  for (const auto& o : outputs(all)) {
    INFO(o.golden.string());
    const auto a = run_output(first, o);
    CHECK(a.find(first_dir.path().string()) == std::string::npos);
    CHECK(a == run_output(second, o));
  }
}
