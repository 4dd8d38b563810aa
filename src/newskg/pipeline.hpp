// The whole job for callers: read inputs, extract, write one document.
#pragma once

#include <cstdint>
#include <functional>
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
  unsigned jobs = 1;                   // worker threads; the output is the same whatever the number
  bool keep_duplicates = false;        // write an article again when its IRI was already written
};

// How far an export has come, for progress reports.
struct ExportProgress {
  std::size_t articles = 0;     // exported so far
  std::size_t failed = 0;
  std::uint64_t bytes_done = 0;   // input bytes read so far
  std::uint64_t bytes_total = 0;  // size of all input files (0 for standard input)
};

struct ExportHooks {
  std::function<void(const ExportProgress&)> progress;  // after each article, in input order
  std::function<void()> after_article;                  // after an article's statements were written
};

struct ExportSummary {
  std::size_t articles = 0;  // exported
  std::size_t failed = 0;    // reported and skipped
  std::size_t duplicates = 0;  // the same article IRI as an earlier input: reported and skipped
  std::size_t warnings = 0;
  std::uint64_t statements = 0;  // written (each statement once)
};

// Exports every article of `inputs` into `sink` (prefixes, then each article's
// graph, then finish). A bad article is reported to `diagnostics` and skipped;
// an input that cannot be opened is reported and counted as failed.
// INPUT may also be a folder: its .txt, .jsonl and .ndjson files, recursively,
// in name order. With options.jobs > 1 articles are extracted in parallel and
// written in input order, so the output does not depend on the number of jobs.
ExportSummary export_articles(const std::vector<std::string>& inputs, const ExportOptions& options,
                              rdf::QuadSink& sink, DiagnosticSink& diagnostics, const ExportHooks& hooks = {});

// The article files an INPUT names: itself, or a folder's files as above.
std::vector<std::string> expand_inputs(const std::vector<std::string>& inputs);

// One article from memory, for tests and library users.
void export_article(const ingest::Article& article, const lexicon::Knowledge& knowledge,
                    const ExportOptions& options, rdf::QuadSink& sink, DiagnosticSink& diagnostics);

}  // namespace newskg
