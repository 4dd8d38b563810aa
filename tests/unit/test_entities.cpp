// Entities, coreference and roles, on passages written for these tests.
#include <doctest/doctest.h>

#include <algorithm>
#include <initializer_list>
#include <fstream>

#include "newskg/error.hpp"
#include "newskg/extract/extractor.hpp"
#include "newskg/ingest/ingest.hpp"
#include "newskg/lexicon/knowledge.hpp"

using namespace newskg;
using namespace newskg::extract;

namespace {

extract::Extraction run(const std::string& text, const std::string& date = "2021-12-10",
                        const lexicon::Knowledge* knowledge = nullptr) {
  NullDiagnostics diagnostics;
  ingest::Metadata metadata;
  metadata.date = date;
  ingest::Article article = ingest::make_article(text, metadata, {"test", 0}, {}, diagnostics);
  return extract::extract(article, knowledge ? *knowledge : *lexicon::Knowledge::standard(), diagnostics);
}

const Entity* find(const Extraction& extraction, const std::string& name) {
  for (const auto& entity : extraction.entities) {
    if (entity.name == name) return &entity;
    if (std::find(entity.aliases.begin(), entity.aliases.end(), name) != entity.aliases.end()) return &entity;
  }
  return nullptr;
}

// Each of `names` is found and is an organization.
void check_kind(const Extraction& extraction, EntityKind kind, std::initializer_list<const char*> names) {
  for (const char* name : names) {
    INFO(std::string(name));
    REQUIRE(find(extraction, name) != nullptr);
    CHECK(find(extraction, name)->kind == kind);
  }
}

void check_organizations(const Extraction& extraction, std::initializer_list<const char*> names) {
  check_kind(extraction, EntityKind::organization, names);
}

void check_places(const Extraction& extraction, std::initializer_list<const char*> names) {
  check_kind(extraction, EntityKind::place, names);
}

std::size_t count_named(const Extraction& extraction) {
  return static_cast<std::size_t>(std::count_if(extraction.entities.begin(), extraction.entities.end(),
                                                [](const Entity& e) { return !e.mentions.empty(); }));
}

}  // namespace

TEST_CASE("recogniser rules") {
  struct Case {
    const char* text;
    const char* name;
    EntityKind kind;
    const char* rule;  // the rule of its first mention
  };
  const Case cases[] = {
      {"Talks\n\nThe envoy arrived in Kazakhstan on Monday.", "Kazakhstan", EntityKind::place, "lexicon"},
      {"Talks\n\nOfficials met in Geneva.", "Geneva", EntityKind::place, "lexicon"},
      {"Talks\n\nNATO said nothing.", "NATO", EntityKind::organization, "lexicon"},
      {"Talks\n\nSpokeswoman Anna Kowalczyk declined to comment.", "Anna Kowalczyk", EntityKind::person, "title-name"},
      {"Talks\n\nThe report was written by Mr. Osterhagen last year.", "Osterhagen", EntityKind::person,
       "honorific-name"},
      {"Talks\n\nThe plan was drafted by Margaret Vinterberg and her staff.", "Margaret Vinterberg",
       EntityKind::person, "given-name"},
      {"Talks\n\nThe Baltic Grain Exporters Association objected.", "Baltic Grain Exporters Association",
       EntityKind::organization, "org-head"},
      {"Talks\n\nThe ship sailed into the Gulf of Tessaly.", "Gulf of Tessaly", EntityKind::place, "place-head"},
      {"Talks\n\n\"We will not wait,\" Kravchenko said.", "Kravchenko", EntityKind::person, "speaker"},
      {"Talks\n\nThe deal was signed by the KRZW board.", "KRZW", EntityKind::organization, "acronym"},
  };
  for (const auto& c : cases) {
    std::string passage = c.text;
    INFO(passage);
    Extraction extraction = run(c.text);
    const Entity* entity = find(extraction, c.name);
    REQUIRE(entity != nullptr);
    CHECK(entity->kind == c.kind);
    REQUIRE_FALSE(entity->mentions.empty());
    CHECK(entity->mentions.front().rule == c.rule);
  }
}

