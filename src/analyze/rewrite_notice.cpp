#include "analyze/rewrite_notice.h"

#include <re2/re2.h>

#include "analyze/notice_patterns.h"

namespace revisor::analyze {
namespace {

// The article as the subject, then within the same sentence a rewrite verb or a verb of change with
// a degree saying "all of it". Requiring the article as subject keeps a correction that restates a
// fact ("An earlier version said the bill was rewritten in May") from reading as a rewrite; a
// notice saying only "has been updated" or "has been corrected" names some changes, not all.
const RE2& rewrite_rule() {
  static const RE2 rule(
      R"(\b(?:article|story|piece|post|report|column|texte|artikel|beitrag|text|bericht|art[íi]culo|nota|)"
      R"(noticia|not[íi]cia|texto|artigo|reportagem|mat[ée]ria|articolo|pezzo|testo|stuk)\b[^.!?]{0,80}?)"
      R"((?:)"
      // en
      R"(\brewritten\b|\b(?:significantly|substantially|substantively|extensively|heavily|thoroughly|completely|)"
      R"(entirely|fully|largely) (?:revised|rewritten|reworked|restructured|changed|updated|edited|amended|altered)\b|)"
      R"(\b(?:revised|updated|edited|changed) throughout\b|\bsubstantial (?:changes|revisions|edits)\b|)"
      // fr
      R"(\br[ée][ée]crit|\b(?:profond[ée]ment|enti[èe]rement|largement|substantiellement|consid[ée]rablement) )"
      R"((?:modifi|remani|r[ée]vis|r[ée][ée]crit|mis [àa] jour)|)"
      // de
      R"(\bumgeschrieben|\bneu geschrieben|\b(?:grundlegend|vollst[äa]ndig|komplett|weitgehend|umfassend|stark) )"
      R"((?:[üu]berarbeitet|ge[äa]ndert|aktualisiert)|)"
      // es, pt
      R"(\breescrit[oa]|\b(?:sustancial|profunda|completa|total|substancial|significativa)mente )"
      R"((?:modificad|revisad|actualizad|alterad|reformulad|atualizad|reescrit)|)"
      // it
      R"(\briscritt[oa]|\b(?:sostanzialmente|profondamente|completamente|interamente) (?:modificat|rivist|aggiornat)|)"
      // nl
      R"(\bherschreven|\b(?:ingrijpend|grondig|volledig|sterk) (?:gewijzigd|herzien|aangepast|bijgewerkt))"
      R"())",
      patterns::regex_options());
  return rule;
}

}  // namespace

bool says_rewritten(std::string_view text) noexcept {
  const RE2& rule = rewrite_rule();
  return rule.ok() && RE2::PartialMatch(text, rule);
}

bool accounts_for_whole_version(const Notice& notice) noexcept {
  return notice.kind == NoticeKind::retraction || says_rewritten(notice.text);
}

}  // namespace revisor::analyze
