#include "analyze/notice_error_types.h"

#include <string>
#include <vector>

#include <catch2/catch.hpp>
#include <re2/re2.h>

#include "revisor/analyze/notice_detector.h"

using namespace revisor;
using namespace revisor::analyze;

namespace {

struct Case {
  const char* text;
  Category primary;
};

void check_primary(const Case& c, TypeSource source) {
  INFO(c.text);
  auto m = classify_notice(c.text);
  REQUIRE(m);
  REQUIRE(!m->error_types.empty());
  REQUIRE(m->error_types.size() == m->error_type_sources.size());
  CHECK(to_string(m->error_types[0]) == to_string(c.primary));
  CHECK(to_string(m->error_type_sources[0]) == to_string(source));
}

}  // namespace

TEST_CASE("the wording names the category that was wrong, in every supported language") {
  const Case cases[] = {
      {"Correction: An earlier version of this story gave the wrong title for the harbour master.", Category::title},
      {"Correction: An earlier version of this article misstated the cost of the new ferry terminal.",
       Category::number},
      {"An earlier version of this story misnamed the charity that runs the food bank.", Category::name},
      {"Correction: An earlier version of this article misidentified Councillor Ruth Penhallow.", Category::name},
      {"Correction: We got the date of the school board vote wrong in an earlier version.", Category::date},
      {"Correction: A previous version of this story incorrectly stated the location of the protest.",
       Category::location},
      {"An earlier version of this article misattributed a remark about the budget to the mayor.",
       Category::attribution},
      {"Correction: An earlier version of this story misquoted the fire chief.", Category::quote},
      {"Rectificatif : une précédente version de cet article indiquait à tort le montant de la subvention.",
       Category::number},
      {"Korrektur: In einer früheren Version dieses Artikels wurde das Datum der Abstimmung falsch angegeben.",
       Category::date},
      {"Corrección: en una versión anterior de esta noticia se informó erróneamente la fecha del concierto.",
       Category::date},
      {"Correção: uma versão anterior deste texto errou o nome do treinador.", Category::name},
      {"Rettifica: in una precedente versione di questo articolo abbiamo sbagliato il nome del sindaco.",
       Category::name},
      {"Correctie: in een eerdere versie van dit artikel stond een verkeerde datum voor de verkiezing.",
       Category::date},
  };
  for (const auto& c : cases) check_primary(c, TypeSource::wording);
}

TEST_CASE("a title of a book or film is a name, a word in a new clause names nothing") {
  check_primary({"Correction: An earlier version of this review gave the wrong title of the novel.", Category::name},
                TypeSource::wording);
  // "that the city" starts a clause: the error was in what the council did, not in a place.
  auto m = classify_notice("Correction: An earlier version incorrectly reported that the city council had voted.");
  REQUIRE(m);
  CHECK(m->error_types[0] == Category::fact);
  CHECK(m->error_type_sources[0] == TypeSource::unstated);
}

TEST_CASE("generic wording takes its type from what the notice restates") {
  const Case cases[] = {
      // The issue's own example: a figure said, a figure restated.
      {"Correction: An earlier version of this story said the mill employed 1,400 people. It employs 1,100.",
       Category::number},
      {"Correction: This story has been corrected to show the bridge reopened in 2019, not 2017.", Category::date},
      {"This article has been corrected to show that the festival is held in Truro, not Falmouth.",
       Category::location},
      {"Correction: This story has been corrected. The goalkeeper is Tamsin Roskilly, not Tamsin Rosewarne.",
       Category::name},
      {"Correction: This story has been corrected. It was 1984, not 1948.", Category::date},
      {"Rectificatif : il fallait lire Kerhervé et non Kerhervet.", Category::name},
      {"Korrektur: Die Brücke wurde nicht am Dienstag, sondern am Mittwoch eröffnet.", Category::date},
      {"Fe de errores: el presupuesto es de 12 millones, no de 21 millones.", Category::number},
      {"Correção: a reunião aconteceu em Braga, e não em Guimarães.", Category::location},
      {"Rettifica: il concerto si è tenuto nel 2021 e non nel 2012.", Category::date},
  };
  for (const auto& c : cases) check_primary(c, TypeSource::restated);
}

