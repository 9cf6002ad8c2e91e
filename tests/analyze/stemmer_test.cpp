#include <catch2/catch.hpp>

#include <string>
#include <thread>
#include <vector>

#include "analyze/stemmer.h"

using namespace revisor::analyze;

TEST_CASE("Snowball stems join the forms of one word in each language") {
  Stemmer english(StemLanguage::english);
  REQUIRE(english.ready());
  CHECK(english.stem("captured") == english.stem("captures"));
  CHECK(english.stem("flooding") == english.stem("flooded"));
  CHECK(english.stem("harbor") != english.stem("hospital"));
  CHECK(stem("détruite", StemLanguage::french) == stem("détruites", StemLanguage::french));
  CHECK(stem("ermittelten", StemLanguage::german) == stem("ermittelte", StemLanguage::german));
  CHECK(stem("heridos", StemLanguage::spanish) == stem("herido", StemLanguage::spanish));
  CHECK(stem("ferimentos", StemLanguage::portuguese) == stem("ferimento", StemLanguage::portuguese));
  CHECK(stem("feriti", StemLanguage::italian) == stem("ferito", StemLanguage::italian));
  CHECK(stem("gewonden", StemLanguage::dutch) == stem("gewonde", StemLanguage::dutch));
}

TEST_CASE("a stemmer returns what it cannot stem unchanged") {
  CHECK(stem("", StemLanguage::english).empty());
  const std::string long_word(200, 'a');
  CHECK(stem(long_word, StemLanguage::english) == long_word);
  Stemmer moved(StemLanguage::english);
  Stemmer target = std::move(moved);
  CHECK(target.stem("harbors") == "harbor");
}

TEST_CASE("the language of a sentence is guessed from its function words") {
  CHECK(guess_stem_language("The mayor said that the port is closed.") == StemLanguage::english);
  CHECK(guess_stem_language("Le maire a dit que le port et les quais sont fermés.") == StemLanguage::french);
  CHECK(guess_stem_language("Der Bürgermeister sagte, dass die Brücke und das Tor nicht offen ist.") ==
        StemLanguage::german);
  CHECK(guess_stem_language("El alcalde dijo que los muelles y las calles del puerto están cerrados.") ==
        StemLanguage::spanish);
  CHECK(guess_stem_language("1234 5678") == StemLanguage::english);
}

TEST_CASE("threads each stem with their own stemmer") {
  std::vector<std::string> results(4);
  std::vector<std::thread> threads;
  for (std::size_t i = 0; i < results.size(); ++i) {
    threads.emplace_back([&results, i] {
      std::string last;
      for (int k = 0; k < 2000; ++k) last = stem(i % 2 ? "harbors" : "abrigos", i % 2 ? StemLanguage::english : StemLanguage::spanish);
      results[i] = last;
    });
  }
  for (auto& t : threads) t.join();
  CHECK(results[1] == "harbor");
  CHECK(results[3] == "harbor");
  CHECK(results[0] == results[2]);
}
