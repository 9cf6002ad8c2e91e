// Atom 1.0 feeds of article histories: one entry per observed version, whose content (escaped
// HTML) holds the findings and the changed sentences with their word edits.
#pragma once

#include <ostream>
#include <span>
#include <string>

#include "revisor/report/report_model.h"

namespace revisor::report {

struct FeedOptions {
  std::string title;  // empty: the article's headline (one report) or "revisor: all articles"
  std::string id;     // feed id IRI; empty: derived from the article id, or "urn:revisor:store"
  std::string generator_version;
};

// Writes one Atom 1.0 feed with an entry per version of every report, newest first; article text
// is escaped for HTML inside XML. An empty span gives a valid feed with no entries.
void render_atom_feed(std::span<const ArticleReport> reports, std::ostream& out,
                      const FeedOptions& options = {});

}  // namespace revisor::report
