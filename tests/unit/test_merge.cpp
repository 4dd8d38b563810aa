// newskg merge: reconciliation rules, the JSON-LD reader, the external sort,
// and whole merges of the example exports.
#include <doctest/doctest.h>

#include <algorithm>
#include <filesystem>
#include <fstream>
#include <random>
#include <set>
#include <sstream>
#include <unistd.h>

#include "newskg/cli/commands.hpp"
#include "newskg/error.hpp"
#include "newskg/gzip.hpp"
#include "newskg/merge/external_sort.hpp"
#include "newskg/merge/merge.hpp"
#include "newskg/merge/nquads_line.hpp"
#include "newskg/merge/nquads_reader.hpp"
#include "newskg/merge/reconcile.hpp"
#include "newskg/rdf/jsonld_reader.hpp"
#include "newskg/rdf/serd_reader.hpp"
#include "newskg/rdf/sink.hpp"
#include "newskg/rdf/vocab.hpp"

using namespace newskg;
using namespace newskg::merge;
using rdf::Quad;
using rdf::Term;

namespace {

const std::string id = "https://w3id.org/newskg/id/";
const std::string owl_same_as = "http://www.w3.org/2002/07/owl#sameAs";
const std::string wd = "http://www.wikidata.org/entity/";

std::string example(const std::string& name, const std::string& file) {
  return std::string(NEWSKG_SOURCE_DIR) + "/examples/" + name + "/" + file;
}

const std::vector<std::string> example_names = {"ap-trump-putin-phone", "kremlin-putin-pashinyan",
                                                "reuters-eu-emergency-talks", "tass-ryabkov-nato"};

// A scratch directory removed at the end of the test.
struct Scratch {
  std::filesystem::path path;
  Scratch() {
    std::string pattern = (std::filesystem::temp_directory_path() / "newskg-test-merge-XXXXXX").string();
    REQUIRE(::mkdtemp(pattern.data()) != nullptr);
    path = pattern;
  }
  ~Scratch() {
    std::error_code ignored;
    std::filesystem::remove_all(path, ignored);
  }
  std::string file(const std::string& name) const { return (path / name).string(); }
};

std::vector<Quad> read_quads(const std::string& path) {
  rdf::VectorSink sink;
  read_export(path, sink);
  return std::move(sink.quads);
}

std::vector<Quad> sorted(std::vector<Quad> quads) {
  std::sort(quads.begin(), quads.end());
  quads.erase(std::unique(quads.begin(), quads.end()), quads.end());
  return quads;
}

void write_quads(const std::vector<Quad>& quads, const std::string& path, rdf::Format format) {
  std::ofstream out(path, std::ios::binary);
  auto writer = rdf::make_writer({format, {}}, out);
  for (const auto& [name, iri] : rdf::vocab::export_prefixes) writer->prefix(name, iri);
  for (const auto& quad : quads) writer->quad(quad);
  writer->finish();
}

std::vector<Quad> parse_nquads(const std::string& text) {
  std::vector<Quad> quads;
  std::istringstream lines(text);
  std::string line;
  while (std::getline(lines, line))
    if (!line.empty()) quads.push_back(parse_quad_line(line));
  return quads;
}

EntityRecord person(const std::string& slug, std::set<std::string> names, std::set<std::string> alternates = {},
                    std::set<std::string> same_as = {}) {
  return {id + "person/" + slug, family_person, std::move(names), std::move(alternates), std::move(same_as)};
}
EntityRecord organization(const std::string& slug, std::set<std::string> names,
                          std::set<std::string> alternates = {}, std::set<std::string> same_as = {}) {
  return {id + "organization/" + slug, family_organization, std::move(names), std::move(alternates),
          std::move(same_as)};
}
EntityRecord place(const std::string& slug, std::set<std::string> names, std::set<std::string> alternates = {},
                   std::set<std::string> same_as = {}) {
  return {id + "place/" + slug, family_place, std::move(names), std::move(alternates), std::move(same_as)};
}

// "kept <- merged1 merged2 (reason)" per group, IRIs shortened to type/slug, joined by "; ".
std::string describe(const std::vector<MergeGroup>& groups) {
  auto shorten = [](const std::string& iri) { return iri.rfind(id, 0) == 0 ? iri.substr(id.size()) : iri; };
  std::vector<std::string> lines;
  for (const auto& group : groups) {
    std::string line = shorten(group.kept) + " <-";
    for (const auto& iri : group.merged) line += " " + shorten(iri);
    lines.push_back(line + " (" + group.reason + ")");
  }
  std::string text;
  for (const auto& line : lines) text += (text.empty() ? "" : "; ") + line;
  return text;
}

std::string joined(const std::vector<std::string>& lines) {
  std::string text;
  for (const auto& line : lines) text += (text.empty() ? "" : "; ") + line;
  return text;
}

}  // namespace

