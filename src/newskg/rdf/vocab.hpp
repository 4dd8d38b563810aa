// The namespaces and terms newskg writes (ontology/GRAPH.md is the contract).
#pragma once

#include <array>
#include <string>
#include <string_view>
#include <utility>

namespace newskg::rdf::vocab {

inline constexpr std::string_view nkg = "https://w3id.org/newskg/ns#";
inline constexpr std::string_view nkgc = "https://w3id.org/newskg/concept/";
inline constexpr std::string_view default_base = "https://w3id.org/newskg/id/";
inline constexpr std::string_view schema = "http://schema.org/";
inline constexpr std::string_view nif = "http://persistence.uni-leipzig.org/nlp2rdf/ontologies/nif-core#";
inline constexpr std::string_view itsrdf = "http://www.w3.org/2005/11/its/rdf#";
inline constexpr std::string_view prov = "http://www.w3.org/ns/prov#";
inline constexpr std::string_view org = "http://www.w3.org/ns/org#";
inline constexpr std::string_view sem = "http://semanticweb.cs.vu.nl/2009/11/sem/";
inline constexpr std::string_view skos = "http://www.w3.org/2004/02/skos/core#";
inline constexpr std::string_view xsd = "http://www.w3.org/2001/XMLSchema#";
inline constexpr std::string_view rdf = "http://www.w3.org/1999/02/22-rdf-syntax-ns#";
inline constexpr std::string_view owl = "http://www.w3.org/2002/07/owl#";
inline constexpr std::string_view wd = "http://www.wikidata.org/entity/";

inline const std::string rdf_type = std::string(rdf) + "type";
inline const std::string xsd_string = std::string(xsd) + "string";

// The prefixes every export declares, in this order.
inline constexpr std::array<std::pair<std::string_view, std::string_view>, 10> export_prefixes{{
    {"nkg", nkg},
    {"nkgc", nkgc},
    {"schema", schema},
    {"nif", nif},
    {"itsrdf", itsrdf},
    {"prov", prov},
    {"org", org},
    {"sem", sem},
    {"xsd", xsd},
    {"rdf", rdf},
}};

inline std::string term(std::string_view ns, std::string_view local) {
  std::string iri(ns);
  iri += local;
  return iri;
}

}  // namespace newskg::rdf::vocab
