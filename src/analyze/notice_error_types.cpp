#include "analyze/notice_error_types.h"

#include <re2/re2.h>

#include <algorithm>
#include <array>
#include <iterator>
#include <memory>
#include <mutex>
#include <string>

#include "analyze/notice_patterns.h"
#include "revisor/base/error.h"

namespace revisor::analyze::patterns {

namespace {

// RE2's \b knows ASCII letters only: "à tort" or "Datum falsch" need a boundary that knows them all.
#define B0 R"((?:^|[^\pL\pN_]))"
#define B1 R"((?:[^\pL\pN_]|$))"
// Up to three words between the error word and what was wrong ("misstated the woman's age").
#define GAP R"(((?:[\pL\pN'’-]+\s+){0,3}?))"
// Bytes within one sentence between what was wrong and the error word after it: German and Dutch
// put that word at the end of the clause ("wurde der Vorname der Ministerin falsch geschrieben").
#define TAIL R"(([^.;:!?]{0,50}?))"
#define LONG_TAIL R"(([^.;:!?]{0,130}?))"

// One language's error wording. Nouns of a category are listed once; `compound` lets German and
// Dutch nouns carry a prefix ("Geburtsdatum", "Vornamen"), only on nouns long enough not to match
// inside unrelated words.
struct Terms {
  const char* language;
  const char* before;  // error words that come before what was wrong
  const char* after;   // error words that come after it
  // Nouns per category, in kNamed's order; a "work" is the title of a book or film: a name.
  const char* work;
  const char* name;
  const char* title;
  const char* date;
  const char* number;
  const char* location;
  const char* quote;
  const char* attribution;
  const char* other;
  // Verbs that carry their category ("misspelled", "misquoted", "misattributed"), per category. A
  // name "incorrectly referred to" is a name error only where a full stop or semicolon ends it after
  // a word of four letters or more ("Sen. Elizabeth Warren.", not "Gov."): "referred to the union as
  // an industry group" mischaracterised the union, a fact.
  const char* name_verbs;
  const char* quote_verbs;
  const char* attribution_verbs;
  // Wording that says the text, not a claim in it, was at fault: it lacked context or clarity ("add
  // context about the number of applicants", "did not make clear that the figures were preliminary"),
  // a draft or superseded version of it was published ("a draft version ... was posted in error"), or
  // a common word in it was misspelled ("misspelled the word").
  // The error is "other", whatever claim the sentence goes on to name.
  const char* about_the_text;
};

constexpr Terms kTerms[] = {
    {"en",
     R"(wrong|incorrect|erroneous|inaccurate|mistaken|misstated|misreported|misidentified|misrepresented|misprinted|mislabel(?:l)?ed|(?:incorrectly|erroneously|mistakenly|wrongly|inaccurately) [\pL-]+|gave (?:an? |the )?(?:wrong|incorrect|inaccurate))",
     R"((?:was|were|is|are|had been|has been) (?:\pL+ )?(?:wrong|incorrect|inaccurate|misstated|misspelled|misspelt|misreported|(?:incorrectly|erroneously|mistakenly|wrongly|inaccurately) [\pL-]+)|wrong|in error)",
     R"(title of (?:the|a|an|his|her|their|this|that|its) (?:book|song|film|movie|album|play|show|series|novel|poem|painting|exhibition|programme|program|documentary|study|report|opera|musical|document|article|paper|bill|law|speech|lecture|episode|podcast|event|conference|course|game|website|publication|magazine|newspaper))",
     R"(name|names|surname|surnames|first name|last name|middle name|nickname|spelling)",
     R"(title|titles|job title|job|position|role|rank|affiliation)",
     R"(date|dates|day|days|year|years|month|months|time|timing|decade|deadline|birthday|anniversary|century|when)",
     R"(number|numbers|amount|amounts|figure|figures|total|cost|costs|price|prices|age|ages|percentage|sum|count|tally|score|size|population|toll|salary|budget|value|rate|margin|distance|height|weight|length|speed|how many|how much)",
     R"(location|place|city|town|village|country|state|county|province|address|venue|site|birthplace|hometown|neighbou?rhood|district|region|capital|where)",
     R"(quote|quotes|quotation|quotations|remark|remarks|comment|comments)",
     R"(source|sources|author|authorship|attribution)",
     R"(photo|photos|photograph|photographs|picture|pictures|image|images|caption|video|graphic|map|chart|illustration)",
     R"(mis(?:spell(?:ed|ing|s)?|spelt|named)|spel(?:led|t) (?-i:\p{Lu})\pL*|misidentified (?:(?-i:\p{Lu})\pL*|him|her|them|the (?:man|woman|person|victim|suspect|company|group|organi[sz]ation))|(?:incorrectly|wrongly|mistakenly|erroneously) (?:referred to|called|named) (?:the |an? )?(?:(?-i:\p{Lu})[\pL'’-]*\.?\s+(?:(?:of|for|and|the)\s+)*)*(?-i:\p{Lu})[\pL'’-]{3,}\s*[.;])",
     R"(misquot\pL*)",
     R"(misattribut\pL*|(?:incorrectly|wrongly|mistakenly|erroneously) (?:attributed|credited|ascribed))",
     R"(add(?:s|ed|ing)? (?:[\pL'’]+ ){0,2}context|(?:omitted|lacked|without) (?:[\pL'’]+ ){0,2}context|did not make (?:it )?clear|further clarif\pL*|draft (?:version )?(?:[\pL'’]+ ){0,6}(?:was|were|had been) (?:posted|published) (?:in error|by mistake|mistakenly|erroneously|accidentally)|(?:mistakenly|erroneously|accidentally) (?:posted|published) (?:an? |the )?draft|misspel\pL* the word)"},
    {"fr",
     R"(à tort|par erreur|erronément|de (?:manière|façon) erronée|incorrectement|mauvaise?|erreur (?:sur|dans|de)|tromp\pL* (?:de|sur))",
     R"(erroné\pL*|inexact\pL*|incorrect\pL*|faux|fausse|à tort|par erreur)",
     R"(titre (?:du|de la|de l['’]|de son|de sa|de leur) ?(?:livre|film|roman|chanson|album|pièce|spectacle|série|exposition|documentaire|rapport|ouvrage|opéra))",
     R"(nom|noms|prénom|prénoms|patronyme|orthographe)",
     R"(titre|titres|fonction|fonctions|poste|grade|qualité)",
     R"(date|dates|jour|année|années|mois|heure|décennie|siècle|quand)",
     R"(montant|montants|nombre|chiffre|chiffres|coût|prix|âge|somme|total|bilan|pourcentage|taux|combien)",
     R"(lieu|lieux|ville|pays|endroit|adresse|commune|région|département|où)",
     R"(citation|citations|propos|déclaration)",
     R"(source|sources|auteur|auteurs)",
     R"(photo|photos|photographie|image|images|légende|vidéo|illustration|graphique|carte)",
     R"(mal orthographi\pL*|écorch\pL*)",
     R"(mal cit\pL*|cit\pL* (?:à tort|par erreur|de (?:manière|façon) erronée))",
     R"(attribu\pL* (?:à tort|par erreur)|(?:à tort|par erreur) attribu\pL*)",
     R"((?:ajout\pL*|ajouter|omis|manquait) (?:[\pL'’]+ ){0,2}contexte|contexte (?:manquant|supplémentaire)|version (?:provisoire|non définitive) (?:[\pL'’]+ ){0,6}a été publiée (?:par erreur|à tort))"},
    {"de",
     R"(falsche[nmrs]?|fehlerhafte[nmrs]?|unrichtige[nmrs]?|unzutreffende[nmrs]?|fälschlich(?:erweise)?|irrtümlich(?:erweise)?|versehentlich)",
     R"(falsch|fälschlich(?:erweise)?|irrtümlich(?:erweise)?|fehlerhaft|unrichtig|unzutreffend|nicht korrekt)",
     R"(titel (?:des|der|seines|ihres|eines) (?:buch(?:es|s)?|films?|romans?|lied(?:es|s)?|albums?|stück(?:es|s)?|serie|ausstellung|dokumentarfilms?|bericht(?:es|s)?|werk(?:es|s)?|oper))",
     R"(\pL*namens?|\pL*namen|schreibweise)",
     R"(\pL*titel|funktion|amt|amtes|position|dienstgrad|berufsbezeichnung|rolle)",
     R"(\pL*datum|\pL*daten|tag|tages|jahr|jahres|jahreszahl|monat|monats|uhrzeit|zeitpunkt|termin|wann)",
     R"(\pL*zahl|\pL*zahlen|betrag|\pL*betrags|summe|höhe|kosten|preis|preises|alter|alters|prozentsatz|wert|wie viele|wie viel)",
     R"(ort|ortes|orts|stadt|land|landes|adresse|wohnort|standort|geburtsort|schauplatz|wo)",
     R"(zitat|zitate|zitats|äußerung|äußerungen|aussage)",
     R"(quelle|quellen|urheber|autor|autorin)",
     R"(foto|fotos|bild|bilder|bildunterschrift|video|grafik|karte)",
     R"(falsch (?:geschrieben|buchstabiert)\pL*)",
     R"(falsch zitiert|(?:fälschlich|irrtümlich)\pL* zitiert)",
     R"((?:falsch|fälschlich\pL*|irrtümlich\pL*) zu(?:geordnet|geschrieben)|zugeordnet|zugeschrieben)",
     R"(kontext (?:ergänzt|hinzugefügt|fehlte)|(?:fehlende[nmrs]?|zusätzliche[nmrs]?|mehr) kontext|nicht (?:klar|deutlich) gemacht|(?:entwurf|vorläufige fassung) (?:[\pL'’]+ ){0,6}(?:versehentlich|irrtümlich|fälschlich\pL*) veröffentlicht)"},
    {"es",
     R"(err[óo]neamente|equivocadamente|incorrectamente|por error|de (?:forma|manera) (?:err[óo]nea|incorrecta|equivocada)|equivocad[oa]s?|err[óo]ne[oa]s?|incorrect[oa]s?|nos equivocamos (?:de|en|con))",
     R"(err[óo]ne[oa]s?|equivocad[oa]s?|incorrect[oa]s?|err[óo]neamente|por error|mal escrit[oa]s?|no (?:era|es) correct[oa])",
     R"(título (?:del|de la|de su|de un|de una) (?:libro|película|novela|canción|álbum|obra|serie|exposición|documental|informe|ópera))",
     R"(nombre|nombres|apellido|apellidos|ortografía)",
     R"(cargo|cargos|título|puesto|rango|función)",
     R"(fecha|fechas|día|año|años|mes|hora|década|siglo|cuándo)",
     R"(cifra|cifras|número|cantidad|monto|importe|costo|coste|precio|edad|suma|total|porcentaje|balance|cuántos|cuánto)",
     R"(lugar|ciudad|país|dirección|sitio|localidad|provincia|región|dónde)",
     R"(cita|citas|declaración|declaraciones|frase)",
     R"(fuente|fuentes|autor|autora|autoría)",
     R"(foto|fotos|fotografía|imagen|imágenes|pie de foto|video|vídeo|gráfico|mapa)",
     R"(mal escrit[oa]s?)",
     R"(citad[oa]s? (?:err[óo]neamente|incorrectamente|equivocadamente|por error))",
     R"(atribu\pL* (?:err[óo]neamente|por error|equivocadamente|incorrectamente)|(?:err[óo]neamente|por error|equivocadamente|incorrectamente) atribu\pL*)",
     R"((?:añad\pL*|agreg\pL*|omiti\pL*|omitió) (?:[\pL'’]+ ){0,2}contexto|contexto (?:adicional|omitido)|se public[oó] (?:una|la) versi[oó]n (?:anterior|preliminar))"},
    {"pt",
     R"(erroneamente|incorretamente|equivocadamente|por engano|por erro|errou(?: n?[oa]s?)?|errad[oa]s?|incorret[oa]s?|equivocad[oa]s?)",
     R"(errad[oa]s?|incorret[oa]s?|equivocad[oa]s?|erroneamente|incorretamente|por engano|não (?:é|era|está) corret[oa])",
     R"(título (?:do|da|de seu|de sua|de um|de uma) (?:livro|filme|romance|canção|álbum|peça|série|exposição|documentário|relatório|ópera))",
     R"(nome|nomes|sobrenome|sobrenomes|grafia)",
     R"(cargo|cargos|título|função|posto)",
     R"(data|datas|dia|ano|anos|mês|hora|década|século|quando)",
     R"(número|valor|valores|quantia|montante|cifra|custo|preço|idade|soma|total|percentual|porcentagem|salário|quantos|quanto)",
     R"(local|cidade|país|endereço|lugar|localidade|região|onde)",
     R"(citação|citações|declaração|declarações|frase|fala)",
     R"(fonte|fontes|autor|autora|autoria)",
     R"(foto|fotos|fotografia|imagem|imagens|legenda|vídeo|gráfico|mapa)",
     R"(grafad[oa]s? (?:errad|incorret)\pL*)",
     R"(citad[oa]s? (?:erroneamente|incorretamente|equivocadamente))",
     R"((?:indevidamente|erroneamente|incorretamente|equivocadamente) atribu\pL*|atribu\pL* (?:indevidamente|erroneamente|incorretamente|por engano))",
     R"((?:acrescent\pL*|adicion\pL*|omiti\pL*|omitiu) (?:[\pL'’]+ ){0,2}contexto|contexto (?:adicional|omitido)|foi publicad[ao] (?:uma|a) vers[aã]o (?:anterior|preliminar))"},
    {"it",
     R"(erroneamente|per errore|in modo (?:errato|sbagliato)|sbagliat[oaie]|errat[oaie]|sbagliato)",
     R"(sbagliat[oaie]|errat[oaie]|erroneamente|per errore|non (?:era|è) corrett[oaie])",
     R"(titolo (?:del|della|dello|di un|di una) (?:libro|film|romanzo|canzone|album|spettacolo|serie|mostra|documentario|rapporto|opera))",
     R"(nome|nomi|cognome|cognomi|grafia)",
     R"(carica|titolo|ruolo|qualifica|incarico)",
     R"(data|date|giorno|anno|anni|mese|ora|decennio|secolo|quando)",
     R"(numero|cifra|cifre|importo|costo|prezzo|età|somma|totale|percentuale|bilancio|quanti|quanto)",
     R"(luogo|città|paese|indirizzo|località|regione|dove)",
     R"(citazione|citazioni|frase|dichiarazione|dichiarazioni)",
     R"(fonte|fonti|autore|autrice)",
     R"(foto|fotografia|immagine|immagini|didascalia|video|grafico|mappa)",
     R"(scritt[oa] (?:male|in modo errato))",
     R"(citat[oa] (?:erroneamente|in modo errato|per errore))",
     R"((?:erroneamente|per errore) attribuit\pL*|attribuit\pL* (?:erroneamente|per errore))",
     R"((?:aggiunt\pL*|aggiunge\pL*|omess\pL*) (?:[\pL'’]+ ){0,2}contesto|contesto (?:aggiuntivo|mancante)|(?:è stata|era stata) pubblicata una versione (?:precedente|provvisoria))"},
    {"nl",
     R"(verkeerde?|onjuiste?|foutieve?|ten onrechte|abusievelijk|per abuis)",
     R"(verkeerd|onjuist|foutief|fout|ten onrechte|niet juist|niet correct)",
     R"(titel van (?:het|de|zijn|haar|een) (?:boek|film|roman|lied|album|voorstelling|serie|tentoonstelling|documentaire|rapport|opera))",
     R"(\pL*naam|\pL*namen|spelling)",
     R"(functie|titel|rol|rang)",
     R"(\pL*datum|dag|jaar|jaartal|maand|tijdstip|wanneer)",
     R"(aantal|bedrag|getal|cijfer|cijfers|kosten|prijs|leeftijd|percentage|hoeveel)",
     R"(plaats|stad|land|adres|locatie|woonplaats|geboorteplaats)",
     R"(citaat|citaten|uitspraak|uitspraken)",
     R"(bron|bronnen|auteur)",
     R"(foto|foto's|afbeelding|beeld|bijschrift|video|grafiek|kaart)",
     R"(verkeerd gespeld|verkeerd geschreven)",
     R"(verkeerd geciteerd)",
     R"((?:ten onrechte|verkeerd|abusievelijk) toegeschreven)",
     R"(context (?:toegevoegd|ontbrak)|(?:meer|extra|ontbrekende) context|niet duidelijk gemaakt|(?:conceptversie|voorlopige versie) (?:[\pL'’]+ ){0,6}(?:per abuis|per ongeluk|abusievelijk) gepubliceerd)"},
};

// A word in the gap that opens a new clause: what follows is not what the error word is about
// ("incorrectly reported that the city ..." names no location as wrong).
const RE2& clause_word() {
  static const RE2 re(B0 R"((?:that|which|because|que|qui|dass|weil|che|perché|porque|dat|omdat)\s)",
                      regex_options());
  return re;
}

struct NamedRule {
  Category category;
  std::unique_ptr<RE2> re;  // group 1: the words between the error word and the noun (may be empty)
};

std::unique_ptr<RE2> compile_rule(const std::string& written) { return compile_latin(written, "error-type"); }

std::vector<NamedRule> build_rules(const Terms& t) {
  std::vector<NamedRule> rules;
  const std::string_view lang = t.language;
  const char* tail = lang == "de" || lang == "nl" ? LONG_TAIL : TAIL;
  const std::pair<Category, const char*> nouns[] = {
      {Category::name, t.work},         {Category::name, t.name},     {Category::title, t.title},
      {Category::date, t.date},         {Category::number, t.number}, {Category::location, t.location},
      {Category::quote, t.quote},       {Category::attribution, t.attribution},
      {Category::other, t.other},
  };
  const std::pair<Category, const char*> verbs[] = {
      {Category::attribution, t.attribution_verbs},
      {Category::quote, t.quote_verbs},
      {Category::name, t.name_verbs},
  };
  // Verbs first: "misattributed a quote" is an attribution error, not a quote's.
  for (const auto& [c, v] : verbs) {
    rules.push_back({c, compile_rule(std::string(B0 "(?:") + v + ")()" + B1)});
  }
  for (const auto& [c, n] : nouns) {
    rules.push_back({c, compile_rule(std::string(B0 "(?:") + t.before + R"()\s+)" GAP "(?:" + n + ")" B1)});
    rules.push_back({c, compile_rule(std::string(B0 "(?:") + n + ")" B1 + tail + "(?:" + t.after + ")" B1)});
  }
  return rules;
}

struct LanguageRules {
  std::vector<NamedRule> named;
  std::unique_ptr<RE2> about_the_text;
};

// Each language's rules are compiled the first time a notice in that language needs them: compiling
// all seven languages' at once was a third of the CPU of auditing a 957-transition store, and every
// other audit thread waited for it.
const LanguageRules& rules_for(std::string_view language) {
  constexpr std::size_t kLanguages = std::size(kTerms);
  static std::array<std::once_flag, kLanguages> compiled;
  static std::array<LanguageRules, kLanguages> rules;
  std::size_t i = 0;  // an unknown language reads as the first (English)
  while (i < kLanguages && language != kTerms[i].language) ++i;
  if (i == kLanguages) i = 0;
  std::call_once(compiled[i], [i] {
    rules[i].named = build_rules(kTerms[i]);
    rules[i].about_the_text = compile_rule(std::string(B0 "(?:") + kTerms[i].about_the_text + ")" B1);
  });
  return rules[i];
}

void add_once(std::vector<StatedType>& out, Category c, TypeSource s) {
  if (std::none_of(out.begin(), out.end(), [&](const StatedType& t) { return t.category == c; })) {
    out.push_back({c, s});
  }
}

}  // namespace

// The rules are written with Unicode's classes and compiled with the Latin script's letters, which
// the seven languages are written in: RE2 turns \pL into an automaton of every script's letters,
// and building the English rules took a process a tenth of a second at its first notice. A letter
// of another script beside these words is then a word boundary, which no notice here puts there.
std::string latin_classes(std::string_view pattern) {
  static constexpr std::string_view kLetters =
      R"(a-zA-Z\x{AA}\x{B5}\x{BA}\x{C0}-\x{D6}\x{D8}-\x{F6}\x{F8}-\x{24F})";
  static constexpr std::string_view kDigits = "0-9";
  std::string out;
  out.reserve(pattern.size() * 2);
  bool in_class = false;
  for (std::size_t i = 0; i < pattern.size(); ++i) {
    const char c = pattern[i];
    if (c == '\\' && i + 1 < pattern.size()) {
      const char next = pattern[i + 1];
      if (next == 'p' && i + 2 < pattern.size() && (pattern[i + 2] == 'L' || pattern[i + 2] == 'N')) {
        const std::string_view range = pattern[i + 2] == 'L' ? kLetters : kDigits;
        if (in_class) {
          out += range;
        } else {
          out.append("[").append(range).append("]");
        }
        i += 2;
        continue;
      }
      out += c;
      out += next;
      ++i;
      continue;
    }
    if (c == '[' || c == ']') in_class = c == '[';
    out += c;
  }
  return out;
}

std::unique_ptr<RE2> compile_latin(const std::string& written, std::string_view what) {
  const std::string pattern = latin_classes(written);
  auto re = std::make_unique<RE2>(pattern, regex_options());
  if (!re->ok())
    throw Error(ErrorKind::internal, std::string(what) + " pattern " + pattern + ": " + re->error());
  return re;
}

std::vector<Category> named_categories(std::string_view body, std::string_view language) {
  struct Hit {
    std::size_t at;
    std::size_t rule;
  };
  std::vector<Hit> hits;
  const auto& rules = rules_for(language).named;
  re2::StringPiece input(body.data(), body.size());
  for (std::size_t r = 0; r < rules.size(); ++r) {
    std::size_t pos = 0;
    re2::StringPiece m[2];
    while (pos <= body.size() && rules[r].re->Match(input, pos, input.size(), RE2::UNANCHORED, m, 2)) {
      const bool new_clause = !m[1].empty() && RE2::PartialMatch(m[1], clause_word());
      if (!new_clause) {
        hits.push_back({static_cast<std::size_t>(m[0].data() - body.data()), r});
        break;
      }
      pos = static_cast<std::size_t>(m[0].data() - body.data()) + 1;
    }
  }
  std::sort(hits.begin(), hits.end(),
            [](const Hit& a, const Hit& b) { return a.at != b.at ? a.at < b.at : a.rule < b.rule; });
  std::vector<Category> out;
  for (const auto& h : hits) {
    Category c = rules[h.rule].category;
    if (std::find(out.begin(), out.end(), c) == out.end()) out.push_back(c);
  }
  return out;
}

std::vector<StatedType> stated_error_types(std::string_view body, std::string_view language,
                                           std::string_view corrected_fact) {
  std::vector<StatedType> out;
  if (RE2::PartialMatch(re2::StringPiece(body.data(), body.size()), *rules_for(language).about_the_text)) {
    add_once(out, Category::other, TypeSource::wording);
  }
  for (Category c : named_categories(body, language)) add_once(out, c, TypeSource::wording);
  for (Category c : contrasted_categories(body, language)) add_once(out, c, TypeSource::restated);
  for (Category c : error_types(body)) add_once(out, c, TypeSource::wording);
  for (Category c : contrary_account_categories(body)) add_once(out, c, TypeSource::restated);
  for (Category c : restated_value_categories(body, corrected_fact)) add_once(out, c, TypeSource::restated);
  // "other" (a photo, a typo) only when nothing names a kind of claim, unless the wording itself
  // says the photo or caption was what was wrong.
  if (out.size() > 1 && !(out.front().category == Category::other && out.front().source == TypeSource::wording)) {
    out.erase(std::remove_if(out.begin(), out.end(), [](const StatedType& t) { return t.category == Category::other; }),
              out.end());
  }
  return out;
}

#undef B0
#undef B1
#undef GAP
#undef TAIL
#undef LONG_TAIL

}  // namespace revisor::analyze::patterns