TEST_CASE("a date the notice names as when the error ran does not make it a date correction") {
  auto m = classify_notice("Correction: A story on Tuesday about the harbour said the new pier was owned by the county. It "
                           "belongs to a private trust.");
  REQUIRE(m);
  CHECK(m->error_types[0] != Category::date);
}

TEST_CASE("an update that corrects states an error, one that adds information states none") {
  auto corrects = classify_notice("Update: This story has been updated to clarify that the museum stays open.");
  REQUIRE(corrects);
  CHECK(corrects->kind == NoticeKind::update);
  CHECK_FALSE(corrects->error_types.empty());

  auto adds = classify_notice("Update: This story has been updated with comments from the harbour board.");
  REQUIRE(adds);
  CHECK(adds->error_types.empty());
  CHECK(adds->error_type_sources.empty());
}

TEST_CASE("a notice that says context was missing names an omission, whatever claim it mentions") {
  const Case cases[] = {
      {"Clarification: This story has been updated to add context about the number of residents who can vote.",
       Category::other},
      {"Clarification: An earlier version of this article did not make clear that the figures were estimates.",
       Category::other},
      {"Correction: A previous version of this story omitted important context about the lease.", Category::other},
      {"Editor's note: This article was amended to further clarify information on the ferry timetable.",
       Category::other},
      {"Rectificatif : cet article a été modifié pour ajouter du contexte sur le nombre d'électeurs.",
       Category::other},
      {"Aclaración: se ha añadido contexto sobre la cifra de votantes.", Category::other},
  };
  for (const auto& c : cases) check_primary(c, TypeSource::wording);
  // Clarifying what the story says is not an omission: it states the fact.
  auto m = classify_notice("Clarification: This story has been updated to clarify that the ferry runs daily.");
  REQUIRE(m);
  CHECK(m->error_types[0] != Category::other);
}

TEST_CASE("a name wrongly referred to, and a role someone does not hold, name their categories") {
  check_primary({"Correction: An earlier version of this article incorrectly referred to the Harbour Trust of "
                 "Penzance.",
                 Category::name},
                TypeSource::wording);
  // The entity named rightly but described wrongly: a fact.
  auto described = classify_notice("Correction: An earlier version of this article incorrectly referred to the "
                                   "Harbour Trust as a charity.");
  REQUIRE(described);
  CHECK(described->error_types[0] != Category::name);
  auto m = classify_notice("Correction: Ann Trevail sits on the council as an independent; she is not a Labour "
                           "councillor as we said.");
  REQUIRE(m);
  CHECK(m->error_types[0] == Category::title);
}

TEST_CASE("a draft or superseded version published by mistake is an error of the text, not of a claim") {
  const Case cases[] = {
      {"A draft version of the proposed fares was posted in error to the council's website.", Category::other},
      {"Por erro da Redação, foi publicada uma versão anterior deste editorial, com outro número de vagas.",
       Category::other},
  };
  for (const auto& c : cases) check_primary(c, TypeSource::wording);
  // The usual wording of a correction names what the earlier version said.
  auto m = classify_notice("Correção: uma versão anterior deste texto informava que a votação foi na terça-feira. "
                           "Ela ocorreu na quarta-feira.");
  REQUIRE(m);
  CHECK(m->error_types[0] == Category::date);
}

TEST_CASE("a claim reported and restated put right in the next sentence gives the kind of value changed") {
  const Case cases[] = {
      {"We mistakenly reported that the ferry was run by Kernow Lines. The ferry was run by Atlantic Marine.",
       Category::name},
      {"Correction: In our profile of the harbour master we said she was born in Truro. In fact, she was born in "
       "Falmouth.",
       Category::location},
  };
  for (const auto& c : cases) check_primary(c, TypeSource::restated);
  // What someone said or wrote, reported and put right as another account: their words.
  check_primary({"Correction: We reported that the coach had said in an interview that the club would move to a "
                 "new ground. In fact he was describing a proposal by the owners.",
                 Category::quote},
                TypeSource::restated);
  // The corrected sentence itself reports what someone said; the next sentence is no restatement.
  auto said = classify_notice("Correction: The minister said on Friday that she had told the union that talks "
                              "would resume. An earlier version incorrectly stated the day.");
  REQUIRE(said);
  for (Category c : said->error_types) CHECK(to_string(c) != to_string(Category::quote));
  // A different account, not one value put right: nothing restated names a kind.
  auto m = classify_notice("Correction: We reported that the mayor would resign. In fact she told the council she "
                           "would serve out her term.");
  REQUIRE(m);
  CHECK(m->error_type_sources[0] != TypeSource::restated);
}

