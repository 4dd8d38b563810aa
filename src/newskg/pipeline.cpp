#include "newskg/pipeline.hpp"

#include "newskg/extract/extractor.hpp"

namespace newskg {
namespace {

// Counts what passes through, so the summary can report it.
class CountingDiagnostics final : public DiagnosticSink {
 public:
  explicit CountingDiagnostics(DiagnosticSink& next) : next_(next) {}
  void report(const Diagnostic& diagnostic) override {
    if (diagnostic.severity == Severity::warning) ++warnings;
    next_.report(diagnostic);
  }
  std::size_t warnings = 0;

 private:
  DiagnosticSink& next_;
};

}  // namespace

void export_article(const ingest::Article& article, const lexicon::Knowledge& knowledge,
                    const ExportOptions& options, rdf::QuadSink& sink, DiagnosticSink& diagnostics) {
  extract::Extraction extraction = extract::extract(article, knowledge, diagnostics);
  graph::write_article(article, extraction, options.graph, sink);
}

ExportSummary export_articles(const std::vector<std::string>& inputs, const ExportOptions& options,
                              rdf::QuadSink& sink, DiagnosticSink& diagnostics) {
  ExportSummary summary;
  CountingDiagnostics counting(diagnostics);
  auto knowledge = options.lexicons.empty() ? lexicon::Knowledge::standard()
                                            : lexicon::Knowledge::load(options.lexicons);
  graph::write_prefixes(sink);
  for (const auto& input : inputs) {
    std::unique_ptr<ingest::ArticleSource> source;
    try {
      source = ingest::open_source(input, options.ingest, counting);
    } catch (const Error& error) {
      counting.report({Severity::error, error.message(), error.where()});
      ++summary.failed;
      continue;
    }
    while (true) {
      std::optional<ingest::ArticleOrError> item;
      try {
        item = source->next();
      } catch (const Error& error) {
        counting.report({Severity::error, error.message(), error.where()});
        ++summary.failed;
        break;
      }
      if (!item) break;
      if (auto* error = std::get_if<Error>(&*item)) {
        counting.report({Severity::error, error->message() + "; article skipped", error->where()});
        ++summary.failed;
        continue;
      }
      // Buffer one article so that a failure half-way never leaves half a graph.
      rdf::VectorSink buffer;
      try {
        export_article(std::get<ingest::Article>(*item), *knowledge, options, buffer, counting);
      } catch (const Error& error) {
        const auto& article = std::get<ingest::Article>(*item);
        counting.report({Severity::error, error.message() + "; article skipped", article.origin});
        ++summary.failed;
        continue;
      }
      for (const auto& quad : buffer.quads) sink.quad(quad);
      ++summary.articles;
    }
  }
  sink.finish();
  summary.warnings = counting.warnings;
  return summary;
}

}  // namespace newskg
