// Maps one article and what was extracted from it to statements in the
// article's named graph (ontology/GRAPH.md is the contract).
#pragma once

#include <string>

#include "newskg/extract/model.hpp"
#include "newskg/ingest/article.hpp"
#include "newskg/rdf/sink.hpp"

namespace newskg::graph {

struct GraphOptions {
  std::string base = "https://w3id.org/newskg/id/";
};

// Declares the export prefixes on `sink`; call once per output document.
void write_prefixes(rdf::QuadSink& sink);

// Writes the article's statements, grouped by subject, in a fixed order.
void write_article(const ingest::Article& article, const extract::Extraction& extraction,
                   const GraphOptions& options, rdf::QuadSink& sink);

}  // namespace newskg::graph