TEST_CASE("an erratum's printed and right text, quoted, give the kind of value changed, in each language") {
  const Case cases[] = {
      {"Rectificatif : dans l'arrêté du 3 mars, au lieu de : « ... une aide de 400 euros... », lire : « ... une "
       "aide de 450 euros... ».",
       Category::number},
      {"Erramos: Na reportagem sobre o porto, onde se lê 'o engenheiro Carvalho', leia-se 'o engenheiro "
       "Carvalhal'.",
       Category::name},
      {"Correction: In Tuesday's list of prize winners, for \"Ann Lee, 34, of Leeds\" read \"Ann Lee, 43, of "
       "Leeds\".",
       Category::number},
  };
  for (const auto& c : cases) check_primary(c, TypeSource::restated);
}

TEST_CASE("an ordinal alone is a number, beside a month the day of a date") {
  check_primary({"Correction: The council meets on the 5th floor of City Hall, not the 3rd floor.", Category::number},
                TypeSource::restated);
  check_primary({"Correction: The council meets on March 5th, not March 3rd.", Category::date}, TypeSource::restated);
}

TEST_CASE("a photo is what was wrong only where the error words are said of it") {
  for (const char* text : {"Correction: A photograph accompanying this review was digitally altered.",
                           "Correction: An earlier version of this story ran the wrong picture of the mayor.",
                           "Corrección: La imagen que acompaña este reportaje fue publicada por error invertida."}) {
    INFO(text);
    auto m = classify_notice(text);
    REQUIRE(m);
    CHECK(m->error_types[0] == Category::other);
  }
  auto garment = classify_notice("Correction: An article on Sunday described incorrectly the coat the singer wore in a "
                                 "picture she posted online. It was a cape.");
  REQUIRE(garment);
  CHECK(garment->error_types[0] != Category::other);
}

TEST_CASE("a person identified by role and name, and names set against each other as speakers") {
  check_primary({"Rectificatif : il s'agissait de la directrice du port, Anne Le Goff.", Category::name},
                TypeSource::wording);
  check_primary({"Fe de errores: se trataba de la alcaldesa de Vigo, Marta Souto.", Category::name},
                TypeSource::wording);
  check_primary({"Korrektur: Tatsächlich hießen die Kapitäne Jan und Ole Petersen.", Category::name},
                TypeSource::wording);
  // "It was X, not Y" for a place stays a place: no role and name.
  auto place = classify_notice("Rettifica: si trattava di Minsk e non di Kiev.");
  REQUIRE(place);
  CHECK(place->error_types[0] != Category::name);
  check_primary({"Korrektur: Das sagte nicht Müller, sondern die Bürgermeisterin Anna Schulz.",
                 Category::attribution},
                TypeSource::restated);
}

TEST_CASE("German puts the error word at the end of a long clause, far from the noun it judges") {
  check_primary({"Korrektur: In der Ausgabe vom Montag schrieben wir den Vornamen der neuen Leiterin des Hafenamts "
                 "in Flensburg, Frau Karin Petersen, zweimal und sogar auf unterschiedliche Weisen falsch.",
                 Category::name},
                TypeSource::wording);
}

TEST_CASE("a vote or a figure in a picture is no number") {
  auto vote = classify_notice("Correction: We incorrectly said that the councillor abstained in the vote on the harbour "
                              "bill.");
  REQUIRE(vote);
  CHECK(vote->error_types[0] != Category::number);
  auto photo = classify_notice("Editor's note: A photograph on the cover was altered to remove people gathered around "
                               "the central figure in the picture.");
  REQUIRE(photo);
  CHECK(photo->error_types[0] == Category::other);
  check_primary({"Correction: The figure for the harbour budget was wrong in an earlier version.", Category::number},
                TypeSource::wording);
}

TEST_CASE("spelled out is no spelling, and a common word misspelled is an error of the text") {
  auto out = classify_notice("We are officially retracting the story. The reasons are spelled out in the report.");
  REQUIRE(out);
  CHECK(out->error_types[0] != Category::name);
  check_primary({"Correction: We misspelled the word harbour in yesterday's column.", Category::other},
                TypeSource::wording);
  check_primary({"Correction: We spelled Penzance wrong in an earlier version.", Category::name},
                TypeSource::wording);
}

