#include "analyze/synonyms.h"

#include <stdio_ext.h>
#include <sys/mman.h>
#include <sys/stat.h>
#include <wn.h>

#include <algorithm>
#include <array>
#include <cstdio>
#include <fstream>
#include <iterator>
#include <memory>
#include <mutex>
#include <span>
#include <sstream>
#include <unordered_map>
#include <string>
#include <vector>

#include "revisor/base/c_handle.h"

namespace revisor::analyze {

namespace {

using Synsets = std::unique_ptr<Synset, CDeleter<free_syns>>;
using IndexHandle = std::unique_ptr<Index, CDeleter<free_index>>;

// Buffer bytes of each in-memory WordNet stream: a line or two of its index or data file.
constexpr std::size_t kStreamBuffer = 512;

std::mutex& wordnet_lock() {
  static std::mutex m;
  return m;
}

// A read-only mapping of a whole file, unmapped when the process ends.
class MappedFile {
 public:
  MappedFile(void* data, std::size_t size) : data_(data), size_(size) {}
  MappedFile(const MappedFile&) = delete;
  MappedFile& operator=(const MappedFile&) = delete;
  ~MappedFile() { ::munmap(data_, size_); }
  void* data() const { return data_; }
  std::size_t size() const { return size_; }

 private:
  void* data_;
  std::size_t size_;
};

// WordNet binary-searches its index and data files with fseek and a read for every probe: an audit
// made hundreds of thousands of system calls that way, doubling its time. Each file (about 28 MB in
// all) is mapped into memory and WordNet given an in-memory stream over it in its place. Mapping,
// not reading: an audit of one article touches a few hundred pages of it, and copying all 28 MB
// was a third of that audit's time. A file that cannot be mapped stays on disk, which is slower but
// the same.
void hold_in_memory(FILE*& stream) {
  static std::vector<std::unique_ptr<MappedFile>> mappings;  // live as long as the streams
  if (stream == nullptr) return;
  struct stat info {};
  if (::fstat(fileno(stream), &info) != 0 || info.st_size <= 0) return;
  const auto size = static_cast<std::size_t>(info.st_size);
  void* data = ::mmap(nullptr, size, PROT_READ, MAP_PRIVATE, fileno(stream), 0);
  if (data == MAP_FAILED) return;
  auto mapping = std::make_unique<MappedFile>(data, size);
  // fmemopen in "r" mode only reads its buffer, so a read-only mapping serves.
  FILE* memory = fmemopen(mapping->data(), mapping->size(), "r");
  if (memory == nullptr) return;
  // Every fseek refills the stream's whole buffer, and a probe reads a line or two: the default
  // 8 KB buffer made that copy a tenth of an audit's CPU. Only wordnet_lock's holder touches the
  // streams, so stdio need not lock them around every getc either.
  std::setvbuf(memory, nullptr, _IOFBF, kStreamBuffer);
  __fsetlocking(memory, FSETLOCKING_BYCALLER);
  std::fclose(stream);
  stream = memory;
  mappings.push_back(std::move(mapping));
}

constexpr std::array kParts = {NOUN, VERB, ADJ, ADV};

// WordNet's exception lists (noun.exc, verb.exc, adj.exc, adv.exc), one per part of speech: each
// irregular form with its base forms ("fled" -> "flee"). Held here because the library reads them
// from disk with a seek and a read for every probe of its binary search and keeps their streams to
// itself: its morphology cost an audit of 2,000 versions over a third of its time in system calls.
using Exceptions = std::unordered_map<std::string, std::vector<std::string>>;

std::array<Exceptions, kParts.size()>& exceptions() {
  static std::array<Exceptions, kParts.size()> lists;
  return lists;
}

// Reads the four lists from WordNet's search directory; false when one cannot be read, and then
// the library's own morphology is used.
bool read_exceptions() {
  const std::string dir = SetSearchdir();
  for (std::size_t p = 0; p < kParts.size(); ++p) {
    std::ifstream in(dir + "/" + partnames[kParts[p]] + ".exc");
    if (!in) return false;
    std::string line;
    while (std::getline(in, line)) {
      std::istringstream fields(line);
      std::string form;
      std::string base;
      if (!(fields >> form)) continue;
      // A form on several lines ("involucra": "involucre", "involucrum") has every line's bases;
      // the library's binary search finds one of its lines.
      auto& bases = exceptions()[p][form];
      while (fields >> base)
        if (std::find(bases.begin(), bases.end(), base) == bases.end()) bases.push_back(base);
    }
  }
  return true;
}

bool& exceptions_in_memory() {
  static bool held = false;
  return held;
}

// Opens the database once; false when it is missing (wninit prints nothing we need and returns -1).
bool wordnet_ready() {
  static const bool ready = [] {
    if (wninit() != 0) return false;
    for (int pos = 1; pos <= NUMPARTS; ++pos) {
      hold_in_memory(indexfps[pos]);
      hold_in_memory(datafps[pos]);
    }
    exceptions_in_memory() = read_exceptions();
    return true;
  }();
  return ready;
}

// The base forms the library's morphstr gives `word` in part of speech `pos`, the word itself first.
std::vector<std::string> library_base_forms(const std::string& word, int pos) {
  std::vector<std::string> out{word};
  std::string buf = word;
  for (char* form = morphstr(buf.data(), pos); form != nullptr; form = morphstr(nullptr, pos)) {
    if (word != form) out.emplace_back(form);
  }
  return out;
}

// Morphy's detachment rules (morphy(7WN)): an ending replaced by another, per part of speech, tried
// in this order. Adverbs have none: only their exception list.
struct Detachment {
  std::string_view suffix;
  std::string_view ending;
};
constexpr std::array<Detachment, 8> kNounRules = {{{"s", ""}, {"ses", "s"}, {"xes", "x"}, {"zes", "z"},
                                                   {"ches", "ch"}, {"shes", "sh"}, {"men", "man"}, {"ies", "y"}}};
constexpr std::array<Detachment, 8> kVerbRules = {{{"s", ""}, {"ies", "y"}, {"es", "e"}, {"es", ""},
                                                   {"ed", "e"}, {"ed", ""}, {"ing", "e"}, {"ing", ""}}};
constexpr std::array<Detachment, 4> kAdjectiveRules = {{{"er", ""}, {"est", ""}, {"er", "e"}, {"est", "e"}}};

bool in_index(const std::string& lemma, int pos) {
  std::string key = lemma;
  return IndexHandle(index_lookup(key.data(), pos)) != nullptr;
}

// Morphy on one word with the exception lists in memory, giving what morphstr gives: an irregular
// form's listed bases (none when the list names the word itself first; all of them when the form
// is on several lines), else the first rule whose result WordNet knows. A noun in "-ful" is taken
// apart first ("handsful" -> "handful").
std::vector<std::string> morphy(const std::string& word, std::size_t p) {
  std::vector<std::string> out{word};
  if (auto it = exceptions()[p].find(word); it != exceptions()[p].end()) {
    if (!it->second.empty() && it->second.front() != word)
      for (const auto& base : it->second)
        if (base != word) out.push_back(base);
    return out;
  }
  std::string_view stem = word;
  std::string_view tail;
  const int pos = kParts[p];
  if (pos == NOUN) {
    if (stem.size() > 3 && stem.substr(stem.size() - 3) == "ful") {
      stem.remove_suffix(3);
      tail = "ful";
    } else if (stem.size() <= 2 || stem.substr(stem.size() - 2) == "ss") {
      return out;
    }
  }
  const std::span<const Detachment> rules = pos == NOUN   ? std::span<const Detachment>(kNounRules)
                                            : pos == VERB ? std::span<const Detachment>(kVerbRules)
                                            : pos == ADJ  ? std::span<const Detachment>(kAdjectiveRules)
                                                          : std::span<const Detachment>();
  for (const auto& rule : rules) {
    // A suffix is detached only from a longer word: "zes" is not "z".
    if (stem.size() <= rule.suffix.size() || stem.substr(stem.size() - rule.suffix.size()) != rule.suffix)
      continue;
    std::string base(stem.substr(0, stem.size() - rule.suffix.size()));
    base += rule.ending;
    if (base == stem || !in_index(base, pos)) continue;
    base += tail;
    if (base != word) out.push_back(std::move(base));
    break;
  }
  return out;
}

// Words the library's morphology treats specially: phrases ("_", "-", " "), and characters its
// index look-up varies ("." dropped) or folds (capitals).
bool plain_word(std::string_view word) {
  return std::none_of(word.begin(), word.end(), [](char c) {
    return c == '_' || c == '-' || c == ' ' || c == '.' || (c >= 'A' && c <= 'Z');
  });
}

// The base forms WordNet gives `word` in the part of speech kParts[p] ("fled" -> "flee"), the word
// itself first.
std::vector<std::string> base_forms(const std::string& word, std::size_t p) {
  if (exceptions_in_memory() && plain_word(word)) return morphy(word, p);
  return library_base_forms(word, kParts[p]);
}

// A word's base forms in every part of speech, looked up once per word and process.
using Forms = std::array<std::vector<std::string>, kParts.size()>;

const Forms& forms_of(const std::string& word) {
  static std::unordered_map<std::string, Forms> cache;
  if (auto it = cache.find(word); it != cache.end()) return it->second;
  if (cache.size() > 200'000) cache.clear();  // a bound for hostile input of endless distinct words
  Forms forms;
  for (std::size_t p = 0; p < kParts.size(); ++p) forms[p] = base_forms(word, p);
  return cache.emplace(word, std::move(forms)).first->second;
}

std::string lemma_text(const char* lemma) {
  std::string w = lemma;
  for (auto& c : w) {
    if (c == '_') c = ' ';
    else if (c >= 'A' && c <= 'Z') c = static_cast<char>(c - 'A' + 'a');
  }
  return w;
}

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
  w.forms = forms_of(word);
  for (std::size_t p = 0; p < kParts.size(); ++p) {
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

// The parts of speech WordNet knows `word` in, any base form of it: from WordNet's index alone,
// which costs a fraction of senses_of's reading of every synset (most words whose severity is
// judged are never compared as synonyms).
std::array<bool, kParts.size()> known_parts(const std::string& word) {
  static std::unordered_map<std::string, std::array<bool, kParts.size()>> cache;
  if (auto it = cache.find(word); it != cache.end()) return it->second;
  if (cache.size() > 200'000) cache.clear();
  std::array<bool, kParts.size()> known{};
  const Forms& forms = forms_of(word);
  for (std::size_t p = 0; p < kParts.size(); ++p)
    known[p] = std::any_of(forms[p].begin(), forms[p].end(), [&](const std::string& f) { return in_index(f, kParts[p]); });
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

std::vector<std::string> base_forms(std::string_view word, WordClass word_class) {
  std::string w(word);
  if (word.empty() || word.size() > 64) return {w};
  std::scoped_lock lock(wordnet_lock());
  if (!wordnet_ready()) return {w};
  return forms_of(w)[static_cast<std::size_t>(word_class)];
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
