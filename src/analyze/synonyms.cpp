#include "analyze/synonyms.h"

#include <stdio_ext.h>
#include <wn.h>

#include <algorithm>
#include <array>
#include <cstdio>
#include <iterator>
#include <memory>
#include <mutex>
#include <unordered_map>
#include <string>
#include <vector>

#include "revisor/base/c_handle.h"

namespace revisor::analyze {

namespace {

using Synsets = std::unique_ptr<Synset, CDeleter<free_syns>>;

// Buffer bytes of each in-memory WordNet stream: a line or two of its index or data file.
constexpr std::size_t kStreamBuffer = 512;

std::mutex& wordnet_lock() {
  static std::mutex m;
  return m;
}

// WordNet binary-searches its index and data files with fseek and a read for every probe: an audit
// made hundreds of thousands of system calls that way, doubling its time. Each file (about 28 MB in
// all) is read once into memory and WordNet given an in-memory stream in its place; a file that
// cannot be read so stays on disk, which is slower but the same.
void hold_in_memory(FILE*& stream) {
  static std::vector<std::unique_ptr<std::string>> contents;  // live as long as the streams
  if (stream == nullptr || std::fseek(stream, 0, SEEK_END) != 0) return;
  const long size = std::ftell(stream);
  if (size <= 0 || std::fseek(stream, 0, SEEK_SET) != 0) return;
  auto bytes = std::make_unique<std::string>(static_cast<std::size_t>(size), '\0');
  if (std::fread(bytes->data(), 1, bytes->size(), stream) != bytes->size()) {
    std::rewind(stream);
    return;
  }
  FILE* memory = fmemopen(bytes->data(), bytes->size(), "r");
  if (memory == nullptr) {
    std::rewind(stream);
    return;
  }
  // Every fseek refills the stream's whole buffer, and a probe reads a line or two: the default
  // 8 KB buffer made that copy a tenth of an audit's CPU. Only wordnet_lock's holder touches the
  // streams, so stdio need not lock them around every getc either.
  std::setvbuf(memory, nullptr, _IOFBF, kStreamBuffer);
  __fsetlocking(memory, FSETLOCKING_BYCALLER);
  std::fclose(stream);
  stream = memory;
  contents.push_back(std::move(bytes));
}

// Opens the database once; false when it is missing (wninit prints nothing we need and returns -1).
bool wordnet_ready() {
  static const bool ready = [] {
    if (wninit() != 0) return false;
    for (int pos = 1; pos <= NUMPARTS; ++pos) {
      hold_in_memory(indexfps[pos]);
      hold_in_memory(datafps[pos]);
    }
    return true;
  }();
  return ready;
}

// The base forms WordNet gives `word` in part of speech `pos` ("fled" -> "flee"), the word itself first.
std::vector<std::string> base_forms(const std::string& word, int pos) {
  std::vector<std::string> out{word};
  std::string buf = word;
  for (char* form = morphstr(buf.data(), pos); form != nullptr; form = morphstr(nullptr, pos)) {
    if (word != form) out.emplace_back(form);
  }
  return out;
}

std::string lemma_text(const char* lemma) {
  std::string w = lemma;
  for (auto& c : w) {
    if (c == '_') c = ' ';
    else if (c >= 'A' && c <= 'Z') c = static_cast<char>(c - 'A' + 'a');
  }
  return w;
}

constexpr std::array kParts = {NOUN, VERB, ADJ, ADV};

// What WordNet says of one word, per part of speech: its base forms, and every word of every synset
// of those forms. Looked up once per word and process: words recur all through a corpus, and each
// look-up reads WordNet's index and data files.
struct WordSenses {
  std::array<std::vector<std::string>, kParts.size()> forms;
  std::array<std::vector<std::string>, kParts.size()> synonyms;
  // Nouns and verbs: the synsets of the word's most common senses, sorted.
  std::array<std::vector<long>, 2> common_senses;
};

// Only a word's commonest senses count for broader and narrower: every word has some rare sense
// under some general term ("case" under "bag"), which would make most nouns relatives.
constexpr int kCommonSenses = 3;
// "plane" -> "aircraft" is two levels up (plane, heavier-than-air craft, aircraft); more levels
// reach terms so general ("entity", "act") that they say nothing of the claim.
constexpr int kBroaderLevels = 2;

using SynsetHandle = std::unique_ptr<Synset, CDeleter<free_synset>>;

// The hypernym synsets of `s`, followed up to `levels` levels, into `out`.
void add_broader(const Synset& s, int pos, int levels, std::vector<long>& out) {
  if (levels == 0) return;
  for (int i = 0; i < s.ptrcount; ++i) {
    if (s.ptrtyp[i] != HYPERPTR) continue;
    out.push_back(s.ptroff[i]);
    SynsetHandle up(read_synset(pos, s.ptroff[i], nullptr));
    if (up) add_broader(*up, pos, levels - 1, out);
  }
}

void sort_unique(std::vector<long>& v) {
  std::sort(v.begin(), v.end());
  v.erase(std::unique(v.begin(), v.end()), v.end());
}

const WordSenses& senses_of(const std::string& word) {
  static std::unordered_map<std::string, WordSenses> cache;
  if (auto it = cache.find(word); it != cache.end()) return it->second;
  if (cache.size() > 200'000) cache.clear();  // a bound for hostile input of endless distinct words
  WordSenses w;
  for (std::size_t p = 0; p < kParts.size(); ++p) {
    w.forms[p] = base_forms(word, kParts[p]);
    const bool noun_or_verb = p < w.common_senses.size();
    for (const auto& form : w.forms[p]) {
      std::string key = form;
      Synsets senses(findtheinfo_ds(key.data(), kParts[p], SYNS, ALLSENSES));
      int n = 0;
      for (const Synset* s = senses.get(); s != nullptr; s = s->nextss, ++n) {
        for (int i = 0; i < s->wcount; ++i) w.synonyms[p].push_back(lemma_text(s->words[i]));
        if (noun_or_verb && n < kCommonSenses) w.common_senses[p].push_back(s->hereiam);
      }
    }
    std::sort(w.synonyms[p].begin(), w.synonyms[p].end());
    w.synonyms[p].erase(std::unique(w.synonyms[p].begin(), w.synonyms[p].end()), w.synonyms[p].end());
    if (noun_or_verb) sort_unique(w.common_senses[p]);
  }
  return cache.emplace(word, std::move(w)).first->second;
}

// The synsets above a noun's or verb's common senses (hypernyms, up to kBroaderLevels up), sorted;
// kept apart from senses_of and made only when asked, as each level reads more of WordNet.
using Broader = std::array<std::vector<long>, 2>;

Broader broader_of(const std::string& word) {
  static std::unordered_map<std::string, Broader> cache;
  if (auto it = cache.find(word); it != cache.end()) return it->second;
  if (cache.size() > 200'000) cache.clear();
  const auto common = senses_of(word).common_senses;
  Broader out;
  for (std::size_t p = 0; p < out.size(); ++p) {
    for (long offset : common[p]) {
      SynsetHandle sense(read_synset(kParts[p], offset, nullptr));
      if (sense) add_broader(*sense, kParts[p], kBroaderLevels, out[p]);
    }
    sort_unique(out[p]);
  }
  return cache.emplace(word, std::move(out)).first->second;
}

using IndexHandle = std::unique_ptr<Index, CDeleter<free_index>>;

// The parts of speech WordNet knows `word` in, any base form of it: from WordNet's index alone,
// which costs a fraction of senses_of's reading of every synset (most words whose severity is
// judged are never compared as synonyms).
std::array<bool, kParts.size()> known_parts(const std::string& word) {
  static std::unordered_map<std::string, std::array<bool, kParts.size()>> cache;
  if (auto it = cache.find(word); it != cache.end()) return it->second;
  if (cache.size() > 200'000) cache.clear();
  std::array<bool, kParts.size()> known{};
  for (std::size_t p = 0; p < kParts.size(); ++p) {
    for (const auto& form : base_forms(word, kParts[p])) {
      std::string key = form;
      if (IndexHandle(index_lookup(key.data(), kParts[p]))) {
        known[p] = true;
        break;
      }
    }
  }
  return cache.emplace(word, known).first->second;
}

}  // namespace

bool same_sense(std::string_view a, std::string_view b) {
  if (a.empty() || b.empty() || a == b || a.size() > 64 || b.size() > 64) return false;
  std::scoped_lock lock(wordnet_lock());
  if (!wordnet_ready()) return false;
  // References into the cache stay valid until it is cleared, which only a look-up of a new word
  // does: take b's forms by value before looking up a.
  const auto b_forms = senses_of(std::string(b)).forms;
  const WordSenses& a_senses = senses_of(std::string(a));
  for (std::size_t p = 0; p < kParts.size(); ++p)
    for (const auto& f : b_forms[p])
      if (std::binary_search(a_senses.synonyms[p].begin(), a_senses.synonyms[p].end(), f)) return true;
  return false;
}

bool same_base_form(std::string_view a, std::string_view b) {
  if (a.empty() || b.empty() || a.size() > 64 || b.size() > 64) return false;
  if (a == b) return true;
  std::scoped_lock lock(wordnet_lock());
  if (!wordnet_ready()) return false;
  const auto b_forms = senses_of(std::string(b)).forms;
  const WordSenses& a_senses = senses_of(std::string(a));
  for (std::size_t p = 0; p < kParts.size(); ++p)
    for (const auto& f : b_forms[p])
      if (std::find(a_senses.forms[p].begin(), a_senses.forms[p].end(), f) != a_senses.forms[p].end() &&
          !a_senses.synonyms[p].empty())
        return true;
  return false;
}

bool broader_or_narrower(std::string_view a, std::string_view b) {
  if (a.empty() || b.empty() || a == b || a.size() > 64 || b.size() > 64) return false;
  std::scoped_lock lock(wordnet_lock());
  if (!wordnet_ready()) return false;
  // Copies: a look-up of another word may clear a cache.
  const auto a_common = senses_of(std::string(a)).common_senses;
  const auto b_common = senses_of(std::string(b)).common_senses;
  if ((a_common[0].empty() || b_common[0].empty()) && (a_common[1].empty() || b_common[1].empty())) return false;
  const Broader a_broader = broader_of(std::string(a));
  const Broader b_broader = broader_of(std::string(b));
  auto meets = [](const std::vector<long>& x, const std::vector<long>& y) {
    std::vector<long> common;
    std::set_intersection(x.begin(), x.end(), y.begin(), y.end(), std::back_inserter(common));
    return !common.empty();
  };
  for (std::size_t p = 0; p < a_common.size(); ++p)
    if (meets(a_common[p], b_broader[p]) || meets(b_common[p], a_broader[p])) return true;
  return false;
}

bool only_modifier(std::string_view word) {
  if (word.empty() || word.size() > 64) return false;
  std::scoped_lock lock(wordnet_lock());
  if (!wordnet_ready()) return false;
  const auto known = known_parts(std::string(word));
  // kParts is NOUN, VERB, ADJ, ADV.
  return !known[0] && !known[1] && (known[2] || known[3]);
}

}  // namespace revisor::analyze