TEST_CASE("the common shapes stay what they were: a name contrast, an honorific, a place, a story's draft") {
  // "X, not Y" after "said" sets names against each other, not speakers.
  check_primary({"Correction: An earlier version said the company was founded by Smith, not Jones.", Category::name},
                TypeSource::restated);
  auto honorific = classify_notice("Correction: An earlier version of this article incorrectly referred to Dr. Ann "
                                   "Lee as a surgeon.");
  REQUIRE(honorific);
  CHECK(honorific->error_types[0] != Category::name);
  auto place = classify_notice("Rectificatif : il s'agissait de la ville de Lyon.");
  REQUIRE(place);
  CHECK(place->error_types[0] != Category::name);
  check_primary({"Rectificatif : il s'agissait du ministre de l'Intérieur, Gérald Darmanin.", Category::name},
                TypeSource::wording);
  // A draft the story is about is no draft of the story.
  auto budget = classify_notice("Correction: An earlier version said the ministry published the draft budget on "
                                "Monday. It was Tuesday.");
  REQUIRE(budget);
  CHECK(budget->error_types[0] != Category::other);
}

TEST_CASE("a restatement is found after an earlier report of what someone said") {
  check_primary({"Correction: The mayor said the plan was final. We reported that the ferry was run by Kernow Lines. "
                 "The ferry was run by Atlantic Marine.",
                 Category::name},
                TypeSource::restated);
}

TEST_CASE("initials, decimals and elisions do not cut a rule short") {
  check_primary({"Correction: An earlier version incorrectly referred to Sen. Elizabeth Warren.", Category::name},
                TypeSource::wording);
  check_primary({"Correction: We reported that the turnout was 52.3 percent. It was 53.2 percent.", Category::number},
                TypeSource::restated);
  check_primary({"Rectificatif : une version provisoire de l'article a été publiée par erreur.", Category::other},
                TypeSource::wording);
  auto key = classify_notice("Correction: An earlier version said a key figure of the opposition resigned. He did "
                             "not resign.");
  REQUIRE(key);
  CHECK(key->error_types[0] != Category::number);
}

TEST_CASE("a date with a slash is read either way round") {
  check_primary({"Correction: This story has been corrected to show the hearing is on 12/15, not 12/25.", Category::date},
                TypeSource::restated);
}

TEST_CASE("error-type rules compile Unicode's letter classes as the Latin script's letters") {
  using patterns::latin_classes;
  CHECK(latin_classes(R"(\bx\b)") == R"(\bx\b)");
  const std::string boundary = latin_classes(R"((?:^|[^\pL\pN_])nom(?:[^\pL\pN_]|$))");
  CHECK(boundary.find(R"(\p)") == std::string::npos);
  RE2 re(boundary);
  REQUIRE(re.ok());
  CHECK(RE2::PartialMatch("le nom était faux", re));
  CHECK(RE2::PartialMatch("nom", re));
  // Accented letters are letters: "prénom" and "nomé" hold no word "nom".
  CHECK_FALSE(RE2::PartialMatch("le prénom", re));
  CHECK_FALSE(RE2::PartialMatch("nomé", re));
  CHECK_FALSE(RE2::PartialMatch("nom3", re));
  // Outside a bracket the class gets brackets of its own.
  RE2 word(latin_classes(R"(^\pL+$)"));
  REQUIRE(word.ok());
  CHECK(RE2::FullMatch("Größe", word));
  CHECK_FALSE(RE2::FullMatch("a1", word));
  // The multiplication sign sits among Latin-1's letters and is none.
  CHECK_FALSE(RE2::FullMatch("a×b", word));
  // Uppercase-only classes are left as written.
  CHECK(latin_classes(R"((?-i:\p{Lu}))") == R"((?-i:\p{Lu}))");
}

TEST_CASE("accented error words and nouns still name their category") {
  CHECK(patterns::named_categories("Le prénom de la ministre était erroné.", "fr") ==
        std::vector<Category>{Category::name});
  CHECK(patterns::named_categories("Die Höhe des Betrags wurde falsch angegeben.", "de") ==
        std::vector<Category>{Category::number});
}

