// Word forms by the Snowball stemmers (Debian libstemmer-dev), so "captured"/"captures",
// "ermittelt"/"ermitteln" or "détruit"/"détruite" are read as one word in the languages revisor reads.
#pragma once

#include <memory>
#include <string>
#include <string_view>

struct sb_stemmer;

namespace revisor::analyze {

enum class StemLanguage { english, french, german, spanish, portuguese, italian, dutch };

// One Snowball stemmer. Owns its sb_stemmer; not thread-safe (libstemmer keeps its state in the
// handle), so each thread keeps its own: see stem() below.
class Stemmer {
 public:
  explicit Stemmer(StemLanguage language);
  ~Stemmer();
  Stemmer(const Stemmer&) = delete;
  Stemmer& operator=(const Stemmer&) = delete;
  Stemmer(Stemmer&&) noexcept;
  Stemmer& operator=(Stemmer&&) noexcept;

  // False when libstemmer has no algorithm for the language (then stem() returns words unchanged).
  bool ready() const noexcept { return handle_ != nullptr; }
  // The stem of one case-folded UTF-8 word; the word itself when it cannot be stemmed.
  std::string stem(std::string_view word);

 private:
  struct Free {
    void operator()(sb_stemmer* s) const noexcept;
  };
  std::unique_ptr<sb_stemmer, Free> handle_;
};

// The language whose most common function words `text` uses most; english when it uses none.
StemLanguage guess_stem_language(std::string_view text);

// The stem of `word` in `language`, by a stemmer private to the calling thread: the audit runs on
// several threads and libstemmer's handles may not be shared.
std::string stem(std::string_view word, StemLanguage language);

}  // namespace revisor::analyze
