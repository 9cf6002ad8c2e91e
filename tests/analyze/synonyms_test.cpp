#include <catch2/catch.hpp>

#include <wn.h>

#include <algorithm>
#include <fstream>
#include <set>
#include <string>
#include <utility>
#include <vector>

#include "analyze/synonyms.h"

using namespace revisor::analyze;

// These read Debian's WordNet (wordnet-base), which scripts/deps installs.

TEST_CASE("synonyms share a WordNet synset, in any of their forms") {
  CHECK(same_sense("strait", "sound"));
  CHECK(same_sense("purchased", "bought"));
  CHECK_FALSE(same_sense("bought", "sold"));
  CHECK_FALSE(same_sense("ship", "ship"));
}

TEST_CASE("irregular forms of one word share a base form") {
  CHECK(same_base_form("rose", "risen"));
  CHECK(same_base_form("were", "be"));
  CHECK_FALSE(same_base_form("rose", "fell"));
}

TEST_CASE("a more general word for the same thing is broader, a word beside it is not") {
  CHECK(broader_or_narrower("plane", "aircraft"));
  CHECK(broader_or_narrower("aircraft", "plane"));
  CHECK(broader_or_narrower("flowing", "moving"));
  CHECK(broader_or_narrower("travelers", "passengers"));
  // Under one general term, or opposites: other claims.
  CHECK_FALSE(broader_or_narrower("town", "city"));
  CHECK_FALSE(broader_or_narrower("increased", "decreased"));
  CHECK_FALSE(broader_or_narrower("bought", "sold"));
  CHECK_FALSE(broader_or_narrower("killed", "injured"));
  CHECK_FALSE(broader_or_narrower("plane", "plane"));
}

TEST_CASE("a word WordNet knows only as an adjective or adverb is a modifier") {
  CHECK(only_modifier("fierce"));
  CHECK(only_modifier("quickly"));
  CHECK_FALSE(only_modifier("ship"));
  CHECK_FALSE(only_modifier("zzqx"));
}

TEST_CASE("base forms come from WordNet's exception lists and detachment rules") {
  CHECK(base_forms("fled", WordClass::verb) == std::vector<std::string>{"fled", "flee"});
  CHECK(base_forms("ships", WordClass::noun) == std::vector<std::string>{"ships", "ship"});
  CHECK(base_forms("handsful", WordClass::noun) == std::vector<std::string>{"handsful", "handful"});
  CHECK(base_forms("quickly", WordClass::adverb) == std::vector<std::string>{"quickly"});
  CHECK(base_forms("zzqxes", WordClass::verb) == std::vector<std::string>{"zzqxes"});
}

namespace {

// WordNet's own morphology on one word, each form once: what base_forms must agree with.
std::vector<std::string> morphstr_forms(const std::string& word, int pos) {
  std::vector<std::string> out{word};
  std::string buf = word;
  for (char* form = morphstr(buf.data(), pos); form != nullptr; form = morphstr(nullptr, pos))
    if (std::find(out.begin(), out.end(), form) == out.end()) out.emplace_back(form);
  return out;
}

// Inflected forms on more than one line of an exception list: base_forms gives every line's bases,
// morphstr those of the line its binary search lands on.
std::set<std::string> forms_on_several_lines() {
  std::set<std::string> seen;
  std::set<std::string> repeated;
  for (const char* part : {"noun", "verb", "adj", "adv"}) {
    std::ifstream exc(std::string(SetSearchdir()) + "/" + part + ".exc");
    std::string line;
    while (std::getline(exc, line)) {
      const std::string form = line.substr(0, line.find(' '));
      if (!seen.insert(std::string(part) + " " + form).second) repeated.insert(form);
    }
  }
  return repeated;
}

// Every inflected form of WordNet's exception lists, and regular inflections of every 100th lemma of
// its noun, verb and adjective indexes: words that exercise each list and each detachment rule.
std::vector<std::string> morphology_words() {
  const std::string dir = SetSearchdir();
  std::vector<std::string> words;
  for (const char* part : {"noun", "verb", "adj", "adv"}) {
    std::ifstream exc(dir + "/" + part + ".exc");
    std::string line;
    while (std::getline(exc, line)) words.push_back(line.substr(0, line.find(' ')));
  }
  const char* endings[] = {"s", "es", "ies", "ses", "xes", "ches", "shes", "men", "ed", "ing", "er", "est", "ful", "sful"};
  for (const char* part : {"noun", "verb", "adj"}) {
    std::ifstream index(dir + "/index." + part);
    std::string line;
    for (int n = 0; std::getline(index, line);) {
      if (line.empty() || line[0] == ' ' || ++n % 100 != 0) continue;
      const std::string lemma = line.substr(0, line.find(' '));
      if (lemma.find_first_of("_-.") != std::string::npos) continue;
      words.push_back(lemma);
      for (const char* e : endings) words.push_back(lemma + e);
      if (lemma.size() > 2) words.push_back(lemma.substr(0, lemma.size() - 1) + "ies");
    }
  }
  return words;
}

}  // namespace

TEST_CASE("base forms agree with WordNet's morphstr on its exception lists and rule-made inflections") {
  REQUIRE(wninit() == 0);
  const auto words = morphology_words();
  REQUIRE(words.size() > 10'000);
  const auto several_lines = forms_on_several_lines();
  CHECK(several_lines.count("involucra") == 1);
  const std::pair<WordClass, int> classes[] = {
      {WordClass::noun, NOUN}, {WordClass::verb, VERB}, {WordClass::adjective, ADJ}, {WordClass::adverb, ADV}};
  std::size_t differing = 0;
  for (const auto& word : words) {
    for (const auto& [word_class, pos] : classes) {
      const auto ours = base_forms(word, word_class);
      const auto theirs = morphstr_forms(word, pos);
      const std::set<std::string> ours_set(ours.begin(), ours.end());
      const std::set<std::string> theirs_set(theirs.begin(), theirs.end());
      const bool agree = several_lines.count(word) != 0
                             ? std::includes(ours_set.begin(), ours_set.end(), theirs_set.begin(), theirs_set.end())
                             : ours == theirs;
      if (!agree && ++differing <= 5) {
        INFO(word << " as " << pos);
        CHECK(ours == theirs);
      }
    }
  }
  CHECK(differing == 0);
  CHECK(base_forms("involucra", WordClass::noun) == std::vector<std::string>{"involucra", "involucre", "involucrum"});
}
