// End to end: hostile article text and URLs stay inert in every output: no javascript: or data: link
// in the HTML report or the Atom feed, style sheets cannot be closed or injected, and terminal output
// of every command carries no escape sequence, C1 control or bidi override from an article, also in
// Markdown, JSON and XML written to a terminal (a pseudo-terminal in the test).
#include <fcntl.h>
#include <pty.h>
#include <spawn.h>
#include <sys/wait.h>
#include <termios.h>
#include <unistd.h>

#include <cerrno>
#include <filesystem>
#include <string>
#include <vector>

#include <catch2/catch.hpp>

#include "report/html_dom.h"
#include "support/run_revisor.h"
#include "support/temp_dir.h"

using revisor::test::Dom;
using revisor::test::run_revisor;
using revisor::test::RunResult;
using revisor::test::TempDir;

namespace {

// Escape sequences (CSI colour, OSC retitle and OSC 8 hyperlink), C1 CSI, BEL and bidi overrides.
const std::string kTerminalTricks =
    "\x1b[31mred\x1b[0m \x1b]0;owned-title\x07 \x1b]8;;http://evil.example/\x1b\\click\x1b]8;;\x1b\\ "
    "\xc2\x9b" "2J \xe2\x80\xae" "desrever\xe2\x80\xac \xe2\x81\xa6isolate\xe2\x81\xa9";
const std::string kCss = "</style><style>body{display:none}</style> <p style=\"position:fixed\">x</p>";

bool has_terminal_tricks(const std::string& s) {
  for (std::string_view bad : {"\x1b", "\x07", "\xc2\x9b", "\xe2\x80\xae", "\xe2\x80\xac", "\xe2\x81\xa6"})
    if (s.find(bad) != std::string::npos) return true;
  return false;
}

struct Store {
  TempDir tmp;
  std::string dir = (tmp / "store").string();
  Store() { REQUIRE(run_revisor({"init", dir}).exit_code == 0); }
  RunResult run(std::vector<std::string> args) const {
    args.insert(args.begin(), {"--store", dir});
    return run_revisor(args);
  }
  void ingest(const std::string& id, const std::string& url, const std::string& at, const std::string& text) {
    const auto file = tmp.write("in.txt", text);
    const auto r = run({"ingest", "--article", id, "--url", url, "--observed-at", at, file.string()});
    INFO(r.err);
    REQUIRE(r.exit_code == 0);
  }
};

std::string article(const std::string& figure) {
  return "Budget " + kTerminalTricks + "\n\nThe council approved " + figure + " million. " + kCss +
         "\n\nCorrection: An earlier version misstated the figure " + kTerminalTricks + ".\n";
}

}  // namespace

TEST_CASE("output safety: javascript: and data: URLs never become links in the report or the feed",
          "[cli][output-safety]") {
  Store s;
  const std::vector<std::string> urls = {"javascript:alert(1)", "JaVaScRiPt:alert(1)",
                                         "data:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg==",
                                         "vbscript:msgbox", "//evil.example/x"};
  for (std::size_t i = 0; i < urls.size(); ++i) {
    const std::string id = "urls/a" + std::to_string(i);
    s.ingest(id, urls[i], "2024-01-01T08:00:00Z", article("5"));
    s.ingest(id, urls[i], "2024-01-02T08:00:00Z", article("7"));
    const auto html = s.run({"report", id, "--format", "html"});
    REQUIRE(html.exit_code == 0);
    const auto dom = Dom::html(html.out);
    INFO(urls[i]);
    CHECK(dom.count("//a[@href and not(starts-with(@href,'#')) and not(starts-with(@href,'http'))]") == 0);
    CHECK(dom.count("//*[@style] | //style[contains(.,'display:none')] | //p[@style]") == 0);
    CHECK(dom.texts("//body")[0].find(urls[i]) != std::string::npos);  // shown as text
    CHECK(!has_terminal_tricks(html.out));
    const auto md = s.run({"report", id, "--format", "markdown"});
    CHECK(md.out.find("](" + urls[i]) == std::string::npos);
    CHECK(md.out.find("](<" + urls[i]) == std::string::npos);
  }
  const auto feed = s.run({"feed"});
  REQUIRE(feed.exit_code == 0);
  const auto atom = Dom::xml(feed.out);
  for (const auto& href : atom.texts("//*[local-name()='link']/@href")) {
    INFO(href);
    CHECK(href.rfind("http", 0) == 0);
  }
  CHECK(feed.out.find("<script") == std::string::npos);
  CHECK(feed.out.find("\x1b") == std::string::npos);
}