TEST_CASE("capitalisation alone is not a name: sentence starts, headlines, all caps") {
  Extraction sentence_start = run("Talks\n\nMeanwhile prices rose. Joint efforts failed.");
  CHECK(count_named(sentence_start) == 0);

  Extraction headline = run("Leaders Spoke By Phone About Trade And Security\n\nThe call was short.");
  CHECK(count_named(headline) == 0);

  Extraction caps = run("MINISTERS MEET IN BRUSSELS OVER GERMANY BUDGET\n\nThe meeting was short.");
  const Entity* brussels = find(caps, "BRUSSELS");
  REQUIRE(brussels != nullptr);
  CHECK(brussels->kind == EntityKind::place);
  CHECK(find(caps, "MINISTERS") == nullptr);
}

TEST_CASE("coreference: surnames, lexicon aliases, acronyms; each entity once with all its names") {
  Extraction extraction = run(
      "Talks\n\nRussian President Vladimir Putin met Margaret Vinterberg. Putin said little. Vinterberg "
      "spoke of the Baltic Grain Exporters Association. The BGEA will reply.");
  const Entity* putin = find(extraction, "Vladimir Putin");
  REQUIRE(putin != nullptr);
  CHECK(putin->aliases == std::vector<std::string>{"Putin"});
  CHECK(putin->mentions.size() == 2);
  CHECK(putin->canonical == "Vladimir Putin");
  CHECK(putin->lexicon_entry.has_value());  // no Wikidata id: people have no sourced one (issue #12)
  const Entity* vinterberg = find(extraction, "Margaret Vinterberg");
  REQUIRE(vinterberg != nullptr);
  CHECK(vinterberg->aliases == std::vector<std::string>{"Vinterberg"});
  const Entity* association = find(extraction, "BGEA");
  REQUIRE(association != nullptr);
  CHECK(association->name == "Baltic Grain Exporters Association");
  std::size_t putins = static_cast<std::size_t>(std::count_if(
      extraction.entities.begin(), extraction.entities.end(),
      [](const Entity& e) { return e.name.find("Putin") != std::string::npos; }));
  CHECK(putins == 1);
}

TEST_CASE("the dateline names a place under its normal capitalisation and the agency") {
  Extraction extraction = run("Headline\n\nNEW YORK, March 3 (Reuters) - Stocks fell.");
  REQUIRE(extraction.dateline_place);
  CHECK(extraction.entities[*extraction.dateline_place].name == "New York");
  CHECK(extraction.entities[*extraction.dateline_place].aliases.empty());
  REQUIRE(extraction.publisher);
  CHECK(extraction.entities[*extraction.publisher].name == "Reuters");
}

TEST_CASE("a TASS dateline's region is a place of the article") {
  Extraction extraction = run("Headline\n\nZAVIDOVO /Tver Region/, June 4. /TASS/. The talks began.");
  REQUIRE(extraction.dateline_place);
  CHECK(extraction.entities[*extraction.dateline_place].name == "Zavidovo");
  const Entity* region = find(extraction, "Tver Region");
  REQUIRE(region != nullptr);
  CHECK(region->kind == EntityKind::place);
}

TEST_CASE("generic nouns and codes are no names; a named body is") {
  // "the Swedish government" is a generic noun with a demonym; "the Government of Sweden" names it.
  Extraction generic = run("Talks\n\nThe Swedish government paid USD 300 million to Kenya's military.");
  CHECK(find(generic, "Swedish government") == nullptr);
  CHECK(find(generic, "USD") == nullptr);
  CHECK(find(generic, "Kenya's military") == nullptr);
  Extraction named = run("Talks\n\nThe Government of Sweden and the Foreign & Commonwealth Office agreed.");
  const Entity* government = find(named, "Government of Sweden");
  REQUIRE(government != nullptr);
  CHECK(government->kind == EntityKind::organization);
  const Entity* office = find(named, "Foreign & Commonwealth Office");
  REQUIRE(office != nullptr);
  CHECK(office->kind == EntityKind::organization);
}