TEST_CASE("name forms and initials") {
  CHECK(name_form("Vladimir Putin") == "vladimir putin");
  CHECK(name_form("The U.S. Army") == "us army");
  CHECK(name_form("Nagorno-Karabakh") == "nagorno karabakh");
  CHECK(name_form("O\u2019Brien") == "obrien");
  CHECK(name_form("  Putin ") == "putin");
  CHECK(name_initials("North Atlantic Treaty Organization") == std::set<std::string>{"nato"});
  CHECK(name_initials("Organization for Security and Co-operation in Europe") ==
        std::set<std::string>{"ofsacie", "osce"});
  CHECK(name_initials("European Union") == std::set<std::string>{"eu"});
  CHECK(name_initials("Kremlin").empty());
}

TEST_CASE("reconciliation rules: name sets in, merges out") {
  struct Case {
    const char* what;
    std::vector<EntityRecord> entities;
    std::vector<std::string> expected;
  };
  const std::vector<Case> cases = {
      {"surname: a one-word name is the last word of exactly one full name",
       {person("putin", {"Putin"}), person("vladimir-putin", {"Vladimir Putin"})},
       {"person/vladimir-putin <- person/putin (surname)"}},
      {"shared name: the short form is an alternate name of the full one",
       {person("putin", {"Putin"}), person("vladimir-putin", {"Vladimir Putin"}, {"Putin"})},
       {"person/vladimir-putin <- person/putin (shared name)"}},
      {"ambiguous surname: two full names end in Putin",
       {person("putin", {"Putin"}), person("vladimir-putin", {"Vladimir Putin"}),
        person("igor-putin", {"Igor Putin"})},
       {}},
      {"ambiguous shared name: Assad is carried by two different full names",
       {person("bashar-al-assad", {"Bashar Assad"}, {"Assad"}), person("hafez-al-assad", {"Hafez Assad"}, {"Assad"}),
        person("assad", {"Assad"})},
       {}},
      {"ambiguity is judged per name: Smith is shared by Alexander and John Smith",
       {person("alexander-smith", {"Alexander Smith"}, {"Smith"}), person("smith", {"Smith"}),
        person("john-smith", {"John Smith"}, {"Smith"})},
       {}},
      {"shared sameAs merges different spellings; equal lengths keep the smaller IRI",
       {person("sergey-ryabkov", {"Sergey Ryabkov"}, {}, {wd + "Q4160345"}),
        person("sergei-ryabkov", {"Sergei Ryabkov"}, {"Ryabkov"}, {wd + "Q4160345"})},
       {"person/sergei-ryabkov <- person/sergey-ryabkov (shared sameAs)"}},
      {"different spellings without sameAs are not merged",
       {person("sergey-ryabkov", {"Sergey Ryabkov"}, {"Ryabkov"}), person("sergei-ryabkov", {"Sergei Ryabkov"}, {"Ryabkov"})},
       {}},
      {"acronym: the initials of exactly one organization",
       {organization("nato", {"NATO"}),
        organization("north-atlantic-treaty-organization", {"North Atlantic Treaty Organization"})},
       {"organization/north-atlantic-treaty-organization <- organization/nato (acronym)"}},
      {"acronym skipping small words and hyphens",
       {organization("osce", {"OSCE"}),
        organization("organization-for-security-and-co-operation-in-europe",
                     {"Organization for Security and Co-operation in Europe"})},
       {"organization/organization-for-security-and-co-operation-in-europe <- organization/osce (acronym)"}},
      {"ambiguous acronym: two organizations have the initials MFA",
       {organization("mfa", {"MFA"}), organization("ministry-of-foreign-affairs", {"Ministry of Foreign Affairs"}),
        organization("ministry-of-finance-and-administration", {"Ministry of Finance and Administration"})},
       {}},
      {"an acronym is written in capitals",
       {organization("nato", {"Nato"}),
        organization("north-atlantic-treaty-organization", {"North Atlantic Treaty Organization"})},
       {}},
      {"families differ: a person and a country named Jordan",
       {person("jordan", {"Jordan"}), place("jordan", {"Jordan"}), person("michael-jordan", {"Michael Jordan"})},
       {"person/michael-jordan <- person/jordan (surname)"}},
      {"sameAs across families merges nothing",
       {person("x", {"Georgia"}, {}, {wd + "Q230"}), place("georgia", {"Georgia"}, {}, {wd + "Q230"})},
       {}},
      {"a first name alone is not a surname",
       {person("vladimir", {"Vladimir"}), person("vladimir-putin", {"Vladimir Putin"})},
       {}},
      {"a shared name with different sameAs links is two things",
       {place("georgia", {"Georgia"}, {}, {wd + "Q230"}), place("georgia-state", {"Georgia"}, {}, {wd + "Q1428"})},
       {}},
      {"the surname rule is for persons only",
       {place("korea", {"Korea"}), place("north-korea", {"North Korea"})},
       {}},
      {"a place under two names, one shared",
       {place("russia", {"Russia", "Russian Federation"}), place("russian-federation", {"Russian Federation"}),
        place("rossiya", {"Rossiya"}, {}, {wd + "Q159"}), place("russia-2", {"Russia"}, {}, {wd + "Q159"})},
       {"place/russia <- place/rossiya (shared sameAs)",
        "place/russia <- place/russia-2 place/russian-federation (shared name)"}},
      {"rules chain: sameAs, then a surname for the whole group",
       {person("putin", {"Putin"}), person("vladimir-putin", {"Vladimir Putin"}, {}, {wd + "Q7747"}),
        person("vladimir-vladimirovich-putin", {"Vladimir Vladimirovich Putin"}, {}, {wd + "Q7747"})},
       {"person/vladimir-vladimirovich-putin <- person/vladimir-putin (shared sameAs)",
        "person/vladimir-vladimirovich-putin <- person/putin (surname)"}},
      {"entities without a type family are left alone",
       {{id + "software/newskg", 0, {"newskg"}, {}, {}}, {id + "software/newskg-2", 0, {"newskg"}, {}, {}}},
       {}},
  };
  for (const auto& c : cases) {
    std::string what = c.what;
    CAPTURE(what);
    CHECK(describe(reconcile_entities(c.entities)) == joined(c.expected));
  }
}

