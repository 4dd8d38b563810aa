// Maps one article and what was extracted from it to statements in the
// article's named graph (ontology/GRAPH.md is the contract).
#pragma once

#include <string>
#include <string_view>
#include <vector>

#include "newskg/extract/model.hpp"
#include "newskg/ingest/article.hpp"
#include "newskg/rdf/sink.hpp"

namespace newskg::graph {

// Which mention nodes (nif:Phrase) an export holds: every one; only those a
// fact (role, meeting, proposal, statement) gives as nkg:evidence; or none
// (facts then carry no nkg:evidence either).
enum class Evidence { all, facts, none };

struct GraphOptions {
  std::string base = "https://w3id.org/newskg/id/";
  Evidence evidence = Evidence::all;
  double min_confidence = 0.0;  // facts (roles, meetings, proposals, statements) below it are dropped
};

// The shared graph holding every entity's description: BASE graph/entities.
std::string entity_graph_iri(std::string_view base);
// True for a graph name of that form (whatever the base): a store should add
// to such a graph, never replace it, since every export holds part of it.
bool is_entity_graph(std::string_view iri);

// An entity's IRI and its one schema:name, decided together so that they
// cannot diverge: the lexicon's preferred label where the lexicon knows the
// entity, otherwise the form the article names it by; the IRI is minted from
// that name. `alternates` are the article's other forms (never the name).
struct EntityNaming {
  std::string iri;
  std::string name;
  std::vector<std::string> alternates;
};
EntityNaming name_entity(const extract::Entity& entity, std::string_view base);

// "all", "facts", "none"; throws Error(bad_argument) naming the choices.
Evidence parse_evidence(std::string_view name);

// Declares the export prefixes on `sink`; call once per output document.
void write_prefixes(rdf::QuadSink& sink);

// Writes the article's statements, grouped by subject, in a fixed order: the
// shared entity graph's first, then the article's graph's. Every IRI that the
// article or a lexicon supplied is checked before the first statement (the
// Error(bad_argument) check_quad would throw), the others are minted writable
// from the checked base: the statements need no further check, and an article
// is refused whole or written whole.
void write_article(const ingest::Article& article, const extract::Extraction& extraction,
                   const GraphOptions& options, rdf::QuadSink& sink);

}  // namespace newskg::graph