TEST_CASE("roles: title, organization or country, date observed") {
  struct Case {
    const char* text;
    const char* person;
    const char* title;
    const char* organization;  // empty: none
  };
  const Case cases[] = {
      {"Talks\n\nRussian President Vladimir Putin spoke.", "Vladimir Putin", "Russian President", "Russia"},
      {"Talks\n\nRussia's Deputy Foreign Minister Sergey Ryabkov spoke.", "Sergey Ryabkov", "Deputy Foreign Minister",
       "Russia"},
      {"Talks\n\nPresident of France Emmanuel Macron spoke.", "Emmanuel Macron", "President of France", "France"},
      {"Talks\n\nThe presidential aide Yuri Ushakov spoke.", "Yuri Ushakov", "presidential aide", ""},
      {"Talks\n\nAnna Kowalczyk, the Polish Foreign Minister, spoke.", "Anna Kowalczyk", "Polish Foreign Minister",
       "Poland"},
  };
  for (const auto& c : cases) {
    std::string passage = c.text;
    INFO(passage);
    Extraction extraction = run(c.text);
    const Entity* person = find(extraction, c.person);
    REQUIRE(person != nullptr);
    auto person_id = static_cast<EntityId>(person - extraction.entities.data());
    auto role = std::find_if(extraction.roles.begin(), extraction.roles.end(),
                             [&](const Role& r) { return r.person == person_id; });
    REQUIRE(role != extraction.roles.end());
    CHECK(role->title == c.title);
    CHECK(role->date == "2021-12-10");
    if (*c.organization) {
      REQUIRE(role->organization);
      CHECK(extraction.entities[*role->organization].name == c.organization);
    } else {
      CHECK_FALSE(role->organization);
    }
    REQUIRE_FALSE(role->evidence.empty());
  }
}

TEST_CASE("a country known only from a demonym is a role's organization, not a mention") {
  Extraction extraction = run("Talks\n\nBelgian Foreign Minister Jean Dumortier spoke.");
  const Entity* belgium = find(extraction, "Belgium");
  REQUIRE(belgium != nullptr);
  CHECK(belgium->mentions.empty());
}

TEST_CASE("user lexicons add entries; a broken one is an error naming file and line") {
  std::string good = "test_entities_good.ttl";
  std::string bad = "test_entities_bad.ttl";
  {
    std::ofstream out(good);
    out << "@prefix skos: <http://www.w3.org/2004/02/skos/core#> .\n"
           "@prefix schema: <http://schema.org/> .\n"
           "<https://example.org/lex/q> a schema:Organization ;\n"
           "  skos:prefLabel \"Quillfeather Syndicate\" ;\n  skos:altLabel \"QFS\" .\n";
  }
  {
    std::ofstream out(bad);
    out << "@prefix skos: <http://www.w3.org/2004/02/skos/core#> .\n\n"
           "<https://example.org/lex/x> skos:prefLabel \"unterminated ;\n";
  }
  auto knowledge = lexicon::Knowledge::load({good});
  Extraction extraction = run("Talks\n\nThe QFS said the Quillfeather Syndicate agreed.", "2021-12-10", knowledge.get());
  const Entity* syndicate = find(extraction, "Quillfeather Syndicate");
  REQUIRE(syndicate != nullptr);
  CHECK(syndicate->kind == EntityKind::organization);
  CHECK(syndicate->aliases == std::vector<std::string>{"QFS"});

  try {
    lexicon::Knowledge::load({bad});
    FAIL("a broken lexicon was accepted");
  } catch (const Error& error) {
    CHECK(error.status() == Status::bad_syntax);
    CHECK(error.where().file == bad);
    CHECK(error.where().line == 3);
  }
  CHECK_THROWS_AS(lexicon::Knowledge::load({"no-such-lexicon.ttl"}), Error);
  std::remove(good.c_str());
  std::remove(bad.c_str());
}

TEST_CASE("dates become date values with their mentions") {
  Extraction extraction = run("Talks\n\nThey spoke on Tuesday and will meet again in January.");
  REQUIRE(extraction.dates.size() == 2);
  CHECK(extraction.dates[0].value == "2021-12-07");
  CHECK(extraction.dates[0].granularity == "day");
  CHECK(extraction.dates[1].value == "2022-01");
  CHECK(extraction.dates[1].granularity == "month");
}

TEST_CASE("nominal coreference: a title or a generic noun points back to the person holding it") {
  Extraction extraction = run(
      "Talks\n\nRussia's Deputy Foreign Minister Sergey Ryabkov met French President Emmanuel Macron. "
      "According to the Deputy Foreign Minister, the talks went well. The diplomat added more. "
      "The French leader said little.");
  const Entity* ryabkov = find(extraction, "Sergey Ryabkov");
  const Entity* macron = find(extraction, "Emmanuel Macron");
  REQUIRE(ryabkov != nullptr);
  REQUIRE(macron != nullptr);
  auto rules = [](const Entity& entity) {
    std::vector<std::string> out;
    for (const auto& mention : entity.mentions) out.emplace_back(mention.rule.view());
    return out;
  };
  auto ryabkov_rules = rules(*ryabkov), macron_rules = rules(*macron);
  CHECK(std::count(ryabkov_rules.begin(), ryabkov_rules.end(), "nominal-coreference") == 2);
  CHECK(std::count(macron_rules.begin(), macron_rules.end(), "nominal-coreference") == 1);
  // Pointers are mentions, not names.
  CHECK(ryabkov->aliases.empty());
  CHECK(macron->aliases.empty());
}

