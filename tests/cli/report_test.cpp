// End to end: `revisor report` and `revisor feed` through the real binary on a real store holding
// the seed article (a correction of "Wednesday" to "Thursday") and a hostile article; the seed's
// HTML report is also rendered by headless Chromium when it is installed.
#include <filesystem>
#include <fstream>
#include <iterator>

#include <catch2/catch.hpp>
#include <nlohmann/json.hpp>

#include "report/html_dom.h"
#include "support/run_revisor.h"
#include "support/temp_dir.h"

using revisor::test::Dom;
using revisor::test::read_file;
using revisor::test::run_command;
using revisor::test::run_revisor;
using revisor::test::TempDir;
namespace fs = std::filesystem;

namespace {

std::string replace_once(std::string s, const std::string& from, const std::string& to) {
  auto p = s.find(from);
  if (p != std::string::npos) s.replace(p, from.size(), to);
  return s;
}

const std::string kScript = "<script>document.title='pwned';alert(1)</script>";
const std::string kImg = "<img src=x onerror=\"document.body.setAttribute('data-pwned','1');alert(1)\">";

// A store with "seed" (v1 "Wednesday", v2 "Thursday" plus the correction) and "city/budget", whose
// second version changes a number silently, drops its correction, and adds script and image tags.
struct StoreFixture {
  TempDir dir;
  std::string store = (dir / "store").string();

  StoreFixture() {
    const auto v2 = read_file(std::string(REVISOR_SOURCE_DIR) + "/samples/seed-erdogan-s400/v2.txt");
    auto v1 = replace_once(v2, "Erdogan said Thursday that", "Erdogan said Wednesday that");
    const auto c = v1.find("Correction:");
    v1.erase(c, v1.find("\n\n", c) + 2 - c);
    const std::string h1 =
        "Council & <b>mayor</b> agree on budget\n\nThe council approved the budget on Monday.\n\n"
        "The vote was 7 to 2, officials said.\n\nCorrection: An earlier version misstated the vote.\n";
    const std::string h2 =
        "Council & <b>mayor</b> agree on budget \x1b[31mnow\x07\n\nThe council approved the budget on "
        "Monday.\n\n"
        "The vote was 5 to 2, officials said.\n\nRead more " +
        kScript + " " + kImg + " at city hall.\n";
    REQUIRE(run_revisor({"init", store}).exit_code == 0);
    ingest("seed", v1, "2021-06-17T10:00:00Z");
    ingest("seed", v2, "2021-06-18T09:30:00Z");
    ingest("city/budget", h1, "2024-01-01T08:00:00Z");
    ingest("city/budget", h2, "2024-01-02T08:00:00Z");
  }

  void ingest(const std::string& id, const std::string& text, const std::string& when) {
    const auto file = dir.write("in.txt", text);
    const auto r =
        run_revisor({"--store", store, "ingest", "--article", id, "--observed-at", when, file.string()});
    INFO(r.err);
    REQUIRE(r.exit_code == 0);
  }

  revisor::test::RunResult report(std::vector<std::string> args) const {
    args.insert(args.begin(), {"--store", store, "report"});
    return run_revisor(args);
  }
};

// The notice's link leads to an element showing <del>Wednesday</del> and <ins>Thursday</ins>.
void check_correction_link(const Dom& dom) {
  REQUIRE(dom.count("//article[contains(@class,'notice')]") == 1);
  CHECK(dom.texts("//article[contains(@class,'notice')]//blockquote")[0].rfind("Correction:", 0) == 0);
  const auto hrefs = dom.texts("//article[contains(@class,'notice')]//a[starts-with(@href,'#v1-v2')]/@href");
  REQUIRE(hrefs.size() == 1);
  const auto target = "//*[@id='" + hrefs[0].substr(1) + "']";
  CHECK(dom.texts(target + "//del") == std::vector<std::string>{"Wednesday"});
  CHECK(dom.texts(target + "//ins") == std::vector<std::string>{"Thursday"});
}

}  // namespace

