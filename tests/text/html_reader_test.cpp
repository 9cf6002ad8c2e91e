#include <catch2/catch.hpp>

#include <chrono>
#include <string>

#include "revisor/base/error.h"
#include "revisor/text/article_text.h"
#include "revisor/text/document.h"
#include "text/read_refusal.h"

using revisor::Error;
using revisor::ErrorKind;
using revisor::test::read_refusal;
using revisor::text::read_article;

namespace {

bool contains(const std::vector<std::string>& v, std::string_view s) {
  for (const auto& x : v) {
    if (x.find(s) != std::string::npos) return true;
  }
  return false;
}

const char* const kPage = R"(<!DOCTYPE html>
<html><head><meta charset="utf-8">
<title>Storm floods town | Daily Example</title>
<meta property="og:title" content="Storm floods   town">
<meta name="author" content="Ana Reporter">
<meta property="article:published_time" content="2024-05-01T10:00:00Z">
<meta property="article:modified_time" content="2024-05-02T08:30:00Z">
<link rel="canonical" href="https://example.org/storm">
<style>p { color: red }</style>
<script>var p = "<p>not text</p>";</script>
</head><body>
<nav><ul><li><a href="/">Home</a></li><li><a href="/world">World</a></li></ul></nav>
<article>
<h1>Storm floods town (h1)</h1>
<div class="byline">By Ana Reporter</div>
<div class="share-bar"><a href="#">Share on Facebook</a> Tweet this now</div>
<p>Heavy rain <b>flooded</b> the town on Tuesday.</p>
<figure><img src="a.jpg"><figcaption>Water in the main street. (Photo: J. Doe)</figcaption></figure>
<p>Officials said 1,200 homes lost power.<br>Repairs continue.</p>
<h2>What comes next</h2>
<p>More rain is expected.</p>
<aside><p>Read also: another story</p></aside>
<div class="newsletter-signup"><p>Sign up for our morning briefing, delivered daily.</p></div>
<section class="related-articles"><h3>Related</h3><ul><li><a href="/x">Other flood</a></li></ul></section>
<div id="comments"><p>Great article! -- a reader</p></div>
</article>
<footer><p>Copyright Example Media, all the small print.</p></footer>
</body></html>)";

}  // namespace

TEST_CASE("HTML: headline, byline, dates and URL from the page's meta tags") {
  const auto a = read_article(kPage, "page.html");
  CHECK(a.format == "html");
  CHECK(a.headline == "Storm floods town");  // og:title first, spaces normalized
  CHECK(a.byline == "Ana Reporter");
  CHECK(a.published == "2024-05-01T10:00:00Z");
  CHECK(a.modified == "2024-05-02T08:30:00Z");
  CHECK(a.canonical_url == "https://example.org/storm");
}

TEST_CASE("HTML: body paragraphs of the article without page furniture, captions apart") {
  const auto a = read_article(kPage, "page.html");
  REQUIRE(a.paragraphs.size() == 4);
  CHECK(a.paragraphs[0] == "Heavy rain flooded the town on Tuesday.");
  CHECK(a.paragraphs[1] == "Officials said 1,200 homes lost power.\nRepairs continue.");
  CHECK(a.paragraphs[2] == "What comes next");
  CHECK(a.paragraphs[3] == "More rain is expected.");
  REQUIRE(a.captions.size() == 1);
  CHECK(a.captions[0] == "Water in the main street. (Photo: J. Doe)");
  for (const char* furniture : {"Home", "Share", "Read also", "Sign up", "Other flood", "Great article", "Copyright",
                                "not text", "color", "By Ana"}) {
    INFO(furniture);
    CHECK_FALSE(contains(a.paragraphs, furniture));
  }
}

TEST_CASE("HTML: headline falls back to the article's h1, then the title") {
  auto h1 = read_article("<html><head><title>T | Site</title></head><body><article><h1>The h1</h1>"
                         "<p>Body.</p></article></body></html>",
                         "x.html");
  CHECK(h1.headline == "The h1");
  auto suffixed = read_article("<title>Only the title here | Site</title><p>Body.</p>", "t.html");
  CHECK(suffixed.headline == "Only the title here");
  auto title = read_article("<html><head><title>Only title</title></head><body><p>Body.</p></body></html>", "x.htm");
  CHECK(title.headline == "Only title");
}

