#include <catch2/catch.hpp>

#include <algorithm>
#include <string>

#include "revisor/analyze/notice_detector.h"
#include "revisor/text/document.h"

using namespace revisor;
using namespace revisor::analyze;

namespace {

bool states(const NoticeMatch& m, Category c) {
  return std::find(m.error_types.begin(), m.error_types.end(), c) != m.error_types.end();
}

}  // namespace

TEST_CASE("notices in English, Spanish, French and German are found with kind and language") {
  struct Case {
    const char* text;
    NoticeKind kind;
    const char* language;
  };
  const Case cases[] = {
      {"Correction: An earlier version of this story misstated the day of the vote.", NoticeKind::correction, "en"},
      {"An earlier version of this article misspelled the name of the town's mayor.", NoticeKind::correction, "en"},
      {"This article was amended on 3 May 2024 to correct the spelling of a surname.", NoticeKind::correction, "en"},
      {"(Corrects paragraph 4 to show the meeting was on Friday, not Thursday)", NoticeKind::correction, "en"},
      {"This story has been updated with additional information.", NoticeKind::update, "en"},
      {"Clarification: This story has been updated to clarify who paid for the bridge.", NoticeKind::clarification, "en"},
      {"Editor's note: This story has been retracted.", NoticeKind::retraction, "en"},
      {"Fe de errores: en una versión anterior de esta noticia se decía que el puente cerró el lunes.",
       NoticeKind::correction, "es"},
      {"Rectificatif : dans une précédente version de cet article, nous indiquions que le maire avait 54 ans.",
       NoticeKind::correction, "fr"},
      {"Korrektur: In einer früheren Version dieses Artikels hieß es, die Brücke sei am Montag gesperrt worden.",
       NoticeKind::correction, "de"},
      {"Correção: uma versão anterior deste texto informava que a ponte fechou na segunda-feira.",
       NoticeKind::correction, "pt"},
      // A corrections-column entry with no error word: the outlet cites its own page and date.
      {"A review (\u201cWeekend\u201d page, March 3, 2023) stated that the bridge has four lanes.", NoticeKind::correction,
       "en"},
  };
  for (const auto& c : cases) {
    INFO(c.text);
    auto m = classify_notice(c.text);
    REQUIRE(m);
    CHECK(m->kind == c.kind);
    CHECK(m->language == c.language);
  }
}

TEST_CASE("look-alikes are not notices") {
  const char* negatives[] = {
      "The Nasdaq fell into correction territory on Tuesday, down 10% from its high.",
      "A corrections officer was injured at the county jail on Saturday.",
      "Corrections officer Jane Roe said: the inmate was moved.",
      "Lawmakers passed an earlier version of the bill in May.",
      "EDITOR'S NOTE: This story contains graphic details.",
      "This is a developing story and will be updated.",
      "The ministry said an earlier version of its report had misstated the number of arrivals.",
      "Da ist sie, die lange erwartete Korrektur an den Aktienmärkten.",
      "Le CAC 40 a clôturé sur une correction de 1,47%.",
      "The report said turnout was lower than expected.",
      "The report said that the correct figure was never published.",
      "The column in the May 2 edition said that the plan was outdated.",
  };
  for (const char* text : negatives) {
    INFO(text);
    CHECK_FALSE(classify_notice(text));
  }
}

TEST_CASE("a notice states its error types and the corrected fact it restates") {
  auto m = classify_notice(
      "Correction: Erdogan said on Thursday that he had told Biden to expect nothing. An earlier version "
      "incorrectly stated the day.");
  REQUIRE(m);
  CHECK(states(*m, Category::date));
  CHECK(m->corrected_fact == "Erdogan said on Thursday that he had told Biden to expect nothing.");

  auto name = classify_notice("An earlier version of this article misspelled the surname of the coach. He is Dan Roe.");
  REQUIRE(name);
  CHECK(states(*name, Category::name));

  auto number = classify_notice("Correction: An earlier version of this story misstated the number of jobs. It is 900, not 90.");
  REQUIRE(number);
  CHECK(states(*number, Category::number));

  auto update = classify_notice("This story has been updated with additional reporting.");
  REQUIRE(update);
  CHECK(update->error_types.empty());
}

TEST_CASE("detect_notices finds notices in a document, never the headline, two glued in one paragraph") {
  auto doc = text::Document::parse(
      "Correction: a headline is never a notice\n\n"
      "The bridge closed on Monday, officials said.\n\n"
      "This story has been updated with additional information.Correction: An earlier version of this "
      "story misstated the day the bridge closed.\n");
  auto notices = detect_notices(doc, 3);
  REQUIRE(notices.size() == 2);
  CHECK(notices[0].kind == NoticeKind::update);
  CHECK(notices[1].kind == NoticeKind::correction);
  CHECK(notices[1].version == 3);
  CHECK(doc.slice(notices[1].span).rfind("Correction: An earlier version", 0) == 0);
}

TEST_CASE("an Editor's note label decides the kind when its body only says the text was corrected") {
  auto corrected = classify_notice("Editor's note: This story has been corrected to show the ferry runs on weekdays.");
  REQUIRE(corrected);
  CHECK(corrected->kind == NoticeKind::editors_note);
  // The body, not the label, gives the error type: it corrected a claim.
  REQUIRE(!corrected->error_types.empty());
  CHECK(corrected->error_types[0] == Category::fact);

  auto restated = classify_notice(
      "EDITOR'S NOTE: This article has been corrected to show that the school has 260 pupils, not 310.");
  REQUIRE(restated);
  CHECK(restated->kind == NoticeKind::editors_note);
  REQUIRE(!restated->error_types.empty());
  CHECK(restated->error_types[0] == Category::number);
  CHECK(restated->error_type_sources[0] == TypeSource::restated);

  // A body that is a notice of its own kind keeps it: an update, or a correction saying what was
  // wrong, as the labelled corpus files them.
  auto update = classify_notice("Editor's note: This story has been updated with comments from the ferry operator.");
  REQUIRE(update);
  CHECK(update->kind == NoticeKind::update);
  auto stated = classify_notice("Editor's Note: An earlier version of this story misstated the age of the captain.");
  REQUIRE(stated);
  CHECK(stated->kind == NoticeKind::correction);
  CHECK(stated->error_types[0] == Category::number);

  // An editor's note that corrects no claim is about the article itself.
  auto standards = classify_notice("Editor's note: This photograph was digitally altered before publication.");
  REQUIRE(standards);
  CHECK(standards->kind == NoticeKind::editors_note);
  CHECK(standards->error_types[0] == Category::other);
}
