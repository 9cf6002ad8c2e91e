// link_notice through audit(): clarifications and updates that add a clause rather than replace words
// are linked to the words they inserted, which are then no stealth edits; a notice naming no error
// type takes the category of the change it links to; corrections are linked in every language.
#include <catch2/catch.hpp>

#include <algorithm>
#include <string>
#include <vector>

#include "revisor/analyze/audit.h"
#include "revisor/base/timestamp.h"
#include "revisor/text/document.h"
#include "revisor/text/article_text.h"
#include "support/article_versions.h"

using namespace revisor;
using namespace revisor::analyze;

namespace {

// Versions seen a day apart.
text::ArticleVersion version_of(const std::string& raw, int number) {
  return test::version_of(raw, number, "2022-03-01T09:00:00Z", 86400);
}

const std::string kHead = "City council bans diesel vans from the old town\n\n";
const std::string kVote = "The council voted 7-2 on Monday to ban diesel vans from the old town.";
const std::string kBan = "The ban applies to delivery vans registered in the region.";
const std::string kShops = "Shop owners said deliveries would cost more under the new rules.";
const std::string kNarrowed = "The ban applies to delivery vans registered in the region after 2015.";

ArticleAudit audit_pair(const std::string& second_ban, const std::string& notice) {
  const std::string v1 = kHead + kVote + "\n\n" + kBan + "\n\n" + kShops + "\n";
  const std::string v2 = kHead + kVote + "\n\n" + second_ban + "\n\n" + kShops + "\n\n" + notice + "\n";
  const std::vector<text::ArticleVersion> history{version_of(v1, 1), version_of(v2, 2)};
  return audit("vans", history);
}

bool links_insertion(const NoticeFinding& f, const std::string& words) {
  return std::any_of(f.links.begin(), f.links.end(), [&](const ChangeRef& l) {
    return l.kind == ChangeKind::edit && l.old_text.empty() && l.new_text.find(words) != std::string::npos;
  });
}

bool flags_insertion(const ArticleAudit& a, const std::string& words) {
  return std::any_of(a.stealth_edits.begin(), a.stealth_edits.end(),
                     [&](const ChangeRef& r) { return r.new_text.find(words) != std::string::npos; });
}

}  // namespace

TEST_CASE("without a notice, a condition added to a claim is a stealth edit", "[analyze]") {
  const std::string v1 = kHead + kVote + "\n\n" + kBan + "\n\n" + kShops + "\n";
  const std::string v2 = kHead + kVote + "\n\n" + kNarrowed + "\n\n" + kShops + "\n";
  const std::vector<text::ArticleVersion> history{version_of(v1, 1), version_of(v2, 2)};
  auto a = audit("vans", history);
  CHECK(flags_insertion(a, "2015"));
}

TEST_CASE("a clarification that names nothing is linked to the clause its version inserted", "[analyze]") {
  auto a = audit_pair(kNarrowed, "Clarification: This story has been clarified.");
  REQUIRE(a.notices.size() == 1);
  CHECK(a.notices[0].notice.kind == NoticeKind::clarification);
  CHECK(links_insertion(a.notices[0], "2015"));
  CHECK(a.notices[0].status == NoticeStatus::supported);
  CHECK_FALSE(flags_insertion(a, "2015"));
}

TEST_CASE("an update notice is linked to a clause added inside a sentence, as to sentences added", "[analyze]") {
  auto a = audit_pair(kNarrowed, "This story has been updated with additional information.");
  REQUIRE(a.notices.size() == 1);
  CHECK(a.notices[0].notice.kind == NoticeKind::update);
  CHECK(links_insertion(a.notices[0], "2015"));
  CHECK_FALSE(flags_insertion(a, "2015"));
}

namespace {

struct Case {
  const char* lang;
  const char* headline;
  const char* before;  // the sentence as first published
  const char* after;   // the same sentence corrected
  const char* other;   // a sentence that stays
  const char* notice;  // restating the corrected fact in that language's forms
};

}  // namespace