TEST_CASE("report: the seed in every format", "[cli][report]") {
  StoreFixture f;
  const auto text = f.report({"seed"});
  REQUIRE(text.exit_code == 0);
  CHECK(text.out.find("[-Wednesday-]{+Thursday+}") != std::string::npos);
  CHECK(text.out.find("Notices:         1 correction") != std::string::npos);
  CHECK(text.out.find('\x1b') == std::string::npos);  // piped: plain

  const auto md = f.report({"seed", "--format", "markdown"});
  REQUIRE(md.exit_code == 0);
  CHECK(md.out.find("~~Wednesday~~ **Thursday**") != std::string::npos);
  CHECK(md.out.find("| Notices | 1 correction |") != std::string::npos);

  const auto json = f.report({"seed", "--format", "json"});
  REQUIRE(json.exit_code == 0);
  const auto j = nlohmann::json::parse(json.out);
  CHECK(j["counts"]["versions"] == 2);
  REQUIRE(j["notices"].size() == 1);
  CHECK(j["notices"][0]["kind"] == "correction");
  bool linked = false;
  for (const auto& l : j["notices"][0]["links"])
    linked = linked || (l["old"] == "Wednesday" && l["new"] == "Thursday");
  CHECK(linked);

  const auto html = f.report({"seed", "--format", "html"});
  REQUIRE(html.exit_code == 0);
  check_correction_link(Dom::html(html.out));
}

TEST_CASE("report: the hostile article's text stays text in every format", "[cli][report]") {
  StoreFixture f;
  const auto html = f.report({"city/budget", "--format", "html"});
  REQUIRE(html.exit_code == 0);
  CHECK(html.out.find("<script") == std::string::npos);
  CHECK(html.out.find("<img") == std::string::npos);
  CHECK(html.out.find("<b>") == std::string::npos);
  CHECK(html.out.find('\x1b') == std::string::npos);
  const auto dom = Dom::html(html.out);
  CHECK(dom.count("//script | //img | //b | //*[@onerror]") == 0);
  CHECK(dom.texts("//body")[0].find(kScript) != std::string::npos);
  CHECK(dom.count("//*[contains(@class,'is-stealth')]") >= 1);
  CHECK(dom.count("//h3[.='Removed notices']") == 1);

  const auto md = f.report({"city/budget", "--format", "markdown"});
  REQUIRE(md.exit_code == 0);
  CHECK(md.out.find("<script") == std::string::npos);
  CHECK(md.out.find("<img") == std::string::npos);
  CHECK(md.out.find("&lt;script&gt;") != std::string::npos);

  const auto text = f.report({"city/budget"});
  REQUIRE(text.exit_code == 0);
  CHECK(text.out.find('\x1b') == std::string::npos);
  CHECK(text.out.find('\x07') == std::string::npos);
  CHECK(text.out.find("STEALTH EDIT") != std::string::npos);

  const auto json = f.report({"city/budget", "--format", "json"});
  REQUIRE(json.exit_code == 0);
  CHECK(nlohmann::json::parse(json.out)["counts"]["removed_notices"] == 1);
}

TEST_CASE("report: colour on a terminal, plain with NO_COLOR", "[cli][report]") {
  if (run_command({"sh", "-c", "command -v script"}).exit_code != 0) {
    WARN("util-linux `script` is not installed: terminal colour not checked");
    return;
  }
  StoreFixture f;
  const std::string cmd = std::string(REVISOR_BINARY) + " --store '" + f.store + "' report seed";
  const auto tty = run_command({"env", "-u", "NO_COLOR", "script", "-qec", cmd, "/dev/null"});
  REQUIRE(tty.exit_code == 0);
  CHECK(tty.out.find("\x1b[31m[-Wednesday-]") != std::string::npos);
  const auto no_color = run_command({"env", "NO_COLOR=1", "script", "-qec", cmd, "/dev/null"});
  REQUIRE(no_color.exit_code == 0);
  CHECK(no_color.out.find("[-Wednesday-]") != std::string::npos);
  CHECK(no_color.out.find('\x1b') == std::string::npos);
}

TEST_CASE("report --color always, never and auto as diff takes them, text only", "[cli][report]") {
  StoreFixture f;
  const auto always = f.report({"seed", "--color", "always"});
  REQUIRE(always.exit_code == 0);
  CHECK(always.out.find("\x1b[31m[-Wednesday-]") != std::string::npos);
  // An explicit request outranks NO_COLOR, as for diff.
  const auto always_no_color =
      run_revisor({"--store", f.store, "report", "seed", "--color", "always"}, "", {"NO_COLOR=1"});
  CHECK(always_no_color.out == always.out);
  for (const char* mode : {"never", "auto"}) {
    INFO(mode);
    const auto plain = f.report({"seed", "--color", mode});
    REQUIRE(plain.exit_code == 0);
    CHECK(plain.out.find("[-Wednesday-]") != std::string::npos);
    CHECK(plain.out.find('\x1b') == std::string::npos);
  }
  for (const char* format : {"json", "markdown", "html"}) {
    INFO(format);
    const auto other = f.report({"seed", "--format", format, "--color", "always"});
    REQUIRE(other.exit_code == 0);
    CHECK(other.out == f.report({"seed", "--format", format}).out);
  }
  const auto bad = f.report({"seed", "--color", "sometimes"});
  CHECK(bad.exit_code == 2);
  CHECK_THAT(bad.err, Catch::StartsWith("revisor: ") && Catch::Contains("sometimes"));
  // One option, one description: the help line of report's --color is diff's.
  const auto help_line = [](const std::string& help) {
    const auto at = help.find("--color");
    REQUIRE(at != std::string::npos);
    // CLI11 puts a long option's description on the line after its name.
    return help.substr(at, help.find('\n', help.find('\n', at) + 1) - at);
  };
  CHECK(help_line(run_revisor({"report", "--help"}).out) == help_line(run_revisor({"diff", "--help"}).out));
}

