#include "analyze/stemmer.h"

#include <libstemmer.h>

#include <algorithm>
#include <array>
#include <optional>

namespace revisor::analyze {

namespace {

constexpr std::array<const char*, 7> kAlgorithms = {"english", "french",     "german", "spanish",
                                                    "portuguese", "italian", "dutch"};

// A word longer than any real one is left as it is: stemming it would only cost time.
constexpr std::size_t kLongestWord = 64;

}  // namespace

void Stemmer::Free::operator()(sb_stemmer* s) const noexcept {
  if (s) sb_stemmer_delete(s);
}

Stemmer::Stemmer(StemLanguage language)
    : handle_(sb_stemmer_new(kAlgorithms[static_cast<std::size_t>(language)], "UTF_8")) {}

Stemmer::~Stemmer() = default;
Stemmer::Stemmer(Stemmer&&) noexcept = default;
Stemmer& Stemmer::operator=(Stemmer&&) noexcept = default;

std::string Stemmer::stem(std::string_view word) {
  if (!handle_ || word.empty() || word.size() > kLongestWord) return std::string(word);
  const sb_symbol* out =
      sb_stemmer_stem(handle_.get(), reinterpret_cast<const sb_symbol*>(word.data()), static_cast<int>(word.size()));
  if (out == nullptr) return std::string(word);  // out of memory inside libstemmer
  return std::string(reinterpret_cast<const char*>(out), static_cast<std::size_t>(sb_stemmer_length(handle_.get())));
}

StemLanguage guess_stem_language(std::string_view text) {
  // Words frequent in one language's running text and rare in the others'.
  static constexpr std::array<std::array<std::string_view, 6>, 7> kMarks = {{
      {"the", "and", "of", "to", "is", "that"},
      {"le", "les", "des", "et", "est", "une"},
      {"der", "die", "und", "das", "ist", "nicht"},
      {"el", "los", "y", "del", "las", "por"},
      {"os", "não", "uma", "do", "da", "em"},
      {"il", "gli", "della", "che", "è", "sono"},
      {"het", "een", "en", "van", "niet", "zijn"},
  }};
  std::array<int, 7> score{};
  std::string word;
  auto flush = [&] {
    for (std::size_t l = 0; l < kMarks.size(); ++l)
      if (std::find(kMarks[l].begin(), kMarks[l].end(), word) != kMarks[l].end()) ++score[l];
    word.clear();
  };
  for (char ch : text.substr(0, 2000)) {
    const auto c = static_cast<unsigned char>(ch);
    if ((c >= 'a' && c <= 'z') || c >= 0x80) word.push_back(ch);
    else if (c >= 'A' && c <= 'Z') word.push_back(static_cast<char>(c + 32));
    else flush();
  }
  flush();
  const auto best = std::max_element(score.begin(), score.end());
  return *best == 0 ? StemLanguage::english : static_cast<StemLanguage>(best - score.begin());
}

std::string stem(std::string_view word, StemLanguage language) {
  thread_local std::array<std::optional<Stemmer>, kAlgorithms.size()> stemmers;
  auto& s = stemmers[static_cast<std::size_t>(language)];
  if (!s) s.emplace(language);
  return s->stem(word);
}

}  // namespace revisor::analyze