TEST_CASE("a correction restating a date or an amount in its own language's forms is linked to that change",
          "[analyze]") {
  const Case cases[] = {
      {"de", "Neue Buslinie zum Klinikum", "Die Linie soll ab dem 1. Oktober im Halbstundentakt fahren.",
       "Die Linie soll ab dem 3. Oktober im Halbstundentakt fahren.", "Die Kosten trägt zum größten Teil das Land.",
       "Korrektur: In einer früheren Version wurde das Datum falsch angegeben. Richtig ist der 3. Oktober."},
      {"es", "Nueva línea de autobús al hospital", "La línea empezará a funcionar el 1 de octubre cada media hora.",
       "La línea empezará a funcionar el 3 de octubre cada media hora.", "El gobierno regional pagará la mayor parte.",
       "Fe de errores: una versión anterior indicaba erróneamente la fecha. La fecha correcta es el 3 de octubre."},
      {"pt", "Nova linha de ônibus até o hospital", "A linha começa a circular em 1 de outubro a cada meia hora.",
       "A linha começa a circular em 3 de outubro a cada meia hora.", "O governo estadual vai pagar a maior parte.",
       "Correção: uma versão anterior informou a data errada. A data correta é 3 de outubro."},
      {"it", "Nuova linea di autobus per l'ospedale", "La linea partirà il 1 ottobre con una corsa ogni mezz'ora.",
       "La linea partirà il 3 ottobre con una corsa ogni mezz'ora.", "La regione pagherà la maggior parte dei costi.",
       "Correzione: una versione precedente riportava una data errata. La data corretta è il 3 ottobre."},
      {"nl", "Nieuwe buslijn naar het ziekenhuis", "De lijn gaat op 1 oktober rijden, elk half uur.",
       "De lijn gaat op 3 oktober rijden, elk half uur.", "De provincie betaalt het grootste deel.",
       "Correctie: in een eerdere versie stond een verkeerde datum. De juiste datum is 3 oktober."},
      {"fr", "Le budget des bus ruraux voté", "Le conseil a voté un budget de 4,2 millions d'euros pour les bus.",
       "Le conseil a voté un budget de 4,5 millions d'euros pour les bus.", "L'opposition a dénoncé un montant insuffisant.",
       "Rectificatif : une version précédente indiquait à tort le montant. Le montant exact est de 4,5 millions d'euros."},
      {"es", "El presupuesto de los autobuses rurales", "El consejo aprobó un presupuesto de 4,2 millones de euros.",
       "El consejo aprobó un presupuesto de 4,5 millones de euros.", "La oposición criticó la cifra como insuficiente.",
       "Fe de errores: se informó erróneamente la cifra del presupuesto. La cifra correcta es de 4,5 millones de euros."},
  };
  for (const Case& c : cases) {
    INFO(c.lang << ": " << c.notice);
    const std::string head = std::string(c.headline) + "\n\n";
    const std::string v1 = head + c.before + "\n\n" + c.other + "\n";
    const std::string v2 = head + c.after + "\n\n" + c.other + "\n\n" + c.notice + "\n";
    const std::vector<text::ArticleVersion> history{version_of(v1, 1), version_of(v2, 2)};
    auto a = audit("local", history);
    CHECK(a.notices.size() == 1);
    if (a.notices.size() != 1) continue;
    CHECK(a.notices[0].notice.language == c.lang);
    CHECK(a.notices[0].status == NoticeStatus::supported);
    CHECK(a.stealth_edits.empty());
  }
}

