#include "revisor/watch/page_url.h"

#include <catch2/catch.hpp>

#include "revisor/base/error.h"
#include "revisor/watch/feed.h"
#include "revisor/watch/robots.h"

using namespace revisor;
using namespace revisor::watch;

TEST_CASE("an article's id is stable across tracking parameters, fragment, case and default port", "[watch]") {
  const std::string plain = clean_url("https://News.Example.com/2026/11/bus-fares?id=7");
  CHECK(plain == "https://news.example.com/2026/11/bus-fares?id=7");
  CHECK(clean_url("https://news.example.com:443/2026/11/bus-fares?utm_source=tw&id=7&fbclid=abc#top") == plain);
  CHECK(clean_url("https://news.example.com/2026/11/bus-fares?id=7&gclid=1&utm_medium=x") == plain);
  CHECK(article_id_for_url(plain).str() == "news.example.com/2026/11/bus-fares/id-7");
  CHECK(article_id_for_url(clean_url("http://x.org/a/..b/.lock")).str().find("..") == std::string::npos);
  CHECK_THROWS_AS(clean_url("ftp://x.org/a"), Error);
  CHECK_THROWS_AS(clean_url("not a url"), Error);
  const std::string long_url = "https://x.org/" + std::string(300, 'a');
  CHECK(article_id_for_url(long_url).str().size() <= ArticleId::kMaxBytes);
  CHECK(article_id_for_url(long_url) != article_id_for_url(long_url + "b"));
}

TEST_CASE("RSS, Atom and RDF feeds give their items' links, a page is no feed", "[watch]") {
  const auto rss = feed_item_urls(
      "<rss version='2.0'><channel><item><link>/a?utm_source=x</link></item><item><guid>https://e.com/b</guid></item>"
      "</channel></rss>",
      "https://e.com/feed");
  REQUIRE(rss);
  CHECK(*rss == std::vector<std::string>{"https://e.com/a", "https://e.com/b"});
  const auto atom = feed_item_urls(
      "<feed xmlns='http://www.w3.org/2005/Atom'><entry><link rel='self' href='/self'/>"
      "<link href='https://e.com/c'/></entry></feed>",
      "https://e.com/feed");
  REQUIRE(atom);
  CHECK(*atom == std::vector<std::string>{"https://e.com/c"});
  const auto rdf = feed_item_urls(
      "<rdf:RDF xmlns:rdf='http://www.w3.org/1999/02/22-rdf-syntax-ns#' xmlns='http://purl.org/rss/1.0/'>"
      "<item><link>https://e.com/d</link></item></rdf:RDF>",
      "https://e.com/feed");
  REQUIRE(rdf);
  CHECK(*rdf == std::vector<std::string>{"https://e.com/d"});
  CHECK_FALSE(feed_item_urls("<!doctype html><html><body><p>hi</p></body></html>", "https://e.com/"));
  // An external entity is never fetched nor expanded.
  const auto xxe = feed_item_urls(
      "<?xml version='1.0'?><!DOCTYPE r [<!ENTITY x SYSTEM 'file:///etc/passwd'>]>"
      "<rss><channel><item><link>https://e.com/&x;</link></item></channel></rss>",
      "https://e.com/");
  REQUIRE(xxe);
  for (const auto& u : *xxe) CHECK(u.find("root") == std::string::npos);
}

TEST_CASE("a sources file is OPML or a list of URLs, and a bad line is named", "[watch]") {
  CHECK(parse_sources("<opml version='2.0'><body><outline text='News'><outline xmlUrl='https://e.com/rss'/>"
                      "</outline><outline htmlUrl='https://f.com/a'/></body></opml>",
                      "feeds.opml") == std::vector<std::string>{"https://e.com/rss", "https://f.com/a"});
  CHECK(parse_sources("# my feeds\nhttps://e.com/rss\n\nhttps://e.com/rss#dup\n", "list.txt") ==
        std::vector<std::string>{"https://e.com/rss"});
  try {
    parse_sources("https://e.com/rss\nmailto:x@y\n", "list.txt");
    FAIL("no error");
  } catch (const Error& e) {
    CHECK(std::string(e.what()).find("list.txt line 2") != std::string::npos);
    CHECK(e.exit_code() == 2);
  }
}

TEST_CASE("robots.txt: revisor's own group wins over *, the longest rule decides", "[watch]") {
  const auto rules = RobotsRules::parse(
      "User-agent: *\nDisallow: /\n\nUser-agent: revisor\nDisallow: /private/\nAllow: /private/open\n"
      "Disallow: /*.pdf$\nCrawl-delay: 3\n");
  CHECK(rules.allows("/news/a"));
  CHECK_FALSE(rules.allows("/private/x"));
  CHECK(rules.allows("/private/open/x"));
  CHECK_FALSE(rules.allows("/files/a.pdf"));
  CHECK(rules.allows("/files/a.pdf?x"));
  CHECK(rules.crawl_delay_seconds() == 3L);
  CHECK_FALSE(RobotsRules::parse("User-agent: *\nDisallow: /\n").allows("/a"));
  CHECK(RobotsRules().allows("/a"));
}
