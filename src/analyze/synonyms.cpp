#include "analyze/synonyms.h"

#include <wn.h>

#include <array>
#include <cstdio>
#include <memory>
#include <mutex>
#include <string>
#include <vector>

#include "revisor/base/c_handle.h"

namespace revisor::analyze {

namespace {

using Synsets = std::unique_ptr<Synset, CDeleter<free_syns>>;

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

bool synset_holds(const Synset& s, const std::vector<std::string>& forms) {
  for (int i = 0; i < s.wcount; ++i) {
    std::string w = s.words[i];
    for (auto& c : w) {
      if (c == '_') c = ' ';
      else if (c >= 'A' && c <= 'Z') c = static_cast<char>(c - 'A' + 'a');
    }
    for (const auto& f : forms) {
      if (w == f) return true;
    }
  }
  return false;
}

}  // namespace

bool same_sense(std::string_view a, std::string_view b) {
  if (a.empty() || b.empty() || a == b || a.size() > 64 || b.size() > 64) return false;
  std::scoped_lock lock(wordnet_lock());
  if (!wordnet_ready()) return false;
  static constexpr std::array kParts = {NOUN, VERB, ADJ, ADV};
  for (int pos : kParts) {
    const auto b_forms = base_forms(std::string(b), pos);
    for (const auto& form : base_forms(std::string(a), pos)) {
      std::string key = form;
      Synsets senses(findtheinfo_ds(key.data(), pos, SYNS, ALLSENSES));
      for (const Synset* s = senses.get(); s != nullptr; s = s->nextss) {
        if (synset_holds(*s, b_forms)) return true;
      }
    }
  }
  return false;
}

}  // namespace revisor::analyze