TEST_CASE("the report is JSON Lines with kept, merged, reason and names") {
  auto groups = reconcile_entities({person("putin", {"Putin"}), person("vladimir-putin", {"Vladimir Putin"})});
  std::ostringstream out;
  write_report(groups, out);
  CHECK(out.str() ==
        "{\"kept\":\"https://w3id.org/newskg/id/person/vladimir-putin\",\"merged\":[\"https://w3id.org/newskg/"
        "id/person/putin\"],\"reason\":\"surname\",\"names\":[\"Putin\",\"Vladimir Putin\"]}\n");
}

TEST_CASE("meetings that become identical after rewriting are merged, the smallest IRI kept") {
  auto meeting = [](std::string iri, std::string attendee, std::string date) {
    MeetingRecord record;
    record.iri = id + "meeting/" + iri;
    record.kinds = {Term::iri("https://w3id.org/newskg/concept/phone-call")};
    record.attendees = {Term::iri(id + "person/donald-trump"), Term::iri(id + "person/" + attendee)};
    record.dates = {Term::typed(date, "http://www.w3.org/2001/XMLSchema#date")};
    return record;
  };
  std::map<std::string, std::string> rewrite{{id + "person/putin", id + "person/vladimir-putin"}};
  auto groups = reconcile_meetings({meeting("bbb", "vladimir-putin", "2017-11-21"), meeting("aaa", "putin", "2017-11-21"),
                                    meeting("ccc", "putin", "2017-11-22")},
                                   rewrite);
  CHECK(describe(groups) == "meeting/aaa <- meeting/bbb (same meeting)");
}