TEST_CASE("coreference: a long place or organization name's first word alone") {
  Extraction extraction = run("Talks\n\nThe plane landed at Norvath Air Force Base. It stayed at Norvath for an hour.");
  const Entity* base = find(extraction, "Norvath Air Force Base");
  REQUIRE(base != nullptr);
  CHECK(base->aliases == std::vector<std::string>{"Norvath"});
}

TEST_CASE("generated lexicons: Phoenix people and organizations, places with their sourced Wikidata ids") {
  Extraction extraction = run(
      "Talks\n\nCamiel Eurlings met envoys of the Lord's Resistance Army in Badghis. He later flew to "
      "California and then to Russia.");
  const std::string wd = "http://www.wikidata.org/entity/";
  auto has_id = [&](const Entity* entity, const std::string& id) {
    return entity && std::find(entity->same_as.begin(), entity->same_as.end(), wd + id) != entity->same_as.end();
  };
  const Entity* eurlings = find(extraction, "Camiel Eurlings");  // generated/phoenix-people.ttl
  REQUIRE(eurlings != nullptr);
  CHECK(eurlings->kind == EntityKind::person);
  CHECK(eurlings->lexicon_entry.has_value());
  CHECK(eurlings->same_as.empty());
  const Entity* lra = find(extraction, "Lord's Resistance Army");  // generated/phoenix-organizations.ttl
  REQUIRE(lra != nullptr);
  CHECK(lra->kind == EntityKind::organization);
  CHECK(lra->lexicon_entry.has_value());
  const Entity* badghis = find(extraction, "Badghis");  // a new region of generated/places-wikidata.ttl
  REQUIRE(badghis != nullptr);
  CHECK(badghis->kind == EntityKind::place);
  CHECK(has_id(badghis, "Q172052"));
  CHECK(has_id(find(extraction, "California"), "Q99"));  // a hand-written state, linked by states.csv
  CHECK(has_id(find(extraction, "Russia"), "Q159"));     // a country, linked by countries.csv
}

TEST_CASE("lexicon: entry views made on first use keep their ids across blocks") {
  const lexicon::Lexicon& lexicon = lexicon::Knowledge::standard()->lexicon;
  REQUIRE(lexicon.size() > 1000);
  for (lexicon::EntryId id : {lexicon::EntryId{0}, lexicon::EntryId{255}, lexicon::EntryId{256},
                              static_cast<lexicon::EntryId>(lexicon.size() - 1)}) {
    const lexicon::Entry& entry = lexicon.entry(id);
    CHECK(lexicon.id_of(entry) == id);
    CHECK_FALSE(entry.id.empty());
    CHECK(&lexicon.entry(id) == &entry);  // made once
  }
  const lexicon::Entry* russia = lexicon.country("RU");
  REQUIRE(russia != nullptr);
  CHECK(russia->label == "Russia");
  CHECK(&lexicon.entry(lexicon.id_of(*russia)) == russia);
  CHECK(std::find(russia->same_as.begin(), russia->same_as.end(), "http://www.wikidata.org/entity/Q159") !=
        russia->same_as.end());
}

TEST_CASE("organizations: an initial is no acronym; a compass initial abbreviates a known place") {
  Extraction extraction = run("Talks\n\nThe letter was signed by J. Osterhagen. Officials then flew to N. Korea.");
  CHECK(find(extraction, "J.") == nullptr);
  for (const auto& entity : extraction.entities) CHECK(entity.kind != EntityKind::organization);
  const Entity* korea = find(extraction, "N. Korea");
  REQUIRE(korea != nullptr);
  CHECK(korea->kind == EntityKind::place);
  CHECK(korea->canonical == "North Korea");
  // A two-letter acronym still is one.
  Extraction acronym = run("Talks\n\nThe deal was signed by the KW board.");
  REQUIRE(find(acronym, "KW") != nullptr);
  CHECK(find(acronym, "KW")->kind == EntityKind::organization);
}