TEST_CASE("a notice saying a person was misnamed or misidentified links to a name replaced by another name",
          "[analyze]") {
  const std::string head = "Council backs harbor plan\n\n";
  const std::string v1 = head +
                         "The harbor plan was presented by council member John Harris on Monday evening.\n\n"
                         "The plan would add 40 berths for fishing boats.\n";
  // Two changes: the name replaced (not respelled), and a figure the notice does not speak of.
  const std::string v2_body = head +
                              "The harbor plan was presented by council member Maria Lopez on Monday evening.\n\n"
                              "The plan would add 45 berths for fishing boats.\n\n";
  for (const char* notice : {
           "Correction: An earlier version of this story misidentified the council member who presented the plan.",
           "Correction: An earlier version of this article misnamed the council member who presented the plan.",
           "Correction: An earlier version of this story referred to Maria Lopez as John Harris.",
       }) {
    INFO(notice);
    const std::vector<text::ArticleVersion> history{version_of(v1, 1), version_of(v2_body + notice + "\n", 2)};
    auto a = audit("harbor", history);
    REQUIRE(a.notices.size() == 1);
    REQUIRE_FALSE(a.notices[0].links.empty());
    CHECK(a.notices[0].links[0].old_text == "John Harris");
    CHECK(a.notices[0].links[0].new_text == "Maria Lopez");
    CHECK(std::none_of(a.notices[0].links.begin(), a.notices[0].links.end(),
                       [](const ChangeRef& l) { return l.new_text == "45"; }));
  }
}

namespace {

std::vector<text::ArticleVersion> history_of(const std::vector<std::string>& texts) {
  return test::history_of(texts, "2024-05-11T08:00:00Z", 86400);
}

const std::string kHarbourHead = "Harbour plan approved\n\n";

}  // namespace

TEST_CASE("a notice that names no error type takes the category of the change it links to") {
  auto a = audit("h", history_of({kHarbourHead + "The council approved the harbour plan on Tuesday after a long debate.\n",
                               kHarbourHead + "The council approved the harbour plan on Wednesday after a long debate.\n\n"
                                       "Correction: This story has been corrected: the council approved the "
                                       "harbour plan after a long debate.\n"}));
  REQUIRE(a.notices.size() == 1);
  const auto& n = a.notices[0];
  REQUIRE(n.status == NoticeStatus::supported);
  CHECK(n.links[0].category == Category::date);
  REQUIRE(!n.notice.error_types.empty());
  CHECK(n.notice.error_types[0] == Category::date);
  CHECK(n.notice.error_type_sources[0] == TypeSource::change);
}

TEST_CASE("a notice whose words name its error type keeps it whatever it links to") {
  auto a = audit("h", history_of({kHarbourHead + "The harbour master, Jory Tremayne, approved the plan on Tuesday.\n",
                               kHarbourHead + "The harbour master, Jory Tremaine, approved the plan on Tuesday.\n\n"
                                       "Correction: An earlier version of this story misspelled the surname of "
                                       "the harbour master, Jory Tremaine.\n"}));
  REQUIRE(a.notices.size() == 1);
  const auto& n = a.notices[0].notice;
  REQUIRE(!n.error_types.empty());
  CHECK(n.error_types[0] == Category::name);
  CHECK(n.error_type_sources[0] == TypeSource::wording);
}

TEST_CASE("a notice of a misspelled name links to the name's accents restored, which is no stealth edit",
          "[analyze]") {
  const std::string head = "Council backs harbor plan\n\n";
  const std::string v1 = head + "The harbor plan was presented by council member Jose Nunez on Monday evening.\n";
  const std::string v2 = head +
                         "The harbor plan was presented by council member José Núñez on Monday evening.\n\n"
                         "Correction: An earlier version of this story misspelled the name of José Núñez.\n";
  const std::vector<text::ArticleVersion> history{version_of(v1, 1), version_of(v2, 2)};
  auto a = audit("harbor", history);
  REQUIRE(a.notices.size() == 1);
  CHECK(a.notices[0].status == NoticeStatus::supported);
  REQUIRE_FALSE(a.notices[0].links.empty());
  CHECK(a.notices[0].links[0].new_text == "José Núñez");
  CHECK(a.stealth_edits.empty());
  // Without the notice the accents are a typographic edit: nothing to flag.
  const std::vector<text::ArticleVersion> unnoticed{version_of(v1, 1),
                                                    version_of(v2.substr(0, v2.find("\n\nCorrection")) + "\n", 2)};
  auto quiet = audit("harbor", unnoticed);
  CHECK(quiet.stealth_edits.empty());
}