TEST_CASE("N-Quads lines: canonical, round-trip, graph found") {
  Quad quad{Term::iri("https://example.org/g"), Term::iri("https://example.org/s"), Term::iri("https://example.org/p"),
            Term::literal(std::string("a \"quote\" \\ back\nslash\ttab\x01 \xC3\xA9 <x> .", 30))};
  std::string line = quad_line(quad);
  CHECK(line.find('\n') == std::string::npos);
  CHECK(parse_quad_line(line) == quad);
  CHECK(graph_of_line(line) == "<https://example.org/g>");
  Quad typed{Term{}, Term::blank("b1"), Term::iri("https://example.org/p"),
             Term::typed("1", "http://www.w3.org/2001/XMLSchema#integer")};
  CHECK(quad_line(typed) == "_:b1 <https://example.org/p> \"1\"^^<http://www.w3.org/2001/XMLSchema#integer> .");
  CHECK(parse_quad_line(quad_line(typed)) == typed);
  CHECK(graph_of_line(quad_line(typed)).empty());
  Quad lang{Term::iri("https://example.org/g"), Term::iri("https://example.org/s"), Term::iri("https://example.org/p"),
            Term::lang("Moskva", "ru-Latn")};
  CHECK(parse_quad_line(quad_line(lang)) == lang);
  // xsd:string is written plain: one spelling per statement.
  Quad explicit_string = quad;
  explicit_string.object.datatype = "http://www.w3.org/2001/XMLSchema#string";
  CHECK(quad_line(explicit_string) == line);
  CHECK_THROWS_AS(parse_quad_line("<a> <b> \"unterminated ."), Error);
}

TEST_CASE("the external sort drops duplicates across many runs and orders by graph") {
  Scratch scratch;
  std::mt19937 random(42);
  std::set<std::pair<std::string, std::string>> expected;  // (graph, line)
  std::vector<std::string> lines;
  for (int i = 0; i < 60000; ++i) {
    auto n = static_cast<unsigned>(random() % 20000);
    Quad quad{n % 3 == 0 ? Term{} : Term::iri("https://example.org/g" + std::to_string(n % 7)),
              Term::iri("https://example.org/s" + std::to_string(n % 500)), Term::iri("https://example.org/p"),
              Term::literal("value " + std::to_string(n))};
    std::string line = quad_line(quad);
    expected.insert({std::string(graph_of_line(line)), line});
    lines.push_back(line);
  }
  ExternalSorter sorter(scratch.path, 64 * 1024);  // the smallest block: many runs, merged in rounds
  for (const auto& line : lines) sorter.add(line);
  std::vector<std::string> out;
  sorter.merge([&](std::string_view line) { out.emplace_back(line); });
  CHECK(sorter.runs_written() > 64);
  std::vector<std::string> want;
  for (const auto& [graph, line] : expected) want.push_back(line);
  CHECK(out == want);
  // Run files are gone.
  CHECK(std::filesystem::is_empty(scratch.path));
}

TEST_CASE("N-Quads read in chunks of lines give what Serd gives in one go; errors keep their line") {
  for (const auto& name : example_names) {
    CAPTURE(name);
    rdf::VectorSink chunked, whole;
    read_nquads_in_chunks(example(name, "export.nq"), chunked, "f1_", 1000);  // lines longer than a chunk too
    rdf::read_rdf_file(example(name, "export.nq"), rdf::Format::nquads, whole, {}, "f1_");
    CHECK(chunked.quads == whole.quads);
  }
  Scratch scratch;
  std::string bad = scratch.file("bad.nq");
  {
    std::ofstream out(bad);
    for (int i = 0; i < 100; ++i) out << "<https://a/s> <https://a/p> \"line " << i + 1 << "\" <https://a/g> .\n";
    out << "<https://a/s> <https://a/p> \"unterminated <https://a/g> .\n";
  }
  rdf::VectorSink sink;
  try {
    read_nquads_in_chunks(bad, sink, {}, 256);
    FAIL("no error");
  } catch (const Error& error) {
    CHECK(error.status() == Status::bad_syntax);
    CHECK(error.where().file == bad);
    CHECK(error.where().line == 101);
  }
}