TEST_CASE("the recogniser's closed classes are word lists: compass initials, state forms, people adjectives") {
  const auto& k = *lexicon::Knowledge::standard();
  CHECK(k.compass_initials.category("W.") == "West");
  CHECK(k.state_forms.contains("Sultanate"));
  CHECK(k.people_adjective_endings.contains("ese"));
  // Read through the lists: "S. Sudan" is South Sudan, "Republic of Poland" is Poland.
  Extraction extraction = run("Talks\n\nAid reached S. Sudan. The Republic of Poland objected.");
  const Entity* sudan = find(extraction, "S. Sudan");
  REQUIRE(sudan != nullptr);
  CHECK(sudan->canonical == "South Sudan");
  const Entity* poland = find(extraction, "Republic of Poland");
  REQUIRE(poland != nullptr);
  CHECK(poland->canonical == "Poland");
}

TEST_CASE("organizations: a lexicon name grows only into a run that ends on an org head") {
  Extraction event = run("Talks\n\nDelegates came to the NATO Media Summit on Monday.");
  CHECK(find(event, "NATO Media") == nullptr);
  CHECK(find(event, "NATO Media Summit") == nullptr);
  REQUIRE(find(event, "NATO") != nullptr);
  CHECK(find(event, "NATO")->kind == EntityKind::organization);

  Extraction body = run("Talks\n\nDelegates came to the NATO Youth Council on Monday.");
  const Entity* council = find(body, "NATO Youth Council");
  REQUIRE(council != nullptr);
  CHECK(council->kind == EntityKind::organization);

  // A name that runs on into a person's still ends on its head.
  Extraction titled = run("Talks\n\nThe guests met Kazan Veterinary Academy Rector Igor Brenner on Monday.");
  const Entity* academy = find(titled, "Kazan Veterinary Academy");
  REQUIRE(academy != nullptr);
  CHECK(academy->kind == EntityKind::organization);
}

TEST_CASE("organizations: a noun beside a name says it is one, the noun staying out of the name") {
  Extraction after = run("Talks\n\nThe Brevik Tidende newspaper reported the visit.");
  const Entity* paper = find(after, "Brevik Tidende");
  REQUIRE(paper != nullptr);
  CHECK(paper->kind == EntityKind::organization);
  CHECK(paper->mentions.front().rule == "org-noun");

  Extraction before = run("Talks\n\nThe visit was reported by the daily Morgenvakt on Monday.");
  REQUIRE(find(before, "Morgenvakt") != nullptr);
  CHECK(find(before, "Morgenvakt")->kind == EntityKind::organization);

  // The lexicon's agency keeps its own name: "Interfax", not "Interfax news agency".
  Extraction agency = run("Talks\n\nThe minister spoke to Interfax news agency on Monday.");
  const Entity* interfax = find(agency, "Interfax");
  REQUIRE(interfax != nullptr);
  CHECK(interfax->name == "Interfax");
  CHECK(find(agency, "Interfax news agency") == nullptr);

  // A two-word noun after an unknown name: "Norvik news agency".
  Extraction unknown_agency = run("Talks\n\nThe minister spoke to the Norvik news agency on Monday.");
  const Entity* norvik = find(unknown_agency, "Norvik");
  REQUIRE(norvik != nullptr);
  CHECK(norvik->kind == EntityKind::organization);
  CHECK(norvik->mentions.front().rule == "org-noun");

  // The noun alone names nothing; a noun that only comes before a name says nothing after it.
  Extraction none = run("Talks\n\nThe newspaper reported that the visit was short.");
  CHECK(count_named(none) == 0);
  Extraction not_after = run("Talks\n\nThe visit surprised Halvorsby group members.");
  const Entity* halvorsby = find(not_after, "Halvorsby");
  CHECK((halvorsby == nullptr || halvorsby->kind != EntityKind::organization));
}

TEST_CASE("organizations: a sports report names its sides by town; countries and places of events stay places") {
  const std::string body =
      "\n\nOSLO 2021-03-04\n\nLeeds beat Halvorsby 2-1 in Manchester on Saturday, while England drew with "
      "Wales and Dynamo Moscow lost to Real Madrid.";
  Extraction sport = run("SOCCER - LEEDS WIN AT HOME" + body);
  for (const char* club : {"Leeds", "Halvorsby", "Dynamo Moscow", "Real Madrid"}) {
    INFO(std::string(club));
    REQUIRE(find(sport, club) != nullptr);
    CHECK(find(sport, club)->kind == EntityKind::organization);
  }
  check_places(sport, {"Manchester", "England", "Wales"});
  CHECK(find(sport, "Madrid") == nullptr);
  // The dateline's town ("OSLO 2021-03-04") stays a place.
  bool dateline_town = false;
  for (const auto& entity : sport.entities)
    if (entity.canonical == "Oslo" || entity.name == "OSLO") {
      dateline_town = true;
      CHECK(entity.kind == EntityKind::place);
    }
  CHECK(dateline_town);

  // The same sentences in a report that is not about a team sport: towns are places.
  Extraction news = run("Floods in the north" + body);
  check_places(news, {"Leeds"});
  CHECK(find(news, "Halvorsby") == nullptr);
}

