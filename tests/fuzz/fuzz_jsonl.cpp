// The JSON Lines reader: every line is an article or a reported error (deep
// nesting, bad JSON, bad fields, oversized); every article's text and
// metadata is valid UTF-8 and its graph, written as N-Quads and JSON-LD,
// reads back.
#include <cstddef>
#include <cstdint>
#include <sstream>

#include "fuzz_common.hpp"
#include "newskg/ingest/ingest.hpp"
#include "newskg/lexicon/knowledge.hpp"
#include "newskg/pipeline.hpp"

using namespace newskg;

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  static auto knowledge = lexicon::Knowledge::standard();
  NullDiagnostics diagnostics;
  ingest::IngestOptions options;
  options.max_article_bytes = 1u << 12;
  auto in = std::make_unique<std::istringstream>(std::string(reinterpret_cast<const char*>(data), size));
  auto source = ingest::open_json_lines(std::move(in), "fuzz.jsonl", options, diagnostics);
  std::size_t lines = 0;
  while (auto item = source->next()) {
    fuzz::require(++lines <= size + 1, "more items than lines");
    auto* article = std::get_if<ingest::Article>(&*item);
    if (!article) continue;
    fuzz::require(article->text.size() <= options.max_article_bytes * 3, "an oversized article was accepted");
    for (const std::string* field : {&article->text, &article->id, &article->url, &article->title,
                                     &article->source, &article->date})
      fuzz::require(fuzz::valid_utf8(*field), "not valid UTF-8: " + *field);
    rdf::VectorSink graph;
    ExportOptions export_options;
    try {
      export_article(*article, *knowledge, export_options, graph, diagnostics);
    } catch (const Error&) {
      continue;  // refused statements skip the article, as in an export
    }
    fuzz::check_writers(graph.quads);
  }
  return 0;
}