TEST_CASE("JSON-LD reader: every example export reads back to the quads of its N-Quads export") {
  for (const auto& name : example_names) {
    CAPTURE(name);
    rdf::VectorSink from_jsonld, from_nquads;
    rdf::read_jsonld_file(example(name, "export.jsonld"), from_jsonld);
    rdf::read_rdf_file(example(name, "export.nq"), rdf::Format::nquads, from_nquads);
    REQUIRE(!from_nquads.quads.empty());
    CHECK(sorted(from_jsonld.quads) == sorted(from_nquads.quads));
  }
}

TEST_CASE("JSON-LD reader: values, referenced context, blank nodes") {
  std::string text = R"({
  "@context": "https://w3id.org/newskg/context.jsonld",
  "@graph": [
    {"@id": "_:g", "@graph": {"@id": "schema:x", "@type": "schema:Thing", "schema:n": [1, 2.5, true, null],
                              "schema:l": {"@value": "Moskva", "@language": "ru"}}},
    {"schema:name": "anonymous"}
  ]
})";
  rdf::VectorSink sink;
  rdf::read_jsonld(text, "inline.jsonld", sink, "p_");
  const std::string s = "http://schema.org/";
  const std::string xsd = "http://www.w3.org/2001/XMLSchema#";
  std::vector<Quad> expected{
      {Term::blank("p_g"), Term::iri(s + "x"), Term::iri(rdf::vocab::rdf_type), Term::iri(s + "Thing")},
      {Term::blank("p_g"), Term::iri(s + "x"), Term::iri(s + "n"), Term::typed("1", xsd + "integer")},
      {Term::blank("p_g"), Term::iri(s + "x"), Term::iri(s + "n"), Term::typed("2.5", xsd + "double")},
      {Term::blank("p_g"), Term::iri(s + "x"), Term::iri(s + "n"), Term::typed("true", xsd + "boolean")},
      {Term::blank("p_g"), Term::iri(s + "x"), Term::iri(s + "l"), Term::lang("Moskva", "ru")},
      {Term{}, Term::blank("p_jsonld1"), Term::iri(s + "name"), Term::literal("anonymous")},
  };
  CHECK(sink.quads == expected);
}

TEST_CASE("JSON-LD reader: errors name the file and line") {
  auto error_of = [](const std::string& text) {
    rdf::VectorSink sink;
    try {
      rdf::read_jsonld(text, "bad.jsonld", sink);
    } catch (const Error& error) {
      CHECK(error.status() == Status::bad_syntax);
      return std::string(error.what());
    }
    return std::string("no error");
  };
  CHECK(error_of("{\n\"@context\": {},\n\"@graph\": [\n{\"@id\": \"x:y\",\n  \"name\": \"no prefix\"}]}").rfind(
            "bad.jsonld:5: JSON-LD:", 0) == 0);
  CHECK(error_of("{\n\"@graph\": [\n  {\"@id\" \"x:y\"}]}").rfind("bad.jsonld:3: JSON:", 0) == 0);
  CHECK(error_of("{\"@graph\": [{\"@id\": \"a:b\", \"a:p\": \"v\"}], \"@context\": {\"a\": \"https://a/\"}}")
            .find("@context must come before") != std::string::npos);
  CHECK(error_of("{\"@graph\": [{\"@id\": \"https://a/b\", \"https://a/p\": {\"@id\": \"https://a/c\", "
                 "\"https://a/q\": \"embedded\"}}]}")
            .find("embedded nodes") != std::string::npos);
}

