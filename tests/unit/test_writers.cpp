#include <doctest/doctest.h>

#include <rapidjson/document.h>

#include <sstream>

#include "newskg/error.hpp"
#include "newskg/rdf/jsonld_writer.hpp"
#include "newskg/rdf/sink.hpp"
#include "newskg/rdf/vocab.hpp"

using namespace newskg;
using namespace newskg::rdf;

namespace {
const std::string g = "https://example.org/graph/1";
const std::string s = "https://example.org/s";
const std::string name = "http://schema.org/name";

std::string write(Format format, const std::vector<Quad>& quads, std::string context_url = {}) {
  std::ostringstream out;
  auto writer = make_writer({format, std::move(context_url)}, out);
  for (const auto& [prefix, iri] : vocab::export_prefixes) writer->prefix(prefix, iri);
  for (const auto& quad : quads) writer->quad(quad);
  writer->finish();
  return out.str();
}

Quad quad(Term subject, std::string predicate, Term object, Term graph = Term::iri(g)) {
  return {std::move(graph), std::move(subject), Term::iri(std::move(predicate)), std::move(object)};
}
}  // namespace

TEST_CASE("Turtle groups subjects and uses prefixes; N-Triples drop graphs; N-Quads keep them") {
  std::vector<Quad> quads{quad(Term::iri(s), vocab::rdf_type, Term::iri("http://schema.org/Person")),
                          quad(Term::iri(s), name, Term::literal("Sergey Ryabkov"))};
  std::string turtle = write(Format::turtle, quads);
  CHECK(turtle.find("@prefix schema: <http://schema.org/> .") != std::string::npos);
  CHECK(turtle.find("a schema:Person") != std::string::npos);
  CHECK(turtle.find("schema:name \"Sergey Ryabkov\"") != std::string::npos);
  std::string ntriples = write(Format::ntriples, quads);
  CHECK(ntriples.find(g) == std::string::npos);
  CHECK(ntriples.find("<https://example.org/s> <http://schema.org/name> \"Sergey Ryabkov\" .") != std::string::npos);
  std::string nquads = write(Format::nquads, quads);
  CHECK(nquads.find("\"Sergey Ryabkov\" <" + g + "> .") != std::string::npos);
  std::string trig = write(Format::trig, quads);
  CHECK(trig.find("<" + g + "> {") != std::string::npos);
}

TEST_CASE("hostile literals are escaped in every syntax") {
  std::string hostile = "a>b \"c\" \\d {e}\nline two\ttab \xE2\x80\x94 \xF0\x9F\x98\x80";
  std::vector<Quad> quads{quad(Term::iri(s), name, Term::literal(hostile)),
                          quad(Term::iri(s), "http://schema.org/description", Term::lang("\"quoted\"", "en-GB")),
                          quad(Term::iri(s), "http://schema.org/startDate",
                               Term::typed("2021-12", "http://www.w3.org/2001/XMLSchema#gYearMonth"))};
  std::string nt = write(Format::ntriples, quads);
  CHECK(nt.find("a>b \\\"c\\\" \\\\d {e}\\nline two\\ttab") != std::string::npos);
  std::string json = write(Format::jsonld, quads);
  rapidjson::Document doc;
  doc.Parse(json.c_str());
  REQUIRE_FALSE(doc.HasParseError());
  const auto& node = doc["@graph"][0]["@graph"][0];
  CHECK(std::string(node["schema:name"].GetString()) == hostile);
  CHECK(std::string(node["schema:description"]["@language"].GetString()) == "en-GB");
  CHECK(std::string(node["schema:startDate"]["@type"].GetString()) == "xsd:gYearMonth");
}

TEST_CASE("JSON-LD: embedded or referenced context, one named graph per graph, types compacted") {
  std::vector<Quad> quads{quad(Term::iri(s), vocab::rdf_type, Term::iri("http://schema.org/Person")),
                          quad(Term::iri(s), "http://schema.org/knows", Term::iri("https://example.org/o")),
                          quad(Term::iri(s), name, Term::literal("Other graph"), Term::iri("https://example.org/graph/2"))};
  rapidjson::Document embedded;
  embedded.Parse(write(Format::jsonld, quads).c_str());
  REQUIRE(embedded["@context"].IsObject());
  CHECK(std::string(embedded["@context"]["schema"].GetString()) == "http://schema.org/");
  REQUIRE(embedded["@graph"].Size() == 2);
  CHECK(std::string(embedded["@graph"][0]["@id"].GetString()) == g);
  CHECK(std::string(embedded["@graph"][0]["@graph"][0]["@type"].GetString()) == "schema:Person");
  CHECK(std::string(embedded["@graph"][0]["@graph"][0]["schema:knows"]["@id"].GetString()) == "https://example.org/o");

  rapidjson::Document referenced;
  referenced.Parse(write(Format::jsonld, quads, "https://example.org/context.jsonld").c_str());
  CHECK(std::string(referenced["@context"].GetString()) == "https://example.org/context.jsonld");

  rapidjson::Document empty;
  empty.Parse(write(Format::jsonld, {}).c_str());
  CHECK(empty["@graph"].IsArray());
  CHECK(empty["@graph"].Size() == 0);
}