TEST_CASE("HTML: JSON-LD gives dates, author and the body when it has articleBody") {
  const std::string page = R"(<html><head>
<script type="application/ld+json">{"@context":"https://schema.org","@graph":[
 {"@type":"WebSite","name":"Site"},
 {"@type":["NewsArticle"],"headline":"LD headline","datePublished":"2024-01-02T03:04:05Z",
  "dateModified":"2024-01-03T00:00:00Z","author":[{"@type":"Person","name":"A. One"},{"name":"B. Two"}],
  "articleBody":"First LD paragraph.\n\nSecond LD paragraph."}]}</script>
<script type="application/ld+json">{ not json</script>
</head><body><article><p>Markup paragraph one.</p><p>Markup two.</p></article></body></html>)";
  const auto a = read_article(page, "ld.html");
  CHECK(a.headline == "LD headline");
  CHECK(a.byline == "A. One, B. Two");
  CHECK(a.published == "2024-01-02T03:04:05Z");
  CHECK(a.modified == "2024-01-03T00:00:00Z");
  REQUIRE(a.paragraphs.size() == 2);
  CHECK(a.paragraphs[0] == "First LD paragraph.");
  CHECK(a.paragraphs[1] == "Second LD paragraph.");
}

TEST_CASE("HTML: a declared windows-1252 charset is converted to UTF-8") {
  const std::string page =
      "<html><head><meta charset=windows-1252><title>Caf\xE9</title></head>"
      "<body><p>\x93Quoted\x94 na\xEFve \x96 text.</p></body></html>";
  const auto a = read_article(page, "cp1252.html");
  CHECK(a.headline == "Caf\xC3\xA9");
  REQUIRE(a.paragraphs.size() == 1);
  CHECK(a.paragraphs[0] == "\xE2\x80\x9CQuoted\xE2\x80\x9D na\xC3\xAFve \xE2\x80\x93 text.");
  const std::string legacy =
      "<html><head><meta http-equiv=\"Content-Type\" content=\"text/html; charset=ISO-8859-1\"></head>"
      "<body><p>Gr\xFC\xDF" "e.</p></body></html>";
  CHECK(read_article(legacy, "latin1.html").paragraphs.at(0) == "Gr\xC3\xBC\xC3\x9F" "e.");
}

TEST_CASE("HTML: content sniffing reads markup without an .html name") {
  CHECK(read_article("  <!DOCTYPE html><title>T</title><p>Body.</p>", "-").format == "html");
  CHECK(read_article("Title\n\n<b>not markup</b> at start of body.\n", "-").format == "text");
}

TEST_CASE("HTML: bad pages are refused with the file and the problem") {
  CHECK(read_refusal("<html><head><title>T</title></head><body><nav><p>Menu</p></nav></body></html>", "nobody.html") ==
        "nobody.html: no article body (no paragraphs in <article>, main content or JSON-LD articleBody)");
  CHECK(read_refusal("<html><body><p>bad \xFF byte</p></body></html>", "bad.html") ==
        "bad.html: invalid UTF-8 at byte offset 19");
  CHECK(read_refusal("<meta charset=x-no-such-charset><p>x</p>", "cs.html").find("x-no-such-charset") != std::string::npos);
  CHECK(read_refusal(std::string("<p>a\0b</p>", 10), "nul.html").find("NUL byte") != std::string::npos);
}

TEST_CASE("HTML: unclosed tags still give the text") {
  const auto a = read_article("<html><body><article><p>One <b>bold <i>two<p>Three <div>four", "open.html");
  CHECK(contains(a.paragraphs, "One bold two"));
  CHECK(contains(a.paragraphs, "Three"));
  CHECK(contains(a.paragraphs, "four"));
}

