// The extractor end to end: the bytes as an article (dated, with a URL), its
// graph written with the N-Quads and the JSON-LD writers; both read back (Serd,
// the JSON-LD reader) to the same statements.
#include <cstddef>
#include <cstdint>

#include "fuzz_common.hpp"
#include "newskg/ingest/ingest.hpp"
#include "newskg/lexicon/knowledge.hpp"
#include "newskg/pipeline.hpp"

using namespace newskg;

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  static auto knowledge = lexicon::Knowledge::standard();
  std::string_view bytes(reinterpret_cast<const char*>(data), size);
  NullDiagnostics diagnostics;
  ingest::Metadata metadata;
  metadata.date = "2021-12-10";
  metadata.url = "https://example.org/news/1";
  std::optional<ingest::Article> article;
  try {
    article = ingest::make_article(bytes, metadata, {"fuzz.txt", 0}, {}, diagnostics);
  } catch (const Error&) {
    return 0;
  }
  rdf::VectorSink graph;
  try {
    export_article(*article, *knowledge, {}, graph, diagnostics);
  } catch (const Error& error) {
    fuzz::fail(std::string("the extractor made a statement the writers refuse: ") + error.what());
  }
  fuzz::check_writers(graph.quads);
  return 0;
}
