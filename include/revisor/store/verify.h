// Verifying a store: every article's chain of versions, every version's tree against its meta.json
// and its source, and every object on the way read from git's object database.
#pragma once

#include <cstddef>
#include <functional>
#include <string>
#include <vector>

namespace revisor::store {

// One thing verify found: the article, the commit it concerns (40 hex digits; empty when the
// article's ref itself cannot be read) and what is wrong, as a sentence fragment.
struct VerifyFinding {
  std::string article;
  std::string commit;
  std::string what;
};

struct VerifyReport {
  std::size_t articles = 0;  // articles verified
  std::size_t versions = 0;  // commits walked
  std::vector<VerifyFinding> problems;  // damage: the store is not what revisor wrote
  // Not damage: what could not be checked, e.g. a version written by another revisor, whose
  // article.txt is not re-derived (its text rules may differ).
  std::vector<VerifyFinding> notes;
  bool ok() const { return problems.empty(); }
};

// Called after each article with the number verified so far and the number to verify.
using VerifyObserver = std::function<void(std::size_t done, std::size_t total)>;

}  // namespace revisor::store