TEST_CASE("a year in an account set against what was published is the corrected date") {
  const Case cases[] = {
      {"Correction: Contrary to what we reported on Monday, the bridge opened in 1987.", Category::date},
      {"Rectificatif : Contrairement à ce que nous écrivions hier, le musée a ouvert ses portes en 1936.",
       Category::date},
      {"Errata corrige: Contrariamente a quanto scritto ieri, il ponte fu aperto nel 1871.", Category::date},
      {"Erramos: Diferentemente do publicado ontem, a ponte foi inaugurada em 1974.", Category::date},
  };
  for (const auto& c : cases) check_primary(c, TypeSource::restated);
  // The year the error ran, inside the clause that cites it, is not the account's.
  auto cited = classify_notice(
      "Correction: Contrary to what we reported in 2019, the bridge is owned by the county, not the city.");
  REQUIRE(cited);
  REQUIRE(!cited->error_types.empty());
  CHECK(cited->error_types[0] != Category::date);
  // Without the contrast, a year in the notice is the wording's business.
  auto plain =
      classify_notice("Correction: This story has been updated to reflect that the bridge opened in 1987.");
  REQUIRE(plain);
  REQUIRE(!plain->error_types.empty());
  CHECK(plain->error_types[0] != Category::date);
}

TEST_CASE("a restatement that puts no one value right still says what kind of error it was") {
  const Case cases[] = {
      // A cleft puts the right value in focus; the abbreviations' points do not end the claim.
      {"Correction: A June 3 story said that Gov. Alan R. Pike told the board that Norway had offered to buy "
       "the plant. In fact, it was Denmark that made the offer, according to the minutes.",
       Category::name},
      // The maker of the work, or whose contention the account is.
      {"Correction: A column said the survey of tenants was by the housing charity. It was in fact jointly "
       "designed and conducted by the charity and the city's planning office.",
       Category::attribution},
      {"Correction: A previous headline incorrectly said that a donor lobbied the council for the grant. In "
       "fact, opposition councillors contend that a donor lobbied the council for the grant.",
       Category::attribution},
      // The claim denied: a fact, even with a figure, a time and a job title in it.
      {"Correction: It was incorrectly reported at 9 a.m. on Sept. 4 that the chief executive of Harbour "
       "Foods had resigned. In fact, the chief executive has not resigned.",
       Category::fact},
      {"Correction: A caption implied that the coach regretted the decision. The coach, in fact, does not "
       "regret it.",
       Category::fact},
  };
  for (const auto& c : cases) check_primary(c, TypeSource::restated);
}

TEST_CASE("words set against words in a report of what someone said are a quote error") {
  check_primary({"Correction: Ms. Okafor called the proposal reckless, not risky, at Tuesday's hearing.",
                 Category::quote},
                TypeSource::restated);
  // The article as the speaker says nothing about anyone's words.
  auto m = classify_notice(
      "Correction: An earlier version of this story said the ferry was a gift, not a loan, to the island.");
  REQUIRE(m);
  REQUIRE(!m->error_types.empty());
  CHECK(m->error_types[0] != Category::quote);
}

TEST_CASE("an account that opens against what was published and denies it is a fact, or a quote") {
  check_primary({"Erramos: Diferentemente do publicado ontem, o prefeito de Itu não recebe salário da "
                 "construtora. Ele recebe apenas o salário da prefeitura.",
                 Category::fact},
                TypeSource::restated);
  check_primary({"Erramos: Diferentemente do publicado ontem, os moradores não se referiram à obra da "
                 "ponte. Suas declarações foram genéricas.",
                 Category::quote},
                TypeSource::restated);
  // A negation that sets one value against another is a contrast, read as before.
  check_primary({"Erramos: Diferentemente do publicado ontem, a ponte foi inaugurada em 1974, e não em 1947.",
                 Category::date},
                TypeSource::restated);
  check_primary({"Erramos: Diferentemente do publicado ontem, o prefeito de Itu não é Ademar Souza, mas "
                 "Ademir Souza.",
                 Category::name},
                TypeSource::restated);
}

TEST_CASE("an interview published in error misreported someone's words") {
  check_primary(
      {"Rectificatif : Nous avons publié par erreur, lundi 3 mars, un entretien avec le maire de Brest.",
       Category::quote},
      TypeSource::wording);
  check_primary(
      {"Correction: An interview with the harbour master was published in error and has been removed.",
       Category::quote},
      TypeSource::wording);
}