TEST_CASE("output safety: terminal escapes and bidi overrides from articles never reach the terminal",
          "[cli][output-safety]") {
  Store s;
  s.ingest("tricks/one", "https://example.com/a", "2024-01-01T08:00:00Z", article("5"));
  s.ingest("tricks/one", "https://example.com/a", "2024-01-02T08:00:00Z", article("7"));
  const auto v1 = s.tmp.write("v1.txt", article("5"));
  const auto v2 = s.tmp.write("v2.txt", article("7"));
  const std::vector<std::vector<std::string>> commands = {
      {"list"},
      {"log", "tricks/one"},
      {"show", "tricks/one@2"},
      {"diff", "tricks/one"},
      {"diff", "--files", v1.string(), v2.string()},
      {"audit"},
      {"report", "tricks/one"},
  };
  for (const auto& args : commands) {
    for (const char* color : {"never", "always"}) {
      auto with_color = args;
      if (args[0] == "diff" || args[0] == "report") with_color.insert(with_color.end(), {"--color", color});
      const auto r = s.run(with_color);
      INFO(args[0] << " " << args.back() << " --color " << color << ": " << r.err);
      CHECK(r.exit_code == 0);
      // --color always may colour with its own CSI sequences; none may come from the article.
      std::string out = r.out;
      if (std::string(color) == "always")
        for (std::size_t p; (p = out.find("\x1b[")) != std::string::npos;) {
          const auto end = out.find('m', p);
          const bool sgr = end != std::string::npos && end - p < 12 &&
                           out.substr(p + 2, end - p - 2).find_first_not_of("0123456789;") == std::string::npos;
          if (!sgr) break;
          out.erase(p, end - p + 1);
        }
      CHECK(!has_terminal_tricks(out));
      CHECK(!has_terminal_tricks(r.err));
      if (args[0] == "show" || args[0] == "report") CHECK(out.find("desrever") != std::string::npos);
    }
  }
}

