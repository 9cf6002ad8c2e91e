// LocalSite: a real HTTP server (cpp-httplib) on 127.0.0.1 at an ephemeral port, in its own thread,
// serving whatever the test puts at each path; a test changes the pages between polls.
#pragma once

#include <httplib.h>

#include <chrono>
#include <fstream>
#include <map>
#include <mutex>
#include <sstream>
#include <stdexcept>
#include <string>
#include <thread>

namespace revisor::test {

struct Reply {
  int status = 200;
  std::string body;
  std::string content_type = "text/html; charset=utf-8";
  std::map<std::string, std::string> headers;  // e.g. ETag, Location, Retry-After
  int delay_ms = 0;                              // answer slowly
};

class LocalSite {
 public:
  LocalSite() {
    server_.Get(".*", [this](const httplib::Request& req, httplib::Response& res) {
      Reply reply;
      {
        std::lock_guard lock(mutex_);
        const int hit = ++hits_[req.path];
        auto it = replies_.find(req.path);
        if (it == replies_.end()) {
          res.status = 404;
          res.set_content("not here", "text/plain");
          return;
        }
        reply = it->second;
        // "{{hit}}" in a body becomes the number of this request to the path: a page that changes on
        // every fetch.
        for (std::size_t p = reply.body.find("{{hit}}"); p != std::string::npos; p = reply.body.find("{{hit}}"))
          reply.body.replace(p, 7, std::to_string(hit));
        if (auto etag = reply.headers.find("ETag");
            etag != reply.headers.end() && req.get_header_value("If-None-Match") == etag->second)
          reply = Reply{304, "", "", reply.headers, 0};
        last_user_agent_ = req.get_header_value("User-Agent");
      }
      if (reply.delay_ms) std::this_thread::sleep_for(std::chrono::milliseconds(reply.delay_ms));
      res.status = reply.status;
      for (const auto& [k, v] : reply.headers) res.set_header(k, v);
      if (reply.status != 304) res.set_content(reply.body, reply.content_type.c_str());
    });
    port_ = server_.bind_to_any_port("127.0.0.1");
    if (port_ <= 0) throw std::runtime_error("cannot bind 127.0.0.1");
    thread_ = std::thread([this] { server_.listen_after_bind(); });
    while (!server_.is_running()) std::this_thread::sleep_for(std::chrono::milliseconds(5));
  }
  ~LocalSite() {
    server_.stop();
    thread_.join();
  }
  LocalSite(const LocalSite&) = delete;
  LocalSite& operator=(const LocalSite&) = delete;

  std::string url(const std::string& path) const { return "http://127.0.0.1:" + std::to_string(port_) + path; }
  void put(const std::string& path, Reply reply) {
    std::lock_guard lock(mutex_);
    replies_[path] = std::move(reply);
  }
  int hits(const std::string& path) {
    std::lock_guard lock(mutex_);
    return hits_[path];
  }
  std::string last_user_agent() {
    std::lock_guard lock(mutex_);
    return last_user_agent_;
  }

 private:
  httplib::Server server_;
  int port_ = 0;
  std::thread thread_;
  std::mutex mutex_;
  std::map<std::string, Reply> replies_;
  std::map<std::string, int> hits_;
  std::string last_user_agent_;
};

// A sample's plain text (headline, blank line, paragraphs) as a news page: <h1> and <p>s in an
// <article>, `extra` HTML appended inside it.
inline std::string article_page(const std::string& text, const std::string& extra = "") {
  std::istringstream in(text);
  std::string para, line, html = "<!doctype html><html><head><meta charset=utf-8><title>t</title></head><body><article>";
  bool headline = true;
  auto flush = [&] {
    if (para.empty()) return;
    html += headline ? "<h1>" + para + "</h1>" : "<p>" + para + "</p>";
    headline = false;
    para.clear();
  };
  while (std::getline(in, line)) {
    if (line.empty()) flush();
    else para += (para.empty() ? "" : " ") + line;
  }
  flush();
  return html + extra + "</article></body></html>";
}

inline std::string rss(std::string link) {
  for (std::size_t p = link.find('&'); p != std::string::npos; p = link.find('&', p + 1)) link.insert(p + 1, "amp;");
  return "<?xml version=\"1.0\"?><rss version=\"2.0\"><channel><title>Site</title><item><title>A</title><link>" +
         link + "</link></item></channel></rss>";
}

}  // namespace revisor::test