TEST_CASE("report --output writes the file whole, the format follows the extension", "[cli][report]") {
  StoreFixture f;
  const auto file = f.dir / "seed.html";
  const auto r = f.report({"seed", "--output", file.string()});
  REQUIRE(r.exit_code == 0);
  CHECK(r.out.empty());
  const auto html = read_file(file);
  CHECK(html.rfind("<!DOCTYPE html>", 0) == 0);
  CHECK(html == f.report({"seed", "--format", "html"}).out);
  for (const auto& e : fs::directory_iterator(f.dir.path()))
    CHECK(e.path().filename().string().find(".tmp") == std::string::npos);
}

TEST_CASE("report --all writes a page per article and an index whose links work", "[cli][report]") {
  StoreFixture f;
  const auto out = f.dir / "site";
  const auto r = f.report({"--all", "--format", "html", "--output", out.string()});
  INFO(r.err);
  REQUIRE(r.exit_code == 0);
  CHECK(r.out.find((out / "index.html").string()) != std::string::npos);
  const auto index = Dom::html(read_file(out / "index.html"));
  const auto hrefs = index.texts("//tbody/tr/td[1]/a/@href");
  REQUIRE(hrefs ==
          std::vector<std::string>{"articles/city/budget.html", "articles/seed.html"});  // stealth first
  for (const auto& href : hrefs) {
    const auto page = out / href;
    REQUIRE(fs::exists(page));
    const auto dom = Dom::html(read_file(page));
    const auto back = dom.texts("//nav/a/@href");
    REQUIRE(back.size() == 1);
    CHECK(fs::equivalent(page.parent_path() / back[0], out / "index.html"));
  }
  check_correction_link(Dom::html(read_file(out / "articles/seed.html")));
}

TEST_CASE("report: usage and lookup errors exit 2 with a message", "[cli][report]") {
  StoreFixture f;
  auto r = f.report({"no-such-article"});
  CHECK(r.exit_code == 2);
  CHECK(r.err.find("no-such-article") != std::string::npos);
  r = f.report({});
  CHECK(r.exit_code == 2);
  CHECK(r.err.find("--all") != std::string::npos);
  r = f.report({"seed", "--all", "--output", (f.dir / "x").string()});
  CHECK(r.exit_code == 2);
  r = f.report({"--all"});
  CHECK(r.exit_code == 2);
  CHECK(r.err.find("--output") != std::string::npos);
  r = f.report({"seed", "--format", "pdf"});
  CHECK(r.exit_code == 2);
  CHECK(r.err.find("pdf") != std::string::npos);
  r = f.report({"seed", "--output", (f.dir / "missing/dir/x.html").string()});
  CHECK(r.exit_code == 1);
  CHECK(r.err.find("x.html") != std::string::npos);
}

TEST_CASE("feed: valid Atom for one article and for the store", "[cli][feed]") {
  StoreFixture f;
  const auto file = f.dir / "seed.xml";
  auto r = run_revisor({"--store", f.store, "feed", "seed", "--output", file.string()});
  INFO(r.err);
  REQUIRE(r.exit_code == 0);
  const auto seed = Dom::xml(read_file(file));
  CHECK(seed.count("/atom:feed/atom:entry") == 2);
  const auto newest = Dom::html(seed.texts("/atom:feed/atom:entry[1]/atom:content")[0]);
  CHECK(newest.count("//del[.='Wednesday']") >= 1);
  CHECK(newest.count("//ins[.='Thursday']") >= 1);

  r = run_revisor({"--store", f.store, "feed"});
  REQUIRE(r.exit_code == 0);
  CHECK(r.out.find('\x1b') == std::string::npos);
  const auto all = Dom::xml(r.out);
  CHECK(all.texts("/atom:feed/atom:id") == std::vector<std::string>{"urn:revisor:store"});
  CHECK(all.count("/atom:feed/atom:entry") == 4);
  CHECK(all.texts("/atom:feed/atom:entry[1]/atom:id")[0] == "urn:revisor:article:city/budget:version:2");
  for (const auto& content : all.texts("/atom:feed/atom:entry/atom:content")) {
    CHECK(Dom::html(content).count("//script | //img") == 0);
  }
}