TEST_CASE("writers refuse incoherent statements") {
  for (Format format : {Format::turtle, Format::trig, Format::ntriples, Format::nquads, Format::jsonld}) {
    CAPTURE(format_name(format));
    std::ostringstream out;
    auto writer = make_writer({format, {}}, out);
    CHECK_THROWS_AS(writer->quad(quad(Term::literal("x"), name, Term::literal("y"))), Error);
    CHECK_THROWS_AS(writer->quad(quad(Term::iri(""), name, Term::literal("y"))), Error);
    CHECK_THROWS_AS(writer->quad(quad(Term::iri("relative/iri"), name, Term::literal("y"))), Error);
    CHECK_THROWS_AS(writer->quad(quad(Term::iri("https://example.org/a b"), name, Term::literal("y"))), Error);
    CHECK_THROWS_AS(writer->quad(quad(Term::iri(s), name, Term{TermKind::literal, "y", "http://x/dt", "en"})), Error);
    CHECK_THROWS_AS(writer->quad(quad(Term::iri(s), name, Term::lang("y", "not a tag"))), Error);
    CHECK_THROWS_AS(writer->quad({Term::iri(g), Term::iri(s), Term::literal("p"), Term::literal("y")}), Error);
  }
  CHECK_THROWS_AS(parse_format("rdfxml"), Error);
}

TEST_CASE("writers refuse incoherent statements after coherent ones with the same terms") {
  // QuadChecker skips the terms it checked before: what changes is still checked.
  const std::string dt = "http://www.w3.org/2001/XMLSchema#decimal";
  for (Format format : {Format::turtle, Format::trig, Format::ntriples, Format::nquads, Format::jsonld}) {
    CAPTURE(format_name(format));
    std::ostringstream out;
    auto writer = make_writer({format, {}}, out);
    CHECK_NOTHROW(writer->quad(quad(Term::iri(s), name, Term::typed("1.5", dt))));
    CHECK_NOTHROW(writer->quad(quad(Term::iri(s), name, Term::iri("https://example.org/o"))));
    CHECK_THROWS_AS(writer->quad(quad(Term::iri(s), name, Term{TermKind::literal, "y", dt, "en"})), Error);
    CHECK_THROWS_AS(writer->quad(quad(Term::iri(s), name, Term::iri("https://example.org/o b"))), Error);
    CHECK_THROWS_AS(writer->quad(quad(Term::iri(s), name, Term::literal("y"), Term::iri("graph"))), Error);
    CHECK_THROWS_AS(writer->quad(quad(Term::iri(s + " x"), name, Term::literal("y"))), Error);
    CHECK_THROWS_AS(writer->quad({Term::iri(g), Term::iri(s), Term::literal(name), Term::literal("y")}), Error);
    CHECK_NOTHROW(writer->quad(quad(Term::iri(s), name, Term::typed("2.5", dt))));
  }
}

TEST_CASE("JSON-LD refuses an IRI that would read as one of its compact IRIs") {
  std::ostringstream out;
  auto writer = make_jsonld_writer(out, embedded_context());
  CHECK_THROWS_AS(writer->quad(quad(Term::iri(s), name, Term::iri("schema:trap"))), Error);
  CHECK_NOTHROW(writer->quad(quad(Term::iri(s), name, Term::iri("schema://fine"))));
}

TEST_CASE("a failing output stream is an I/O error, not silence") {
  std::ostringstream out;
  out.setstate(std::ios::badbit);
  for (Format format : {Format::turtle, Format::jsonld}) {
    auto writer = make_writer({format, {}}, out);
    CHECK_THROWS_AS(
        {
          writer->quad(quad(Term::iri(s), name, Term::literal("y")));
          writer->finish();
        },
        Error);
  }
}