TEST_CASE("organizations: in a sports report a place after a capitalised preposition or in a dateline stays a place") {
  Extraction sport = run(
      "SOCCER - HALVORSBY WIN\n\nOSLO 2021-03-04\n\nIn Manchester , Leeds beat Halvorsby 2-1 .\n"
      "BRISTOL , England 2021-03-05\nAt Bristol the home side lost .");
  check_places(sport, {"Manchester", "Bristol", "BRISTOL"});
  check_organizations(sport, {"Leeds"});
}

TEST_CASE("places: a dateline line that ingest leaves names its places, a body's seat stays the body") {
  Extraction news = run("Talks on fishing quotas\nVESTRA , Norway 2021-12-09\nAnna Berg said talks would go on .\n"
                        "WORLD BANK 2021-12-10\nTomas Reyes 8-1-33-2 was the figure .");
  check_places(news, {"VESTRA"});
  check_organizations(news, {"WORLD BANK"});
  REQUIRE(find(news, "Tomas Reyes") != nullptr);
  CHECK(find(news, "Tomas Reyes")->kind == EntityKind::person);

  Extraction sport = run("SOCCER - HOME WIN\nTORMUNDVIK , Norway 2021-03-05\nHalvorsby beat Wanderers 2-1 .");
  check_places(sport, {"TORMUNDVIK"});
}

TEST_CASE("organizations: in a sports report a club's name runs on past its town") {
  Extraction sport = run("BASEBALL - HOME WIN\n\nAnna Berg homered as the Leeds Red Hawks beat the Manchester Comets 3-1 .");
  check_organizations(sport, {"Leeds Red Hawks", "Manchester Comets"});
  CHECK(find(sport, "Leeds") == nullptr);
}

TEST_CASE("organizations: in a sports report a capitalised plural after \"the\" is a side") {
  Extraction sport = run("SOCCER - AWAY WIN\n\nTomas Reyes scored for the Otters on Saturday and the Pilots lost .");
  check_organizations(sport, {"Otters", "Pilots"});
}

TEST_CASE("places: a former state is a place of the lexicon (generated/former-countries.ttl, ISO 3166-3)") {
  Extraction history = run("Archive\n\nAnna Berg was born in Dahomey in 1958 and taught in the Socialist Federal "
                           "Republic of Yugoslavia and in Upper Volta before 1984 .");
  for (const char* place : {"Dahomey", "Socialist Federal Republic of Yugoslavia", "Upper Volta"}) {
    INFO(std::string(place));
    REQUIRE(find(history, place) != nullptr);
    CHECK(find(history, place)->kind == EntityKind::place);
    CHECK(find(history, place)->lexicon_entry.has_value());
  }
}

TEST_CASE("places: a known name written in capitals in an ordinary line is still the name") {
  Extraction market = run("Bond markets\n\nNORWAY - Bond futures eased on Monday , dealers said .\n"
                          "SWITZERLAND - Prices held , Anna Berg said .");
  check_places(market, {"NORWAY", "SWITZERLAND"});
}

TEST_CASE("organizations: a name after a comma keeps its first word, common or not") {
  Extraction news = run("Flights\n\nFlights resumed on Monday , Federal Aviation Authority head Anna Berg said .");
  check_organizations(news, {"Federal Aviation Authority"});
}

TEST_CASE("organizations: a people's adjective before an org-headed name is the name's first word") {
  Extraction news = run("Quotas\n\nThe Norwegian Coastal Fishermen Association rejected the quotas on Monday , "
                        "and Anna Berg of the Danish Farmers Council said work would go on .");
  check_organizations(news, {"Norwegian Coastal Fishermen Association", "Danish Farmers Council"});
  CHECK(find(news, "Coastal Fishermen Association") == nullptr);
}

TEST_CASE("organizations: a sport of two words opens a sports report as well as one of one word") {
  Extraction rugby = run("RUGBY UNION - HALVORSBY HOLD ON\n\nHalvorsby beat Tormundvik 20-13 on Saturday.");
  check_organizations(rugby, {"Halvorsby", "Tormundvik"});
}

