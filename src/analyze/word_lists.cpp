#include "analyze/word_lists.h"

#include <array>
#include <string>
#include <unordered_set>

namespace revisor::analyze::words {

namespace {

using Set = std::unordered_set<std::string_view>;

bool in(const Set& s, std::string_view key) { return s.find(key) != s.end(); }

}  // namespace

bool is_weekday_or_month(std::string_view key) noexcept {
  static const Set kSet = {
      "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday",
      "january", "february", "march", "april", "may", "june", "july", "august", "september",
      "october", "november", "december", "jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep",
      "sept", "oct", "nov", "dec",
      "lunes", "martes", "miércoles", "jueves", "viernes", "sábado", "domingo", "enero", "febrero",
      "marzo", "abril", "mayo", "junio", "julio", "agosto", "septiembre", "octubre", "noviembre",
      "diciembre", "lundi", "mardi", "mercredi", "jeudi", "vendredi", "samedi", "dimanche",
      "janvier", "février", "mars", "avril", "mai", "juin", "juillet", "août", "septembre",
      "octobre", "novembre", "décembre", "montag", "dienstag", "mittwoch", "donnerstag", "freitag",
      "samstag", "sonntag", "januar", "februar", "märz", "juni", "juli", "oktober", "dezember",
      "segunda-feira", "terça-feira", "quarta-feira", "quinta-feira", "sexta-feira", "janeiro",
      "fevereiro", "março", "maio", "junho", "julho", "setembro", "outubro", "novembro",
      "dezembro", "lunedì", "martedì", "mercoledì", "giovedì", "venerdì", "sabato", "gennaio",
      "febbraio", "aprile", "maggio", "giugno", "luglio", "settembre", "ottobre", "dicembre",
      "maandag", "dinsdag", "woensdag", "donderdag", "vrijdag", "zaterdag", "zondag"};
  return in(kSet, key);
}

// "earlier" and "later" are not here: they order events without saying when ("Earlier, officials
// said" dates nothing), so a day put beside them is detail, not a second date.
bool is_time_word(std::string_view key) noexcept {
  static const Set kSet = {"yesterday", "today",     "tomorrow",    "tonight", "morning", "afternoon",
                           "evening",   "overnight", "midnight",    "noon",    "a.m",     "p.m",
                           "am",        "pm",        "a.m.",        "p.m.",    "ayer",    "hoy",
                           "mañana",    "hier",      "aujourd'hui", "demain",  "gestern", "heute",
                           "morgen",    "ontem",     "hoje",        "ieri",    "oggi",    "gisteren",
                           "vandaag",   "week",      "weekend",     "month",   "year",    "decade"};
  return in(kSet, key);
}

bool is_number_word(std::string_view key) noexcept {
  static const Set kSet = {
      "zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten",
      "eleven", "twelve", "thirteen", "fourteen", "fifteen", "sixteen", "seventeen", "eighteen",
      "nineteen", "twenty", "thirty", "forty", "fifty", "sixty", "seventy", "eighty", "ninety",
      "hundred", "hundreds", "thousand", "thousands", "million", "millions", "billion",
      "billions", "trillion", "dozen", "dozens", "percent", "half", "quarter", "twice", "double",
      "triple", "first", "second", "third", "fourth", "fifth", "%", "$", "€", "£", "millones",
      "mil", "millions", "milliards", "millionen", "milliarden", "prozent", "milhões", "milioni",
      "miljoen", "por", "ciento"};
  return in(kSet, key);
}

bool is_negation(std::string_view key) noexcept {
  static const Set kSet = {"not", "no", "never", "n't", "nor", "none", "neither", "nobody",
                           "nothing", "didn't", "doesn't", "don't", "isn't", "wasn't", "weren't",
                           "won't", "wouldn't", "hasn't", "haven't", "hadn't", "cannot", "can't",
                           "nicht", "kein", "keine", "keinen", "nie", "niemals", "pas", "jamais",
                           "nunca", "não", "nao", "non", "mai", "niet", "geen", "nooit"};
  return in(kSet, key);
}

bool is_role(std::string_view key) noexcept {
  static const Set kSet = {
      "president", "vice", "minister", "secretary", "chief", "executive", "ceo", "cfo", "coo",
      "director", "chairman", "chairwoman", "chair", "spokesman", "spokeswoman", "spokesperson",
      "senator", "sen", "governor", "gov", "mayor", "general", "gen", "colonel", "col", "captain",
      "capt", "commander", "ambassador", "judge", "justice", "prosecutor", "attorney", "professor",
      "prof", "doctor", "dr", "founder", "co-founder", "head", "leader", "chancellor", "premier",
      "representative", "rep", "congressman", "congresswoman", "lawmaker", "deputy", "assistant",
      "manager", "editor", "reporter", "analyst", "officer", "official", "adviser", "advisor",
      "presidente", "ministro", "ministra", "président", "ministre", "präsident", "präsidentin",
      "minister", "ministerin", "kanzler", "kanzlerin", "bürgermeister", "sprecher", "sprecherin"};
  return in(kSet, key);
}

bool is_speech_verb(std::string_view key) noexcept {
  static const Set kSet = {"said", "says", "say", "told", "tells", "according", "added", "adds",
                           "stated", "states", "noted", "notes", "wrote", "writes", "explained",
                           "claimed", "claims", "argued", "dijo", "afirmó", "señaló", "declaró",
                           "déclaré", "dit", "affirmé", "sagte", "sagt", "erklärte", "disse",
                           "afirmou", "detto", "zei", "zegt"};
  return in(kSet, key);
}

bool is_neutral_speech_verb(std::string_view key) noexcept {
  return is_speech_verb(key) && key != "claimed" && key != "claims" && key != "argued" && key != "according";
}

bool is_style_word(std::string_view key) noexcept {
  static const Set kSet = {
      "the", "a", "an", "that", "which", "who", "whom", "this", "these", "those", "and", "but",
      "also", "however", "meanwhile", "then", "so", "as", "of", "in", "on", "at", "to", "for",
      "with", "by", "from", "is", "are", "was", "were", "be", "been", "has", "have", "had", "it",
      "its", "their", "his", "her", "he", "she", "they", "we", "said", "says", "told", "tells",
      "added", "adds", "noted", "notes", "stated", "explained", "according", "just", "very",
      "still", "even", "now", "already", "about", "over", "some", "more", "most", "will", "would",
      "can", "could", "may", "might", "should", "while", "when", "where", "after", "before",
      "during", "into", "onto", "up", "out", "off", "there", "here", "currently", "recently",
      // Words that introduce examples: "rodents like rats" and "rodents such as rats" say one thing.
      "like", "such", "including",
      "el", "la", "los", "las", "de", "del", "y", "que", "le", "les", "des", "du", "et", "der",
      "die", "das", "den", "dem", "und", "o", "os", "as", "e", "il", "lo", "gli", "di", "che",
      "het", "een", "en", "van"};
  return in(kSet, key);
}

bool is_auxiliary(std::string_view key) noexcept {
  static const Set kSet = {"will", "would", "shall", "has", "have", "had", "is", "are", "was", "were",
                           "be", "been", "being", "am", "do", "does", "did"};
  return in(kSet, key);
}

bool is_pronoun(std::string_view key) noexcept {
  static const Set kSet = {"he", "she", "it", "they", "him", "her", "them", "his", "hers", "its",
                           "their", "theirs", "we", "us", "our", "i", "me", "my", "you", "your"};
  return in(kSet, key);
}

bool is_hedge(std::string_view key) noexcept {
  static const Set kSet = {"alleged", "allegedly", "reportedly", "suspected", "apparent", "apparently",
                           "possible", "possibly", "likely", "probably", "may", "might", "could",
                           "believed", "treating", "treated", "expected", "try", "trying", "tried",
                           "attempt", "attempted", "planned", "plans", "confirmed", "unconfirmed",
                           "presumed", "presumably", "purported", "purportedly", "claimed", "claims",
                           "according", "said", "says", "mutmaßlich", "angeblich", "presunto",
                           "presunta", "supuesto", "supuesta", "présumé", "présumée", "suposto",
                           "vermoedelijk"};
  return in(kSet, key);
}

long number_word_value(std::string_view key) noexcept {
  static constexpr std::array<std::string_view, 20> kUnits = {
      "zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten",
      "eleven", "twelve", "thirteen", "fourteen", "fifteen", "sixteen", "seventeen", "eighteen", "nineteen"};
  static constexpr std::array<std::string_view, 8> kTens = {"twenty", "thirty", "forty", "fifty",
                                                            "sixty", "seventy", "eighty", "ninety"};
  for (std::size_t i = 0; i < kUnits.size(); ++i) {
    if (kUnits[i] == key) return static_cast<long>(i);
  }
  for (std::size_t i = 0; i < kTens.size(); ++i) {
    if (kTens[i] == key) return static_cast<long>(20 + 10 * i);
  }
  if (key == "hundred") return 100;
  if (key == "thousand") return 1000;
  return -1;
}

bool is_stopword(std::string_view key) noexcept {
  if (key.size() <= 2) return true;
  return is_style_word(key) || key == "not" || key == "story" || key == "article" ||
         key == "version" || key == "earlier" || key == "updated" || key == "correction" ||
         key == "incorrectly" || key == "stated" || key == "reflect" || key == "been" ||
         key == "previous" || key == "misstated" || key == "than" || key == "did" ||
         key == "does" || key == "our" || key == "you" || key == "your" || key == "him";
}

}  // namespace revisor::analyze::words
