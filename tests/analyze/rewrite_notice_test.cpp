// accounts_for_whole_version: retractions and notices saying the article was rewritten, in every
// language revisor reads, and the notices that name only some changes.
#include "analyze/rewrite_notice.h"

#include <catch2/catch.hpp>
#include <string>

using revisor::analyze::accounts_for_whole_version;
using revisor::analyze::Notice;
using revisor::analyze::NoticeKind;

namespace {

Notice notice(NoticeKind kind, const std::string& text) {
  Notice n;
  n.kind = kind;
  n.text = text;
  return n;
}

}  // namespace

TEST_CASE("a retraction accounts for every change of its version, whatever it says", "[analyze]") {
  CHECK(accounts_for_whole_version(notice(NoticeKind::retraction, "We have withdrawn this report.")));
}

TEST_CASE("a notice saying the article was rewritten accounts for every change, in each language", "[analyze]") {
  for (const char* text : {
           "Editor's note: This article has been substantially revised since it was first published.",
           "This story was rewritten after the council released its full minutes.",
           "The report has been updated throughout with figures from the ministry.",
           "Note de la rédaction : cet article a été profondément remanié après sa publication.",
           "Anmerkung der Redaktion: Dieser Artikel wurde grundlegend überarbeitet.",
           "Nota del editor: este artículo fue sustancialmente modificado tras su publicación.",
           "Nota da redação: o texto foi reescrito com novas informações.",
           "Nota della redazione: l'articolo è stato profondamente modificato.",
           "Noot van de redactie: dit artikel is ingrijpend herzien.",
       }) {
    INFO(text);
    CHECK(accounts_for_whole_version(notice(NoticeKind::editors_note, text)));
  }
}

TEST_CASE("a notice naming some changes, or restating a fact about a rewrite, accounts only for those",
          "[analyze]") {
  for (const char* text : {
           "This story has been updated with additional information.",
           "Correction: An earlier version of this article misstated the date of the vote.",
           "An earlier version said the bill was rewritten in May. It was rewritten in June.",
           "Clarification: The mayor's statement has been amended to include her full remarks.",
           "Dieser Artikel wurde aktualisiert.",
       }) {
    INFO(text);
    CHECK_FALSE(accounts_for_whole_version(notice(NoticeKind::correction, text)));
  }
}