TEST_CASE("organizations: a name in a result or standings line is a side, common word or not") {
  Extraction results = run(
      "SOCCER - NORTHERN LEAGUE RESULTS\n\nResults of matches played on Saturday :\nWanderers 2 Tormundvik 1\n"
      "Halvorsby 0 Athletic 3\nStandings :\nWanderers 4 3 1 0 7 4 10\nMay 12 : Halvorsby v Wanderers");
  check_organizations(results, {"Wanderers", "Athletic", "Tormundvik", "Halvorsby"});
  CHECK(find(results, "May") == nullptr);
}

TEST_CASE("organizations: a two-word name in a standings line is a side, not a person") {
  Extraction table = run(
      "SOCCER - HIGHLAND LEAGUE STANDINGS\n\nStandings after Saturday 's matches :\nArdmore Dunvale 3 2 1 0 7 2 7\n"
      "Kessock Thistle 3 1 1 1 4 4 4\nResults :\nArdmore Dunvale 2 Kessock Thistle 1");
  check_organizations(table, {"Ardmore Dunvale", "Kessock Thistle"});
}

TEST_CASE("people: a name beside a cricket scorecard's mark or before bowling figures is a player") {
  Extraction card = run(
      "CRICKET - HALVORSBY V TORMUNDVIK SCOREBOARD\n\nScoreboard of the one-day match on Saturday :\n"
      "Halvorsby\nT. Brekke c Vandrup b Oskarsen 41\nL. Aune lbw b Trondal 12\nOskvik not out 23\n"
      "Bowling : Oskarsen 10-1-42-2 , Trondal 9-0-38-1");
  check_kind(card, EntityKind::person, {"Vandrup", "Oskarsen", "Trondal", "Oskvik"});
}

TEST_CASE("a name right before a holiday's or trophy's head word is part of that name, no mention") {
  Extraction holiday = run(
      "Markets shut\n\nThe Oslo exchange will be closed on Monday for Labor Day, and the Nordic Cup "
      "final was moved to Tuesday. Futures rose 0.2 percent by 1400 GMT.");
  for (const char* name : {"Labor", "Australian Labor Party", "GMT"}) {
    INFO(std::string(name));
    CHECK(find(holiday, name) == nullptr);
  }
  CHECK(count_named(holiday) == 1);  // Oslo
}

TEST_CASE("organizations: the names either side of \"v\" in a fixture list are sides") {
  Extraction fixtures = run("SOCCER - NORTHERN LEAGUE FIXTURES\n\nFixtures for the new season :\nAugust 16 : Athletic v United");
  check_organizations(fixtures, {"Athletic", "United"});
}

TEST_CASE("organizations: an org-headed name runs on through \"of the\"") {
  Extraction court = run("Talks\n\nOn Monday the Court of the Halvorsk Basin Authority ruled against the plan.");
  const Entity* body = find(court, "Court of the Halvorsk Basin Authority");
  REQUIRE(body != nullptr);
  CHECK(body->kind == EntityKind::organization);
  CHECK(find(court, "Halvorsk Basin Authority") == nullptr);

  // A person "of the" a body stays two names.
  Extraction person = run("Talks\n\nOn Monday they met Mr. Osterhagen of the Brenner Foundation.");
  REQUIRE(find(person, "Osterhagen") != nullptr);
  CHECK(find(person, "Osterhagen")->kind == EntityKind::person);
  REQUIRE(find(person, "Brenner Foundation") != nullptr);
  CHECK(find(person, "Brenner Foundation")->kind == EntityKind::organization);
}

TEST_CASE("organizations: a compass word before an organization's name is its first word") {
  Extraction news = run("Ports\n\nThe North Baltic Shipping Association rejected the fees on Monday , Anna Berg said .");
  check_organizations(news, {"North Baltic Shipping Association"});
  CHECK(find(news, "Baltic Shipping Association") == nullptr);
}

TEST_CASE("organizations: an ordinal before a company's name is its first word (ontology/words/company-leading-words.txt)") {
  Extraction market = run("Banks\n\nShares of First Harbour Bank rose on Monday , and Third Coast Holdings Inc "
                          "said it would buy them , Anna Berg said .");
  check_organizations(market, {"First Harbour Bank", "Third Coast Holdings Inc"});
  CHECK(find(market, "Harbour Bank") == nullptr);
}

TEST_CASE("people: a lone capital with a period is an initial of the name, not an honorific") {
  Extraction news = run("Talks\n\nThe talks were led by M. Holm and Anna Berg on Monday .");
  REQUIRE(find(news, "M. Holm") != nullptr);
  CHECK(find(news, "M. Holm")->kind == EntityKind::person);
}