TEST_CASE("merging an export with itself in two syntaxes removes every duplicate") {
  MergeOptions options;
  options.writer.format = rdf::Format::nquads;
  std::ostringstream out;
  auto summary = merge_exports({example("tass-ryabkov-nato", "export.nq"), example("tass-ryabkov-nato", "export.trig"),
                                example("tass-ryabkov-nato", "export.jsonld")},
                               options, out);
  auto expected = sorted(read_quads(example("tass-ryabkov-nato", "export.nq")));
  CHECK(summary.statements_read == 3 * expected.size());
  CHECK(summary.statements_written == expected.size());
  CHECK(sorted(parse_nquads(out.str())) == expected);
  CHECK(summary.groups.empty());

  // Turtle and N-Triples hold the union: statements repeated across graphs appear once.
  options.writer.format = rdf::Format::ntriples;
  std::ostringstream triples;
  auto union_summary = merge_exports(
      {example("tass-ryabkov-nato", "export.nq"), example("ap-trump-putin-phone", "export.nq")}, options, triples);
  std::set<std::tuple<Term, Term, Term>> distinct;
  for (const auto& quad : read_quads(example("tass-ryabkov-nato", "export.nq"))) distinct.insert({quad.subject, quad.predicate, quad.object});
  for (const auto& quad : read_quads(example("ap-trump-putin-phone", "export.nq"))) distinct.insert({quad.subject, quad.predicate, quad.object});
  CHECK(union_summary.statements_written == distinct.size());
  CHECK(union_summary.statements_written < union_summary.statements_read);
}

namespace {
// The AP export as another article would give it: its own URL, Putin known
// only as "Putin" (person/putin, no Wikidata link), and the meetings he
// attends under other IRIs (their hash covers the participants).
// The meetings Putin attends in the AP example, sorted, and the IRI each gets in
// the copy: the first a smaller one (the copy's is kept), the others larger ones
// (the original's is kept).
std::vector<std::pair<std::string, std::string>> putin_meetings() {
  std::set<std::string> meetings;
  for (const Quad& quad : read_quads(example("ap-trump-putin-phone", "export.nq")))
    if (quad.predicate.value == "http://schema.org/attendee" && quad.object.value == id + "person/vladimir-putin")
      meetings.insert(quad.subject.value);
  std::vector<std::pair<std::string, std::string>> renamed;
  for (const auto& meeting : meetings)
    renamed.emplace_back(meeting, id + (renamed.empty() ? "meeting/0000000000000000"
                                                        : "meeting/ffffffffffffff0" + std::to_string(renamed.size())));
  return renamed;
}

std::vector<Quad> ap_as_putin_only() {
  const std::string ap_url = "http://www.kurv.com/president-trump-and-putin-spoke-by-phone-syria-on-agenda/";
  const std::string copy_url = "https://example.org/ap-copy/";
  std::map<std::string, std::string> renamed{{id + "person/vladimir-putin", id + "person/putin"}};
  for (const auto& [meeting, copy] : putin_meetings()) renamed.emplace(meeting, copy);
  auto rename = [&](Term& term) {
    if (!term.is_iri()) return;
    if (term.value.rfind(ap_url, 0) == 0) term.value = copy_url + term.value.substr(ap_url.size());
    auto found = renamed.find(term.value);
    if (found != renamed.end()) term.value = found->second;
  };
  std::vector<Quad> quads;
  for (Quad quad : read_quads(example("ap-trump-putin-phone", "export.nq"))) {
    bool putin = quad.subject.value == id + "person/vladimir-putin";
    if (putin && quad.predicate.value == "http://schema.org/sameAs") continue;
    if (putin && quad.predicate.value == "http://schema.org/alternateName") continue;
    if (putin && quad.predicate.value == "http://schema.org/name") quad.object.value = "Putin";
    for (Term* term : {&quad.graph, &quad.subject, &quad.object}) rename(*term);
    quads.push_back(std::move(quad));
  }
  return quads;
}
}  // namespace

