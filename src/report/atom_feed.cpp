// Atom 1.0 (RFC 4287): one entry per observed version, content = escaped HTML of what changed.
#include "revisor/report/atom_feed.h"

#include <fmt/core.h>

#include <algorithm>
#include <string>
#include <vector>

#include "report/display.h"
#include "report/html_escape.h"
#include "report/html_parts.h"
#include "report/vocabulary.h"

namespace revisor::report {

namespace {

struct Entry {
  const ArticleReport* report = nullptr;
  const VersionView* version = nullptr;
  std::string updated;
};

std::string article_iri(const std::string& id) { return "urn:revisor:article:" + id; }

// A finding in its sentence, the change marked, labelled with its versions, category and kind.
std::string finding_html(const ChangeLink& l) {
  const FragmentOptions fo{false, false};
  // fmt, not "literal" + std::string: g++ 12 at -O3 warns -Wrestrict (falsely) on those temporaries.
  return fmt::format("v{} \u2192 v{} {} {}: {}", l.ref.from, l.ref.to, category_html(l.ref.category),
                     html_escape(vocab::describe_change_kind(l.ref)), segments_html(l.segments, "", fo));
}

// The number of stealth edits that lead to version `number`: the feed's share of the article's
// count (the entries of one article add up to count_findings().stealth_edits).
std::size_t stealth_edits_in(const ArticleReport& r, int number) {
  return static_cast<std::size_t>(std::count_if(r.stealth_edits.begin(), r.stealth_edits.end(),
                                                [&](const ChangeLink& s) { return s.ref.to == number; }));
}

std::string entry_content(const ArticleReport& r, const VersionView& v) {
  const FragmentOptions fo{false, false};
  std::string html;
  if (v.meta.number == 1) html += "<p>First observed version.</p>";
  for (auto n : v.notices) {
    const auto& nv = r.notices[n];
    html += "<p><strong>" + html_escape(describe(nv.finding.notice.kind)) + " published:</strong> " +
            html_escape(nv.finding.notice.text) + "</p>";
    if (!nv.links.empty()) {
      html += "<ul>";
      for (const auto& l : nv.links) html += "<li>refers to " + finding_html(l) + "</li>";
      html += "</ul>";
    }
  }
  std::string stealth;
  for (const auto& s : r.stealth_edits) {
    if (s.ref.to == v.meta.number) stealth += "<li>" + finding_html(s) + "</li>";
  }
  if (!stealth.empty()) {
    html += "<p><strong title=\"" + html_escape(vocab::explain("stealth edit")) + "\">" +
            vocab::heading(vocab::kStealthEdits) + " (no notice):</strong></p><ul>" + stealth + "</ul>";
  }
  for (auto n : v.removed_notices) {
    const auto& rn = r.removed_notices[n];
    html += "<p><strong>" + html_escape(describe(rn.kind)) + " removed:</strong> <del>" +
            html_escape(rn.text) + "</del></p>";
  }
  for (const auto& t : r.transitions) {
    if (t.to != v.meta.number) continue;
    const auto shown = t.changes.size() - t.typographic_changes;
    html += "<p>" + html_escape(vocab::count(shown, vocab::kChanges)) + " since version " +
            std::to_string(t.from);
    if (t.typographic_changes)
      html += " (and " + vocab::count(t.typographic_changes, vocab::kTypographicChanges) + ")";
    html += ":</p>";
    if (shown > 0) {
      html += "<ol>";
      for (const auto& c : t.changes) {
        if (!c.typographic_only) html += change_html(c, r, fo);
      }
      html += "</ol>";
    }
  }
  return html;
}

}  // namespace

void render_atom_feed(std::span<const ArticleReport> reports, std::ostream& os, const FeedOptions& options) {
  std::vector<Entry> entries;
  for (const auto& r : reports) {
    for (const auto& v : r.versions) entries.push_back({&r, &v, to_iso8601(v.meta.observed_at)});
  }
  std::stable_sort(entries.begin(), entries.end(), [](const Entry& a, const Entry& b) {
    if (a.updated != b.updated) return a.updated > b.updated;
    if (a.report->id != b.report->id) return a.report->id < b.report->id;
    return a.version->meta.number > b.version->meta.number;
  });
  std::string title = options.title;
  std::string id = options.id;
  if (reports.size() == 1) {
    if (title.empty())
      title = "Changes: " + (reports[0].headline.empty() ? reports[0].id : reports[0].headline);
    if (id.empty()) id = article_iri(reports[0].id);
  }
  if (title.empty()) title = "revisor: changes in all articles";
  if (id.empty()) id = "urn:revisor:store";
  const std::string updated = entries.empty() ? "1970-01-01T00:00:00Z" : entries.front().updated;

  std::string out =
      "<?xml version=\"1.0\" encoding=\"utf-8\"?>\n<feed xmlns=\"http://www.w3.org/2005/Atom\">\n";
  out += "  <title>" + html_escape(title) + "</title>\n";
  out += "  <id>" + html_escape(id) + "</id>\n";
  std::size_t notices = 0, stealth = 0, removed = 0;
  for (const auto& r : reports) {
    notices += r.counts.notices;
    stealth += r.counts.stealth_edits;
    removed += r.counts.removed_notices;
  }
  out += "  <subtitle>" +
         html_escape(vocab::count(reports.size(), vocab::kArticles) + ", " +
                     vocab::count(notices, vocab::kNotices) + ", " +
                     vocab::count(stealth, vocab::kStealthEdits) + ", " +
                     vocab::count(removed, vocab::kRemovedNotices)) +
         "</subtitle>\n";
  out += "  <updated>" + html_escape(updated) + "</updated>\n";
  out += "  <author><name>revisor</name></author>\n";
  out += "  <generator version=\"" + html_escape(options.generator_version) + "\">revisor</generator>\n";
  for (const auto& e : entries) {
    const auto& r = *e.report;
    const auto& v = *e.version;
    std::string entry_title = "Version " + std::to_string(v.meta.number) + ": " + v.headline;
    if (reports.size() > 1) entry_title += " [" + r.id + "]";
    out += "  <entry>\n";
    out += "    <title>" + html_escape(entry_title) + "</title>\n";
    out +=
        "    <id>" + html_escape(article_iri(r.id) + ":version:" + std::to_string(v.meta.number)) + "</id>\n";
    out += "    <updated>" + html_escape(e.updated) + "</updated>\n";
    const auto href = safe_href(v.meta.url.empty() ? r.url : v.meta.url);
    if (!href.empty()) out += "    <link rel=\"alternate\" type=\"text/html\" href=\"" + href + "\"/>\n";
    std::string summary = vocab::count(v.notices.size(), vocab::kNotices) + " published";
    summary += ", " + vocab::count(stealth_edits_in(r, v.meta.number), vocab::kStealthEdits);
    out += "    <summary>" + html_escape(summary) + "</summary>\n";
    out += "    <content type=\"html\">" + html_escape(entry_content(r, v)) + "</content>\n";
    out += "  </entry>\n";
  }
  out += "</feed>\n";
  os << out;
}

}  // namespace revisor::report