namespace {

const char* const kChromium = "/usr/bin/chromium";

// Headless Chromium with everything that could reach the network or a profile turned off.
revisor::test::RunResult chromium(const TempDir& profile, const std::vector<std::string>& extra,
                                  const fs::path& page) {
  // A page that blocked (a modal alert from a script that should never have run) must fail the test,
  // not hang it: the browser gets a minute.
  std::vector<std::string> args = {"timeout",
                                   "60",
                                   kChromium,
                                   "--headless",
                                   "--no-sandbox",
                                   "--disable-gpu",
                                   "--disable-quic",
                                   "--no-first-run",
                                   "--disable-background-networking",
                                   "--disable-component-update",
                                   "--disable-sync",
                                   "--user-data-dir=" + profile.path().string(),
                                   "--virtual-time-budget=2000"};
  args.insert(args.end(), extra.begin(), extra.end());
  args.push_back("file://" + page.string());
  return run_command(args);
}

}  // namespace

TEST_CASE("report: a real browser shows the correction, its link and the marks, and no injected script runs",
          "[cli][report][browser]") {
  if (!fs::exists(kChromium)) {
    WARN(
        "/usr/bin/chromium is not installed (scripts/deps installs Debian's chromium): browser test skipped");
    return;
  }
  StoreFixture f;
  TempDir profile;
  // First prove the probe: a page whose script does run must show it in the dumped DOM.
  // (Without alert(), which would block the headless browser.)
  const auto control =
      f.dir.write("control.html",
                  "<!DOCTYPE html><html><head><title>clean</title></head><body><p>x</p>"
                  "<script>document.title='pwned'</script>"
                  "<img src=x onerror=\"document.body.setAttribute('data-pwned','1')\"></body></html>");
  const auto probe = chromium(profile, {"--dump-dom"}, control);
  REQUIRE(probe.exit_code == 0);
  REQUIRE(Dom::html(probe.out).texts("//title") == std::vector<std::string>{"pwned"});
  CHECK(Dom::html(probe.out).count("//*[@data-pwned]") == 1);

  const auto seed = f.dir / "seed.html";
  REQUIRE(f.report({"seed", "--format", "html", "--output", seed.string()}).exit_code == 0);
  const auto shown = chromium(profile, {"--dump-dom"}, seed);
  REQUIRE(shown.exit_code == 0);
  const auto dom = Dom::html(shown.out);
  check_correction_link(dom);
  CHECK(dom.count("//del") >= 1);
  CHECK(dom.count("//ins") >= 1);
  const auto shot = f.dir / "seed.png";
  const auto s = chromium(
      profile, {"--hide-scrollbars", "--window-size=1000,1400", "--screenshot=" + shot.string()}, seed);
  REQUIRE(s.exit_code == 0);
  const auto png = read_file(shot);
  REQUIRE(png.size() > 10000);
  CHECK(png.substr(1, 3) == "PNG");

  const auto hostile = f.dir / "hostile.html";
  REQUIRE(f.report({"city/budget", "--format", "html", "--output", hostile.string()}).exit_code == 0);
  const auto h = chromium(profile, {"--dump-dom"}, hostile);
  REQUIRE(h.exit_code == 0);
  const auto hdom = Dom::html(h.out);
  const auto title = hdom.texts("//title");
  REQUIRE(title.size() == 1);
  CHECK(title[0].find("pwned") == std::string::npos);
  CHECK(hdom.count("//*[@data-pwned]") == 0);
  CHECK(hdom.count("//script | //img") == 0);
  CHECK(hdom.texts("//body")[0].find(kScript) != std::string::npos);

  // The index page's one script is allowed by its CSP hash and runs: it turns headings into buttons.
  const auto site = f.dir / "site";
  REQUIRE(f.report({"--all", "--output", site.string()}).exit_code == 0);
  const auto index = chromium(profile, {"--dump-dom"}, site / "index.html");
  REQUIRE(index.exit_code == 0);
  CHECK(Dom::html(index.out).count("//thead//th/button") == 9);  // with Severity and New reporting
}