TEST_CASE("organizations: names either side of an ampersand are one firm; two countries stay two") {
  Extraction market = run("Brokers\n\nShares of Bergen & Holm rose on Monday , analysts at Tomas Reyes & Co said , "
                          "and trade between Norway & Sweden grew .");
  check_organizations(market, {"Bergen & Holm", "Tomas Reyes & Co"});
  CHECK(find(market, "Bergen") == nullptr);
  CHECK(find(market, "Tomas Reyes") == nullptr);
  check_places(market, {"Norway", "Sweden"});
}

TEST_CASE("organizations: a company named with its legal form is named by its first word later") {
  Extraction company = run("Talks\n\nShares of Brennvik Holdings Ltd fell on Monday. Brennvik said profits would recover.");
  const Entity* brennvik = find(company, "Brennvik");
  REQUIRE(brennvik != nullptr);
  CHECK(brennvik->kind == EntityKind::organization);
  CHECK(brennvik == find(company, "Brennvik Holdings Ltd"));

  // Without the legal form the same word before "said" is a speaker.
  Extraction speaker = run("Talks\n\nShares fell on Monday. Brennvik said profits would recover.");
  REQUIRE(find(speaker, "Brennvik") != nullptr);
  CHECK(find(speaker, "Brennvik")->kind == EntityKind::person);
}

TEST_CASE("people: a known person's surname after another given name names someone else") {
  Extraction news = run("Talks\n\nForeign Minister Ingrid Solberg met Prime Minister Erna Solberg in Oslo on Monday.");
  const Entity* ingrid = find(news, "Ingrid Solberg");
  const Entity* erna = find(news, "Erna Solberg");
  REQUIRE(ingrid != nullptr);
  REQUIRE(erna != nullptr);
  CHECK(ingrid != erna);
  CHECK(ingrid->kind == EntityKind::person);
  CHECK(find(news, "Ingrid") == nullptr);
}

TEST_CASE("people: a hyphenated given name of syllables follows the family name, which names the person later") {
  Extraction news = run("Talks\n\nPresident Kim Min-ho arrived in Busan on Monday. Kim said the talks went well.");
  const Entity* full = find(news, "Kim Min-ho");
  REQUIRE(full != nullptr);
  CHECK(find(news, "Kim") == full);

  // A double-barrelled surname is no such given name: "Anna Smith-Jones" is "Smith-Jones" later, not "Anna".
  Extraction western = run("Talks\n\nMinister Anna Smith-Jones arrived on Monday. Anna said the talks went well.");
  REQUIRE(find(western, "Anna Smith-Jones") != nullptr);
  CHECK(find(western, "Anna") != find(western, "Anna Smith-Jones"));
}

TEST_CASE("people: after a people's adjective of a family-name-first country, the first word names the person later") {
  Extraction news = run("Talks\n\nSouth Korean Foreign Minister Lee Jin arrived in Oslo on Monday. Lee said the talks went well.");
  const Entity* full = find(news, "Lee Jin");
  REQUIRE(full != nullptr);
  CHECK(find(news, "Lee") == full);

  // Elsewhere "Lee" is a given name: a later "Lee" is not "Lee Walker".
  Extraction western = run("Talks\n\nBritish Foreign Secretary Lee Walker arrived on Monday. Lee said the talks went well.");
  REQUIRE(find(western, "Lee Walker") != nullptr);
  CHECK(find(western, "Lee") != find(western, "Lee Walker"));
}

TEST_CASE("people: after a title, a given name that also names a place or a body begins the person's name") {
  Extraction extraction = run(
      "Ministers meet\n\nBritish Trade Minister Victoria Lee met Argentine Economy Minister Sofia Paz. Brazilian "
      "Finance Minister Rafael Duarte defended the budget. The Victoria government and Sofia airport were shut.");
  for (const char* name : {"Victoria Lee", "Sofia Paz", "Rafael Duarte"}) {
    const Entity* person = find(extraction, name);
    REQUIRE_MESSAGE(person != nullptr, name);
    CHECK(person->kind == EntityKind::person);
  }
  // Without a title before them the names keep their own reading.
  for (const char* name : {"Sofia", "Victoria"}) {
    const Entity* place = find(extraction, name);
    REQUIRE_MESSAGE(place != nullptr, name);
    CHECK(place->kind == EntityKind::place);
  }
}