namespace {

// Runs revisor with its standard output on a pseudo-terminal, so that it sees what a person's
// terminal would get (isatty(1) holds); standard error goes to a file. The terminal is raw, so the
// output arrives byte for byte.
RunResult run_on_terminal(std::vector<std::string> args) {
  RunResult r;
  int master = -1;
  int slave = -1;
  REQUIRE(openpty(&master, &slave, nullptr, nullptr, nullptr) == 0);
  termios raw{};
  REQUIRE(tcgetattr(slave, &raw) == 0);
  cfmakeraw(&raw);
  REQUIRE(tcsetattr(slave, TCSANOW, &raw) == 0);
  TempDir io;
  const auto err = io / "stderr";
  args.insert(args.begin(), REVISOR_BINARY);
  posix_spawn_file_actions_t fa;
  posix_spawn_file_actions_init(&fa);
  posix_spawn_file_actions_addopen(&fa, 0, "/dev/null", O_RDONLY, 0);
  posix_spawn_file_actions_adddup2(&fa, slave, 1);
  posix_spawn_file_actions_addopen(&fa, 2, err.c_str(), O_WRONLY | O_CREAT | O_TRUNC, 0644);
  posix_spawn_file_actions_addclose(&fa, master);
  posix_spawn_file_actions_addclose(&fa, slave);
  std::vector<char*> argv;
  for (auto& a : args) argv.push_back(a.data());
  argv.push_back(nullptr);
  pid_t pid = -1;
  const int rc = posix_spawn(&pid, argv[0], &fa, nullptr, argv.data(), environ);
  posix_spawn_file_actions_destroy(&fa);
  close(slave);
  REQUIRE(rc == 0);
  char buf[4096];
  for (ssize_t n; (n = read(master, buf, sizeof buf)) != 0;) {
    if (n < 0) {
      if (errno == EINTR) continue;
      break;  // EIO: the terminal's other side is closed, everything written has been read
    }
    r.out.append(buf, static_cast<std::size_t>(n));
  }
  close(master);
  int status = 0;
  waitpid(pid, &status, 0);
  r.exit_code = WIFEXITED(status) ? WEXITSTATUS(status) : 128 + WTERMSIG(status);
  r.err = revisor::test::read_file(err);
  return r;
}

// Removes revisor's own colour sequences (CSI digits;digits m), which --color may add.
std::string without_sgr(std::string out) {
  for (std::size_t p = 0; (p = out.find("\x1b[", p)) != std::string::npos;) {
    const auto end = out.find('m', p);
    const bool sgr = end != std::string::npos && end - p < 12 &&
                     out.substr(p + 2, end - p - 2).find_first_not_of("0123456789;") == std::string::npos;
    if (!sgr) {
      ++p;
      continue;
    }
    out.erase(p, end - p + 1);
  }
  return out;
}

}  // namespace

TEST_CASE("output safety: on a terminal, every format of every command keeps article text inert",
          "[cli][output-safety]") {
  Store s;
  s.ingest("tricks/one", "https://example.com/a", "2024-01-01T08:00:00Z", article("5"));
  s.ingest("tricks/one", "https://example.com/a", "2024-01-02T08:00:00Z", article("7"));
  const auto v1 = s.tmp.write("v1.txt", article("5"));
  const auto v2 = s.tmp.write("v2.txt", article("7"));
  const auto jsonl = s.run({"audit", "--format", "jsonl"});
  REQUIRE(jsonl.exit_code == 0);
  const auto shard = s.tmp.write("shard.jsonl", jsonl.out);
  std::vector<std::vector<std::string>> commands = {
      {"list"},
      {"log", "tricks/one"},
      {"show", "tricks/one@2"},
      {"diff", "tricks/one"},
      {"diff", "--format", "unified", "tricks/one"},
      {"diff", "--format", "json", "tricks/one"},
      {"diff", "--format", "json", "--files", v1.string(), v2.string()},
      {"feed"},
      {"summary", shard.string()},
      {"summary", "--format", "markdown", shard.string()},
      {"summary", "--format", "jsonl", shard.string()},
  };
  for (const char* format : {"text", "markdown", "json", "jsonl"}) commands.push_back({"audit", "--format", format});
  for (const char* format : {"text", "markdown", "json", "html"})
    commands.push_back({"report", "tricks/one", "--format", format});
  for (auto args : commands) {
    args.insert(args.begin(), {"--store", s.dir});
    const auto r = run_on_terminal(args);
    std::string line;
    for (const auto& a : args) line += a + " ";
    INFO(line << "on a terminal: " << r.err);
    CHECK(r.exit_code == 0);
    CHECK(!r.out.empty());
    CHECK(!has_terminal_tricks(without_sgr(r.out)));
    CHECK(!has_terminal_tricks(r.err));
  }
  // What a terminal shows of the correction notice: the text, its tricks made visible.
  const auto md = run_on_terminal({"--store", s.dir, "audit", "--format", "markdown"});
  CHECK(md.out.find("misstated the figure") != std::string::npos);
  CHECK(md.out.find("desrever") != std::string::npos);
  // Into a file or a pipe the formats keep the text byte for byte (a JSON reader gets what was said).
  CHECK(s.run({"audit", "--format", "json"}).out.find("\xe2\x80\xae") != std::string::npos);
}
