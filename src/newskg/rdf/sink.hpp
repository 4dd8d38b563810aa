// The one interface between the extractor and every output format (Serd's
// SerdStatementSink, RapidJSON's Handler): the producer pushes, the sink writes.
#pragma once

#include <memory>
#include <optional>
#include <ostream>
#include <string>
#include <string_view>
#include <vector>

#include "newskg/rdf/term.hpp"

namespace newskg::rdf {

// Renders one statement as one line of N-Triples or N-Quads.
class LineRenderer {
 public:
  virtual ~LineRenderer() = default;
  // Appends the statement's line to `out`. The statement must be writable:
  // passed check_quad, or made of IRIs minted to be (graph::write_article's).
  virtual void render(const Quad& quad, std::string& out) = 0;
};

class QuadSink {
 public:
  virtual ~QuadSink() = default;
  // Declare a prefix; call before the first quad that uses it.
  virtual void prefix(std::string_view name, std::string_view iri) = 0;
  // Statements of one subject in one graph should arrive together: writers
  // group them (Turtle) or must (JSON-LD node objects).
  virtual void quad(const Quad& quad) = 0;
  // The same, for a statement the caller no longer needs: a sink that keeps
  // statements takes it without copying.
  virtual void take(Quad&& quad) { this->quad(quad); }
  // Flush and complete the document; throws Error on a failed write.
  virtual void finish() = 0;

  // Formats of independent lines (N-Triples, N-Quads) can be rendered in
  // pieces, in parallel, and appended in order with the same bytes as a
  // statement-by-statement write: line_renderer() gives a renderer of this
  // sink's format that each thread may own (none when the format cannot do
  // this), append_rendered() writes its bytes.
  virtual std::unique_ptr<LineRenderer> line_renderer() const { return nullptr; }
  virtual void append_rendered(std::string_view) {}

  // False for a format that holds one graph (Turtle, N-Triples): it drops
  // every statement's graph name.
  virtual bool keeps_graphs() const { return true; }
};

enum class Format { turtle, trig, ntriples, nquads, jsonld };

// "turtle" -> Format::turtle; throws Error(bad_argument) naming the choices.
// Also the short names ttl, nt, nq and json-ld.
Format parse_format(std::string_view name);
// The format a file name's extension names (.ttl .trig .nt .nq .jsonld, a
// final .gz ignored), or none.
std::optional<Format> format_of_extension(std::string_view path);
std::string_view format_name(Format format) noexcept;
std::string_view format_extension(Format format) noexcept;  // "ttl", "trig", ...
bool format_has_graphs(Format format) noexcept;

struct WriterOptions {
  Format format = Format::turtle;
  // JSON-LD: reference this context URL instead of embedding ontology/context.jsonld.
  std::string context_url;
};

// A writer for `options.format` writing to `out`, which must outlive it.
std::unique_ptr<QuadSink> make_writer(const WriterOptions& options, std::ostream& out);

// Keeps every quad (checked as the writers check them); for tests, and to
// buffer one article so that a refused statement skips it whole.
class VectorSink final : public QuadSink {
 public:
  void prefix(std::string_view name, std::string_view iri) override {
    prefixes.emplace_back(std::string(name), std::string(iri));
  }
  void quad(const Quad& q) override {
    check_quad(q);
    quads.push_back(q);
  }
  void take(Quad&& q) override {
    check_quad(q);
    quads.push_back(std::move(q));
  }
  void finish() override { finished = true; }

  std::vector<std::pair<std::string, std::string>> prefixes;
  std::vector<Quad> quads;
  bool finished = false;
};

}  // namespace newskg::rdf