TEST_CASE("end to end: Putin in one article and Vladimir Putin in another become one IRI") {
  Scratch scratch;
  std::string copy = scratch.file("ap-copy.jsonld");
  write_quads(ap_as_putin_only(), copy, rdf::Format::jsonld);
  std::string output = scratch.file("merged.trig");
  std::string report = scratch.file("report.jsonl");
  std::ostringstream out, err;
  int status = cli::merge_main({example("tass-ryabkov-nato", "export.nq"), copy, "-o", output, "--report", report,
                                "--memory-mb", "1", "--temp-dir", scratch.path.string()},
                               out, err);
  REQUIRE(status == 0);
  CHECK(err.str().find("1 merged away") != std::string::npos);
  auto quads = read_quads(output);
  const Term putin = Term::iri(id + "person/putin");
  const Term vladimir_putin = Term::iri(id + "person/vladimir-putin");
  const Term copy_graph = Term::iri("https://example.org/ap-copy/");
  const Term entity_graph = Term::iri(id + "graph/entities");
  std::size_t survivor_statements = 0;
  std::set<std::string> names, alternates;
  bool same_as = false;
  for (const auto& quad : quads) {
    CHECK(quad.object != putin);
    if (quad.subject == putin) {
      CHECK(quad.predicate.value == owl_same_as);
      CHECK(quad.object == vladimir_putin);
      CHECK(quad.graph == entity_graph);  // where the copy described it
      same_as = true;
    }
    if (quad.object == vladimir_putin && quad.graph == copy_graph) ++survivor_statements;
    if (quad.subject == vladimir_putin && quad.predicate.value == "http://schema.org/name") names.insert(quad.object.value);
    if (quad.subject == vladimir_putin && quad.predicate.value == "http://schema.org/alternateName")
      alternates.insert(quad.object.value);
  }
  CHECK(same_as);
  CHECK(survivor_statements > 2);  // the copy's statements about Putin now name the survivor
  // One IRI, one name: the merged-away entity's name is an alternate name.
  CHECK(names == std::set<std::string>{"Vladimir Putin"});
  CHECK(alternates.count("Putin") == 1);
  // The report says why.
  std::ifstream report_in(report);
  std::string line;
  REQUIRE(std::getline(report_in, line));
  CHECK(line ==
        "{\"kept\":\"https://w3id.org/newskg/id/person/vladimir-putin\",\"merged\":[\"https://w3id.org/newskg/id/"
        "person/putin\"],\"reason\":\"shared name\",\"names\":[\"Putin\",\"Vladimir Putin\"]}");
  // Graphs are kept: both articles and the entity graph are still there.
  std::set<Term> graphs;
  for (const auto& quad : quads) graphs.insert(quad.graph);
  CHECK(graphs.size() == 3);
  // No temporary files are left.
  for (const auto& entry : std::filesystem::directory_iterator(scratch.path))
    CHECK(entry.path().filename().string().rfind("newskg-merge-", 0) != 0);
}

TEST_CASE("end to end: meetings that differ only by a merged participant are merged") {
  Scratch scratch;
  std::string copy = scratch.file("ap-copy.nq");
  write_quads(ap_as_putin_only(), copy, rdf::Format::nquads);
  MergeOptions options;
  options.writer.format = rdf::Format::nquads;
  options.temp_dir = scratch.path.string();
  std::ostringstream out;
  auto summary = merge_exports({example("ap-trump-putin-phone", "export.nq"), copy}, options, out);
  auto meetings = putin_meetings();
  REQUIRE(meetings.size() >= 2);  // both directions of "the smallest IRI is kept"
  std::vector<std::string> expected{"person/vladimir-putin <- person/putin (shared name)"};
  auto shorten = [](const std::string& iri) { return iri.substr(id.size()); };
  for (const auto& [original, renamed] : meetings)
    expected.push_back(original < renamed ? shorten(original) + " <- " + shorten(renamed) + " (same meeting)"
                                          : shorten(renamed) + " <- " + shorten(original) + " (same meeting)");
  std::sort(expected.begin() + 1, expected.end());
  CHECK(describe(summary.groups) == joined(expected));
  auto quads = parse_nquads(out.str());
  const auto& [first_original, first_copy] = meetings.front();
  std::size_t same_as = 0;
  for (const auto& quad : quads) {
    CHECK(quad.object.value != first_original);
    if (quad.subject.value == first_original) {
      CHECK(quad.predicate.value == owl_same_as);
      CHECK(quad.object.value == first_copy);
      ++same_as;
    }
  }
  CHECK(same_as == 1);  // in the original article's graph
}

