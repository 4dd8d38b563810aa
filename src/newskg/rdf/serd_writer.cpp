// Turtle, TriG, N-Triples and N-Quads through Serd's streaming writer.
#include <serd/serd.h>

#include <memory>
#include <ostream>

#include "newskg/error.hpp"
#include "newskg/rdf/serd_writer.hpp"

namespace newskg::rdf {
namespace {

struct EnvDeleter {
  void operator()(SerdEnv* env) const { serd_env_free(env); }
};
struct WriterDeleter {
  void operator()(SerdWriter* writer) const { serd_writer_free(writer); }
};

SerdNode node_of(SerdType type, const std::string& text) {
  return serd_node_from_substring(type, reinterpret_cast<const uint8_t*>(text.data()), text.size());
}

SerdSyntax syntax_of(Format format) {
  switch (format) {
    case Format::turtle: return SERD_TURTLE;
    case Format::trig: return SERD_TRIG;
    case Format::ntriples: return SERD_NTRIPLES;
    case Format::nquads: return SERD_NQUADS;
    case Format::jsonld: break;
  }
  throw Error(Status::internal, "Serd cannot write JSON-LD");
}

class SerdQuadWriter final : public QuadSink {
 public:
  SerdQuadWriter(Format format, std::ostream& out)
      : out_(out), with_graphs_(format_has_graphs(format)), env_(serd_env_new(nullptr)) {
    bool terse = format == Format::turtle || format == Format::trig;
    auto style = static_cast<SerdStyle>(terse ? (SERD_STYLE_ABBREVIATED | SERD_STYLE_CURIED) : 0);
    writer_.reset(serd_writer_new(syntax_of(format), style, env_.get(), nullptr, &write_bytes, this));
    serd_writer_set_error_sink(writer_.get(), &on_error, this);
  }

  void prefix(std::string_view name, std::string_view iri) override {
    std::string name_text(name), iri_text(iri);
    SerdNode name_node = node_of(SERD_LITERAL, name_text);
    SerdNode iri_node = node_of(SERD_URI, iri_text);
    check(serd_env_set_prefix(env_.get(), &name_node, &iri_node), "prefix");
    check(serd_writer_set_prefix(writer_.get(), &name_node, &iri_node), "prefix");
  }

  void quad(const Quad& q) override {
    check_quad(q);
    SerdNode graph = with_graphs_ && !q.graph.is_none() ? node_for(q.graph) : SERD_NODE_NULL;
    SerdNode subject = node_for(q.subject);
    SerdNode predicate = node_for(q.predicate);
    SerdNode object = node_for(q.object);
    SerdNode datatype = SERD_NODE_NULL;
    SerdNode language = SERD_NODE_NULL;
    if (q.object.is_literal()) {
      if (!q.object.datatype.empty()) datatype = node_of(SERD_URI, q.object.datatype);
      if (!q.object.language.empty()) language = node_of(SERD_LITERAL, q.object.language);
    }
    check(serd_writer_write_statement(writer_.get(), 0, graph.buf ? &graph : nullptr, &subject,
                                      &predicate, &object, datatype.buf ? &datatype : nullptr,
                                      language.buf ? &language : nullptr),
          "statement");
  }

  void finish() override {
    check(serd_writer_finish(writer_.get()), "end of document");
    out_.flush();
    if (!out_) throw Error(Status::io_error, "could not write the output");
  }

 private:
  static SerdNode node_for(const Term& term) {
    switch (term.kind) {
      case TermKind::iri: return node_of(SERD_URI, term.value);
      case TermKind::blank: return node_of(SERD_BLANK, term.value);
      case TermKind::literal: return node_of(SERD_LITERAL, term.value);
      case TermKind::none: break;
    }
    return SERD_NODE_NULL;
  }

  static size_t write_bytes(const void* buf, size_t len, void* stream) {
    auto* self = static_cast<SerdQuadWriter*>(stream);
    self->out_.write(static_cast<const char*>(buf), static_cast<std::streamsize>(len));
    return self->out_ ? len : 0;
  }

  static SerdStatus on_error(void* handle, const SerdError* error) {
    auto* self = static_cast<SerdQuadWriter*>(handle);
    self->last_error_ = error->fmt ? error->fmt : "";
    return error->status;
  }

  void check(SerdStatus status, const char* what) {
    if (status == SERD_SUCCESS) return;
    if (!out_) throw Error(Status::io_error, "could not write the output");
    std::string detail = last_error_.empty() ? "" : " (" + last_error_ + ")";
    throw Error(Status::internal, std::string("Serd refused the ") + what + ": " +
                                      reinterpret_cast<const char*>(serd_strerror(status)) + detail);
  }

  std::ostream& out_;
  bool with_graphs_;
  std::unique_ptr<SerdEnv, EnvDeleter> env_;
  std::unique_ptr<SerdWriter, WriterDeleter> writer_;
  std::string last_error_;
};

}  // namespace

std::unique_ptr<QuadSink> make_serd_writer(Format format, std::ostream& out) {
  return std::make_unique<SerdQuadWriter>(format, out);
}

}  // namespace newskg::rdf
