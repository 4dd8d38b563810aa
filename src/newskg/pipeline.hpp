// The whole job for callers: read inputs, extract, write one document.
#pragma once

#include <ostream>
#include <string>
#include <vector>

#include "newskg/error.hpp"
#include "newskg/graph/mapper.hpp"
#include "newskg/ingest/ingest.hpp"
#include "newskg/lexicon/knowledge.hpp"
#include "newskg/rdf/sink.hpp"

namespace newskg {

struct ExportOptions {
  ingest::IngestOptions ingest;
  graph::GraphOptions graph;
  std::vector<std::string> lexicons;  // user lexicon files (Turtle), added to the embedded ones
};

struct ExportSummary {
  std::size_t articles = 0;  // exported
  std::size_t failed = 0;    // reported and skipped
  std::size_t warnings = 0;
};

// Exports every article of `inputs` into `sink` (prefixes, then each article's
// graph, then finish). A bad article is reported to `diagnostics` and skipped;
// an input that cannot be opened is reported and counted as failed.
ExportSummary export_articles(const std::vector<std::string>& inputs, const ExportOptions& options,
                              rdf::QuadSink& sink, DiagnosticSink& diagnostics);

// One article from memory, for tests and library users.
void export_article(const ingest::Article& article, const lexicon::Knowledge& knowledge,
                    const ExportOptions& options, rdf::QuadSink& sink, DiagnosticSink& diagnostics);

}  // namespace newskg