TEST_CASE("merge command: usage errors exit 2, unreadable inputs exit 1 and leave no output") {
  Scratch scratch;
  auto run = [](std::vector<std::string> args, std::string* err_text = nullptr) {
    std::ostringstream out, err;
    int status = cli::merge_main(args, out, err);
    if (err_text) *err_text = err.str();
    return status;
  };
  std::string nq = example("tass-ryabkov-nato", "export.nq");
  std::string output = scratch.file("out.nq");
  CHECK(run({nq}) == 2);                                         // no -o
  CHECK(run({"-o", output}) == 2);                               // no input
  CHECK(run({nq, "-o", output, "--format", "rdfxml"}) == 2);     // unknown format
  CHECK(run({nq, "-o", output, "--memory-mb", "0"}) == 2);
  CHECK(run({nq, "-o", output, "--no-such-option"}) == 2);
  CHECK(run({scratch.file("article.txt"), "-o", output}) == 2);  // not an export
  CHECK(run({"--help"}) == 0);

  std::string bad = scratch.file("bad.nq");
  std::ofstream(bad) << "<https://a/s> <https://a/p> <https://a/o> .\n<https://a/s> <https://a/p> \"x .\n";
  std::string message;
  CHECK(run({nq, bad, "-o", output, "--report", scratch.file("report.jsonl")}, &message) == 1);
  CHECK(message.find(bad + ":2:") != std::string::npos);
  CHECK_FALSE(std::filesystem::exists(output));
  CHECK_FALSE(std::filesystem::exists(scratch.file("report.jsonl")));
  std::size_t files = 0;
  for ([[maybe_unused]] const auto& entry : std::filesystem::directory_iterator(scratch.path)) ++files;
  CHECK(files == 1);  // only bad.nq: no temporary output left behind

  CHECK(run({nq, scratch.file("missing.nq"), "-o", output}) == 1);
  CHECK_FALSE(std::filesystem::exists(output));

  // The format follows the output's extension.
  std::string trig = scratch.file("out.trig");
  REQUIRE(run({nq, "-o", trig, "-q"}) == 0);
  std::ifstream in(trig);
  std::string text((std::istreambuf_iterator<char>(in)), std::istreambuf_iterator<char>());
  CHECK(text.find("@prefix") != std::string::npos);
  CHECK(text.find(" {") != std::string::npos);
}

namespace {
// `path` gzip-compressed into `target` (as `newskg extract -o x.nq.gz` writes).
void gzip_file(const std::string& path, const std::string& target) {
  std::ifstream in(path, std::ios::binary);
  std::ofstream out(target, std::ios::binary);
  GzipOStream gzip(out);
  gzip << in.rdbuf();
  gzip.finish();
}
}  // namespace

TEST_CASE("merge reads gzip-compressed exports, and their errors name the file given") {
  Scratch scratch;
  std::string nq = example("tass-ryabkov-nato", "export.nq");
  std::string trig = example("ap-trump-putin-phone", "export.trig");
  gzip_file(nq, scratch.file("tass.nq.gz"));
  gzip_file(trig, scratch.file("ap.trig.gz"));
  CHECK(sorted(read_quads(scratch.file("tass.nq.gz"))) == sorted(read_quads(nq)));
  CHECK(sorted(read_quads(scratch.file("ap.trig.gz"))) == sorted(read_quads(trig)));

  auto run = [](std::vector<std::string> args) {
    std::ostringstream out, err;
    return cli::merge_main(args, out, err);
  };
  REQUIRE(run({scratch.file("tass.nq.gz"), scratch.file("ap.trig.gz"), "-o", scratch.file("gz.nq"), "-q"}) == 0);
  REQUIRE(run({nq, trig, "-o", scratch.file("plain.nq"), "-q"}) == 0);
  CHECK(sorted(read_quads(scratch.file("gz.nq"))) == sorted(read_quads(scratch.file("plain.nq"))));

  std::string bad = scratch.file("bad.nq");
  std::ofstream(bad) << "<https://a/s> <https://a/p> <https://a/o> .\n<https://a/s> <https://a/p> \"x .\n";
  gzip_file(bad, scratch.file("bad.nq.gz"));
  try {
    read_quads(scratch.file("bad.nq.gz"));
    FAIL("a syntax error in a .gz export must throw");
  } catch (const Error& error) {
    CHECK(error.where().file == scratch.file("bad.nq.gz"));
    CHECK(error.where().line == 2);
  }
  // Not gzip inside: refused with the file's name, not read as text.
  std::ofstream(scratch.file("fake.nq.gz")) << "\x1f\x8b not really gzip";
  CHECK_THROWS_AS(read_quads(scratch.file("fake.nq.gz")), Error);
}