TEST_CASE("HTML: pathological nesting is refused quickly, deep but sane nesting is read") {
  std::string deep;
  for (int i = 0; i < 200000; ++i) deep += "<div>";
  deep += "<p>text</p>";
  const auto start = std::chrono::steady_clock::now();
  CHECK(read_refusal(deep, "deep.html").find("deep.html: HTML nested too deeply") == 0);
  std::string ruby;  // outside <ruby>, gumbo nests rt elements: as slow as nested divs
  for (int i = 0; i < 100000; ++i) ruby += "<rt>x";
  CHECK(read_refusal(ruby, "ruby.html").find("ruby.html: HTML nested too deeply") == 0);
  CHECK(std::chrono::steady_clock::now() - start < std::chrono::seconds(10));

  std::string ok = "<html><body><article>";
  for (int i = 0; i < 1000; ++i) ok += "<div><span>";
  ok += "<p>Deep text.</p>";
  for (int i = 0; i < 1000; ++i) ok += "</span></div>";
  CHECK(read_article(ok + "</article></body></html>", "ok.html").paragraphs.at(0) == "Deep text.");
}

TEST_CASE("HTML: a page of more than 5 MB is read") {
  std::string page = "<html><head><title>Big</title></head><body><article>";
  const std::string para = "<p>Paragraph with <a href=\"/x\">a link</a> and some words to fill the page.</p>\n";
  while (page.size() < 6u * 1024u * 1024u) page += para;
  page += "</article></body></html>";
  const auto a = read_article(page, "big.html");
  CHECK(a.paragraphs.size() > 50000);
  CHECK(a.paragraphs.front() == "Paragraph with a link and some words to fill the page.");
}

TEST_CASE("HTML: a feed-style page keeps its standfirst, drops link-only lines and credit links' clutter") {
  const std::string page = R"(<!DOCTYPE html><html><head><title>Probe lands on moon</title></head><body>
<h1>Probe lands on moon</h1>
<p class="dek">A first for the agency.</p>
<article><div id="wrap">
<figure class="intro-image"><img src="p.jpg">
<p class="caption"><a class="enlarge-link" href="p-big.jpg">Enlarge</a> <span class="sep">/</span> The probe on the pad. (credit: <a class="caption-link" href="/c">Agency Photo</a>)</p></figure>
<p>The probe touched down at 3:04 pm, the agency said.</p>
<p>It will work for 14 days.</p></div>
<p><a href="/full#p3">Read 5 remaining paragraphs</a> | <a href="/full#comments">Comments</a></p>
</article></body></html>)";
  const auto a = read_article(page, "feed.html");
  CHECK(a.headline == "Probe lands on moon");
  REQUIRE(a.paragraphs.size() == 3);
  CHECK(a.paragraphs[0] == "A first for the agency.");
  CHECK(a.paragraphs[2] == "It will work for 14 days.");
  REQUIRE(a.captions.size() == 1);
  CHECK(a.captions[0] == "The probe on the pad. (credit: Agency Photo)");
}

TEST_CASE("HTML: layout classes such as hidden-xs do not hide article text") {
  const auto a = read_article("<html><body><article><div class=\"hidden-xs\"><p>Visible on desktops.</p></div>"
                              "<p hidden>Really hidden.</p><p style=\"display: none\">Also hidden.</p></article></body></html>",
                              "layout.html");
  REQUIRE(a.paragraphs.size() == 1);
  CHECK(a.paragraphs[0] == "Visible on desktops.");
}

TEST_CASE("HTML: caption clean-up removes whole separator characters only") {
  const auto a = read_article("<html><body><article><p>Body.</p><figure><figcaption>\xE2\x80\x94 \xE2\x82\xAC" "40 note"
                              "</figcaption></figure><figure><figcaption>\xE2\x80\x9CQuoted\xE2\x80\x9D</figcaption>"
                              "</figure></article></body></html>",
                              "cap.html");
  REQUIRE(a.captions.size() == 2);
  CHECK(a.captions[0] == "\xE2\x82\xAC" "40 note");
  CHECK(a.captions[1] == "\xE2\x80\x9CQuoted\xE2\x80\x9D");
  CHECK_NOTHROW(revisor::text::Document::parse(revisor::text::article_text(a)));
}
