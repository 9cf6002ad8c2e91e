// Schemas assumed (checked against the projects' sources):
//  NewsEdits (one SQLite file per outlet): entryversion(entry_id, version, title, url, summary,
//    created, archive_url, num_versions); `summary` holds the body, paragraphs joined by "</p><p>";
//    `created` is "YYYY-MM-DD HH:MM:SS" in UTC, without a zone.
//  diffengine (peewee models Entry and EntryVersion): entry(id, url, created, checked, ...) and
//    entryversion(id, title, url, summary, created, archive_url, entry_id -> entry.id, ...);
//    `summary` is readability's HTML cleaned to <p> elements; `created` is Python's utcnow(),
//    "YYYY-MM-DD HH:MM:SS.ffffff" without a zone.
// Only the columns named in the queries below are read; any others are ignored.
#include "revisor/import/archive_versions.h"

#include <fmt/core.h>
#include <sqlite3.h>

#include <filesystem>
#include <memory>
#include <vector>

#include "revisor/base/c_handle.h"
#include "revisor/base/error.h"
#include "revisor/text/article_file.h"
#include "revisor/text/article_text.h"

namespace revisor::import {
namespace {

using Db = std::unique_ptr<sqlite3, CDeleter<sqlite3_close>>;
using Statement = std::unique_ptr<sqlite3_stmt, CDeleter<sqlite3_finalize>>;

[[noreturn]] void fail(sqlite3* db, const std::string& file, std::string_view doing) {
  throw Error(ErrorKind::bad_input,
              fmt::format("{}: {}: {}", file, doing, db ? sqlite3_errmsg(db) : "out of memory"));
}

Statement prepare(sqlite3* db, const std::string& file, const std::string& sql) {
  sqlite3_stmt* raw = nullptr;
  const int rc = sqlite3_prepare_v2(db, sql.c_str(), -1, &raw, nullptr);
  Statement stmt(raw);
  if (rc != SQLITE_OK) fail(db, file, "cannot read its tables");
  return stmt;
}

std::string column_text(sqlite3_stmt* stmt, int column) {
  const auto* text = reinterpret_cast<const char*>(sqlite3_column_text(stmt, column));
  return text ? std::string(text, static_cast<std::size_t>(sqlite3_column_bytes(stmt, column))) : std::string();
}

std::string_view trim(std::string_view s) {
  const auto first = s.find_first_not_of(" \t\r\n");
  if (first == std::string_view::npos) return {};
  return s.substr(first, s.find_last_not_of(" \t\r\n") - first + 1);
}

std::string html_escape(std::string_view s) {
  std::string out;
  for (const char c : s) {
    switch (c) {
      case '&': out += "&amp;"; break;
      case '<': out += "&lt;"; break;
      case '>': out += "&gt;"; break;
      case '"': out += "&quot;"; break;
      default: out += c;
    }
  }
  return out;
}

// host and path of an http(s) url ("https://www.example.com/a/b.html?x#y" -> "www.example.com/a/b.html").
std::string url_host_path(std::string_view url) {
  const auto scheme = url.find("://");
  if (scheme == std::string_view::npos) return {};
  url.remove_prefix(scheme + 3);
  url = url.substr(0, url.find_first_of("?#"));
  return std::string(url);
}

}  // namespace

std::string article_id_from(std::string_view text) {
  std::string id;
  std::string segment;
  auto flush = [&] {
    std::string s = segment;
    for (std::size_t p; (p = s.find("..")) != std::string::npos;) s.erase(p, 1);
    while (s.starts_with('.')) s.erase(0, 1);
    while (s.ends_with('.')) s.pop_back();
    if (s.ends_with(".lock")) s += '_';
    if (!s.empty()) id += (id.empty() ? "" : "/") + s;
    segment.clear();
  };
  for (const char c : text) {
    if (c == '/') {
      flush();
    } else if ((c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '-' ||
               c == '_' || c == '.') {
      segment += c;
    } else {
      segment += '-';
    }
  }
  flush();
  try {
    return ArticleId(id).str();
  } catch (const Error&) {
    return {};
  }
}

Timestamp archive_time(std::string_view text, std::string_view what) {
  const std::string_view t = trim(text);
  if (t.empty()) throw Error(ErrorKind::bad_input, fmt::format("{} is empty", what));
  if (auto zoned = try_parse_timestamp(t)) return *zoned;
  // Both archives write UTC without saying so; a zoneless date-time is taken as UTC.
  if (auto utc = try_parse_timestamp(std::string(t) + "Z")) return *utc;
  throw Error(ErrorKind::bad_input,
              fmt::format("{} \"{}\" is not a time: expected \"YYYY-MM-DD HH:MM:SS\" (taken as UTC) or ISO "
                          "8601 with a zone, such as 2021-06-17T12:00:00+02:00",
                          what, t));
}

std::string archive_row_page(std::string_view title, std::string_view summary) {
  std::string_view body = trim(summary);
  if (body.starts_with("<p>")) body.remove_prefix(3);
  if (body.ends_with("</p>")) body.remove_suffix(4);
  const std::string t = html_escape(trim(title));
  return fmt::format("<!DOCTYPE html><html><head><meta charset=\"utf-8\"><title>{0}</title></head><body>"
                     "<article><h1>{0}</h1><p>{1}</p></article></body></html>",
                     t, body);
}

struct ArchiveVersions::Impl {
  ArchiveKind kind;
  std::string file;
  std::string outlet;
  Db db;
  std::vector<sqlite3_int64> rows;  // entryversion rowids, in the order they are read
  Statement row;                    // one row by rowid
};

ArchiveVersions::ArchiveVersions(ArchiveKind kind, const std::string& db, std::string outlet)
    : impl_(std::make_unique<Impl>()) {
  Impl& m = *impl_;
  m.kind = kind;
  m.file = db;
  if (kind == ArchiveKind::newsedits) {
    const std::string name = outlet.empty() ? std::filesystem::path(db).stem().string() : outlet;
    m.outlet = article_id_from(name);
    if (m.outlet.empty())
      throw Error(ErrorKind::usage,
                  fmt::format("outlet \"{}\" makes no article id: give --outlet NAME ({})", name, ArticleId::kRule));
  }
  if (!std::filesystem::is_regular_file(db))
    throw Error(ErrorKind::bad_input, fmt::format("{}: no such database file", db));
  sqlite3* raw = nullptr;
  const int rc = sqlite3_open_v2(db.c_str(), &raw, SQLITE_OPEN_READONLY, nullptr);
  m.db.reset(raw);
  if (rc != SQLITE_OK) fail(m.db.get(), db, "cannot open");
  const std::string list_sql =
      kind == ArchiveKind::newsedits
          ? "SELECT rowid FROM entryversion ORDER BY entry_id, version, created, rowid"
          : "SELECT v.rowid FROM entryversion v LEFT JOIN entry e ON e.id = v.entry_id "
            "ORDER BY v.entry_id, v.created, v.rowid";
  Statement list = prepare(m.db.get(), db, list_sql);
  int step = SQLITE_ROW;
  while ((step = sqlite3_step(list.get())) == SQLITE_ROW) m.rows.push_back(sqlite3_column_int64(list.get(), 0));
  if (step != SQLITE_DONE) fail(m.db.get(), db, "cannot list its rows");
  m.row = prepare(m.db.get(), db,
                  kind == ArchiveKind::newsedits
                      ? "SELECT entry_id, version, title, url, summary, created, '' FROM entryversion "
                        "WHERE rowid = ?1"
                      : "SELECT v.entry_id, 0, v.title, v.url, v.summary, v.created, e.url FROM entryversion v "
                        "LEFT JOIN entry e ON e.id = v.entry_id WHERE v.rowid = ?1");
}

ArchiveVersions::~ArchiveVersions() = default;

std::size_t ArchiveVersions::size() const { return impl_->rows.size(); }

std::string ArchiveVersions::note() const {
  return fmt::format("{}: times without a zone are taken as UTC", impl_->file);
}

store::IngestRequest ArchiveVersions::read(std::size_t i) const {
  Impl& m = *impl_;
  sqlite3_stmt* stmt = m.row.get();
  sqlite3_reset(stmt);
  sqlite3_bind_int64(stmt, 1, m.rows.at(i));
  if (sqlite3_step(stmt) != SQLITE_ROW) fail(m.db.get(), m.file, "cannot read a row");
  const std::string entry = column_text(stmt, 0);
  const std::string title = column_text(stmt, 2);
  std::string url = column_text(stmt, 3);
  const std::string summary = column_text(stmt, 4);
  const std::string created = column_text(stmt, 5);
  const std::string entry_url = column_text(stmt, 6);
  const std::string where =
      m.kind == ArchiveKind::newsedits
          ? fmt::format("{} entry {} version {}: ", m.file, entry, column_text(stmt, 1))
          : fmt::format("{} entry {} version created {}: ", m.file, entry, created);
  sqlite3_reset(stmt);

  if (trim(entry).empty()) throw Error(ErrorKind::bad_input, where + "no entry id");
  std::string id;
  if (m.kind == ArchiveKind::newsedits) {
    id = article_id_from(m.outlet + "/" + entry);
    if (id == m.outlet) id.clear();  // an entry id of no valid character would name the outlet itself
  } else {
    id = article_id_from(url_host_path(entry_url.empty() ? url : entry_url));
    if (id.empty()) id = article_id_from("diffengine/" + entry);
  }
  if (id.empty()) throw Error(ErrorKind::bad_input, where + "entry id makes no article id");
  if (trim(summary).empty()) throw Error(ErrorKind::bad_input, where + "empty body");
  const Timestamp observed = [&] {
    try {
      return archive_time(created, "created");
    } catch (const Error& e) {
      throw Error(ErrorKind::bad_input, where + e.what());
    }
  }();
  text::ArticleFile file;
  file.name = m.file;
  file.bytes = summary;  // the row's own bytes are the evidence kept as source.html
  try {
    file.extracted = text::read_article(archive_row_page(title, summary), "row.html");
  } catch (const Error& e) {
    throw Error(ErrorKind::bad_input, where + e.what());
  }
  url = std::string(trim(url));
  if (url.empty()) url = std::string(trim(entry_url));
  if (url.find_first_of(" \t\r\n") != std::string::npos) url.clear();
  return store::version_request(ArticleId(id), std::move(file), std::move(url), {}, observed, where);
}

}  // namespace revisor::import
