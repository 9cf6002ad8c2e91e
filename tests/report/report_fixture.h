// Report test fixtures: ArticleAudit values for the seed article (a correction of "Wednesday" to
// "Thursday") and for a hostile article, built from real Documents and real align() ChangeSets,
// with the notice, links and categories the analyze layer would give them set by hand.
#pragma once

#include <fstream>
#include <iterator>
#include <string>
#include <vector>

#include "revisor/align/aligner.h"
#include "revisor/analyze/audit.h"
#include "revisor/report/report_model.h"
#include "revisor/text/article_text.h"
#include "revisor/text/document.h"

namespace revisor::test {

inline std::string seed_v2_source() {
  std::ifstream in(std::string(REVISOR_SOURCE_DIR) + "/samples/seed-erdogan-s400/v2.txt", std::ios::binary);
  return std::string(std::istreambuf_iterator<char>(in), {});
}

inline std::string replace_all(std::string s, const std::string& from, const std::string& to) {
  for (auto p = s.find(from); p != std::string::npos; p = s.find(from, p + to.size()))
    s.replace(p, from.size(), to);
  return s;
}

// v1 of the seed: "Wednesday" and no correction paragraph.
inline std::string seed_v1_source() {
  auto s = replace_all(seed_v2_source(), "Erdogan said Thursday that", "Erdogan said Wednesday that");
  auto c = s.find("Correction:");
  auto end = s.find("\n\n", c);
  return s.erase(c, end + 2 - c);
}

inline text::ArticleVersion make_version(int number, const std::string& source, const std::string& when) {
  auto extracted = text::read_article(source, "v" + std::to_string(number) + ".txt");
  text::ArticleVersion v;
  v.document = text::Document::parse(text::article_text(extracted));
  v.meta.number = number;
  v.meta.observed_at = parse_timestamp(when);
  v.meta.headline = std::string(v.document.headline_text());
  v.meta.url = "https://news.example/turkey";
  v.meta.bytes = v.document.text().size();
  return v;
}

// A transition with categories: typographic-only changes typographic, others "other", and any
// change whose word edits touch `date_word` a date.
inline analyze::Transition make_transition(const text::ArticleVersion& a, const text::ArticleVersion& b,
                                           const std::string& date_word = "") {
  analyze::Transition t;
  t.from = a.meta.number;
  t.to = b.meta.number;
  t.changes = align::align(a.document, b.document);
  for (const auto& c : t.changes.changes) {
    auto cat = c.typographic_only() ? analyze::Category::typographic : analyze::Category::other;
    std::vector<analyze::Category> edits;
    for (const auto& e : c.edits) {
      bool date = !date_word.empty() && a.document.slice(e.old_span) == date_word;
      if (date) cat = analyze::Category::date;
      edits.push_back(date            ? analyze::Category::date
                      : e.typographic ? analyze::Category::typographic
                                      : analyze::Category::other);
    }
    t.sentence_categories.push_back(cat);
    t.edit_categories.push_back(edits);
  }
  t.headline_category = analyze::Category::typographic;
  for (const auto& e : t.changes.headline.edits) {
    t.headline_categories.push_back(e.typographic ? analyze::Category::typographic
                                                  : analyze::Category::other);
    if (!e.typographic) t.headline_category = analyze::Category::other;
  }
  return t;
}

// The ChangeRef of the first word edit whose old text is `old_words`.
inline analyze::ChangeRef find_ref(const analyze::Transition& t, const text::ArticleVersion& a,
                                   const text::ArticleVersion& b, const std::string& old_words) {
  for (std::size_t i = 0; i < t.changes.changes.size(); ++i) {
    const auto& c = t.changes.changes[i];
    for (std::size_t j = 0; j < c.edits.size(); ++j) {
      // The edit that starts with the words: the aligner may group neighbouring changed words.
      if (a.document.slice(c.edits[j].old_span).substr(0, old_words.size()) != old_words) continue;
      analyze::ChangeRef r;
      r.from = t.from;
      r.to = t.to;
      r.category = t.edit_categories[i][j];
      r.old_text = std::string(a.document.slice(c.edits[j].old_span));
      r.new_text = std::string(b.document.slice(c.edits[j].new_span));
      r.change_index = i;
      r.edit_index = j;
      return r;
    }
  }
  std::string seen;
  for (const auto& c : t.changes.changes)
    for (const auto& e : c.edits) seen += " [" + std::string(a.document.slice(e.old_span)) + "]";
  throw std::runtime_error("fixture: no edit of '" + old_words + "'; edits:" + seen);
}

struct Fixture {
  std::vector<text::ArticleVersion> history;
  analyze::ArticleAudit audit;
  report::ArticleReport report() const { return report::build_report(audit, history); }
};

inline Fixture seed_fixture() {
  Fixture f;
  f.history.push_back(make_version(1, seed_v1_source(), "2021-06-17T10:00:00Z"));
  f.history.push_back(make_version(2, seed_v2_source(), "2021-06-18T09:30:00Z"));
  f.audit.id = "seed";
  for (const auto& v : f.history) f.audit.versions.push_back(v.meta);
  f.audit.transitions.push_back(make_transition(f.history[0], f.history[1], "Wednesday"));
  analyze::NoticeFinding finding;
  finding.notice.kind = analyze::NoticeKind::correction;
  finding.notice.language = "en";
  finding.notice.version = 2;
  const auto& text = f.history[1].document.text();
  const auto begin = text.find("Correction:");
  finding.notice.text = text.substr(begin, text.find('\n', begin) - begin);
  finding.notice.span = {static_cast<std::uint32_t>(begin),
                         static_cast<std::uint32_t>(begin + finding.notice.text.size())};
  finding.notice.error_types = {analyze::Category::date};
  finding.status = analyze::NoticeStatus::supported;
  finding.links.push_back(find_ref(f.audit.transitions[0], f.history[0], f.history[1], "Wednesday"));
  f.audit.notices.push_back(finding);
  return f;
}

inline const std::string kHostileScript = "<script>document.title='pwned';alert(1)</script>";
inline const std::string kHostileImg = "<img src=x onerror=\"document.body.setAttribute('data-pwned','1')\">";

// Three versions: v2 changes the vote count (a stealth edit) and adds a sentence carrying a script tag
// and an onerror image,
// v3 drops the "Correction" notice (a removed notice) and puts control characters in the headline.
inline Fixture hostile_fixture() {
  const std::string v1 =
      "Council & <b>mayor</b> agree on budget\n\n"
      "The council approved the budget on Monday.\n\n"
      "The vote was 7 to 2, officials said.\n\n"
      "Correction: An earlier version misstated the vote.\n";
  std::string v2 = replace_all(v1, "The vote was 7 to 2", "The vote was 5 to 2");
  v2 = replace_all(
      v2, "Correction:", "Read more " + kHostileScript + " " + kHostileImg + " at city hall.\n\nCorrection:");
  const std::string v3 =
      replace_all(replace_all(v2, "Correction: An earlier version misstated the vote.\n", ""),
                  "agree on budget", "agree on budget \x1b]0;owned\x07\x1b[31mRED");
  Fixture f;
  f.history.push_back(make_version(1, v1, "2024-01-01T08:00:00Z"));
  f.history.push_back(make_version(2, v2, "2024-01-02T08:00:00Z"));
  f.history.push_back(make_version(3, v3, "2024-01-03T08:00:00Z"));
  // The text layer may clean control characters out of the body; metadata reaches the report as is.
  f.history[2].meta.headline = "Council agrees \x1b]0;owned\x07\x1b[31mRED\x1b[0m " + kHostileScript;
  f.audit.id = "hostile/article";
  for (const auto& v : f.history) f.audit.versions.push_back(v.meta);
  f.audit.transitions.push_back(make_transition(f.history[0], f.history[1]));
  f.audit.transitions.push_back(make_transition(f.history[1], f.history[2]));
  f.audit.stealth_edits.push_back(find_ref(f.audit.transitions[0], f.history[0], f.history[1], "7"));
  f.audit.stealth_edits.back().category = analyze::Category::number;
  analyze::NoticeFinding finding;
  finding.notice.kind = analyze::NoticeKind::correction;
  finding.notice.version = 1;
  finding.notice.text = "Correction: An earlier version misstated the vote. " + kHostileScript;
  f.audit.notices.push_back(finding);
  const auto& carried = f.history[1].document.text();
  const auto at = carried.find("Correction:");
  const auto end = carried.find('\n', at);
  f.audit.removed_notices.push_back({3,
                                     1,
                                     analyze::NoticeKind::correction,
                                     finding.notice.text,
                                     2,
                                     {static_cast<std::uint32_t>(at), static_cast<std::uint32_t>(end)}});
  return f;
}

}  // namespace revisor::test
