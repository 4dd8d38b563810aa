#include "newskg/merge/nquads_reader.hpp"

#include <serd/serd.h>

#include <algorithm>
#include <cstdarg>
#include <cstdio>
#include <memory>
#include <string>

#include "newskg/error.hpp"
#include "newskg/rdf/vocab.hpp"
#include "newskg/rdf/serd_error.hpp"
#include "newskg/rdf/serd_input.hpp"

namespace newskg::merge {
namespace {

struct ChunkState {
  rdf::QuadSink* sink;
  std::string error;
  unsigned line = 0;
  bool end_seen = false;  // the end marker (rdf/serd_input.hpp)
  std::size_t statements = 0;
  bool sink_error = false;  // the error is the sink's (or invalid UTF-8): Serd knows no line
};

std::string text_of(const SerdNode* node) {
  return node ? std::string(reinterpret_cast<const char*>(node->buf), node->n_bytes) : std::string();
}

// N-Quads has no prefixes: nodes are IRIs, blank nodes and literals.
rdf::Term term_of(const SerdNode* node, const SerdNode* datatype, const SerdNode* language) {
  switch (node->type) {
    case SERD_URI: return rdf::Term::iri(text_of(node));
    case SERD_BLANK: return rdf::Term::blank(text_of(node));
    case SERD_LITERAL: {
      rdf::Term literal = rdf::Term::literal(text_of(node));
      if (language) literal.language = text_of(language);
      if (datatype) {
        literal.datatype = text_of(datatype);
        if (literal.datatype == rdf::vocab::xsd_string) literal.datatype.clear();
      }
      return literal;
    }
    case SERD_CURIE:
    case SERD_NOTHING: break;
  }
  return {};
}

SerdStatus on_statement(void* handle, SerdStatementFlags, const SerdNode* graph, const SerdNode* subject,
                        const SerdNode* predicate, const SerdNode* object, const SerdNode* datatype,
                        const SerdNode* language) {
  auto* state = static_cast<ChunkState*>(handle);
  if (rdf::is_end_marker(subject)) {
    state->end_seen = true;
    return SERD_SUCCESS;
  }
  ++state->statements;
  for (const SerdNode* node : {graph, subject, predicate, object, datatype, language}) {
    if (!rdf::is_valid_utf8(node)) {
      state->error = "invalid UTF-8 in an IRI or literal";
      state->sink_error = true;
      return SERD_ERR_BAD_ARG;
    }
  }
  rdf::Quad quad;
  if (graph) quad.graph = term_of(graph, nullptr, nullptr);
  quad.subject = term_of(subject, nullptr, nullptr);
  quad.predicate = term_of(predicate, nullptr, nullptr);
  quad.object = term_of(object, datatype, language);
  try {
    state->sink->take(std::move(quad));
  } catch (const Error& error) {
    state->error = error.message();
    state->sink_error = true;
    return SERD_ERR_BAD_ARG;
  }
  return SERD_SUCCESS;
}

SerdStatus on_error(void* handle, const SerdError* error) {
  auto* state = static_cast<ChunkState*>(handle);
  if (state->error.empty()) {
    state->error = rdf::serd_error_text(*error);
    state->line = error->line;
  }
  return error->status;
}

// Parses `chunk` (whole lines) with a fresh reader; its first line is line
// `first_line` of the file.
void read_chunk(const std::string& chunk, const std::string& path, std::size_t first_line, rdf::QuadSink& sink,
                const std::string& blank_prefix) {
  ChunkState state{&sink, {}, 0, false, 0, false};
  std::unique_ptr<SerdReader, decltype(&serd_reader_free)> reader(
      serd_reader_new(SERD_NQUADS, &state, nullptr, nullptr, nullptr, &on_statement, nullptr), &serd_reader_free);
  serd_reader_set_strict(reader.get(), true);
  serd_reader_set_error_sink(reader.get(), &on_error, &state);
  if (!blank_prefix.empty())
    serd_reader_add_blank_prefix(reader.get(), reinterpret_cast<const uint8_t*>(blank_prefix.c_str()));
  rdf::SerdInput input = rdf::SerdInput::of_memory(chunk);
  input.read(reader.get(), path);
  if (state.error.empty() && state.end_seen) return;
  if (state.error.empty()) {
    // Serd stopped before the end without saying why (bytes after a final
    // '.', a NUL byte): an error, never the end of the chunk.
    std::size_t line = rdf::silent_stop_line(SERD_NQUADS, rdf::SerdInput::of_memory(chunk));
    throw Error(Status::bad_syntax, "unexpected content; Serd stopped reading here", {path, first_line + line - 1});
  }
  std::size_t line = state.line > 0 ? first_line + std::min<std::size_t>(state.line, input.lines()) - 1 : 0;
  if (state.sink_error)
    line = first_line + rdf::statement_line(SERD_NQUADS, rdf::SerdInput::of_memory(chunk), state.statements) - 1;
  throw Error(Status::bad_syntax, state.error, {path, line});
}

}  // namespace

void read_nquads_in_chunks(const std::string& path, rdf::QuadSink& sink, const std::string& blank_prefix,
                           std::size_t chunk_bytes) {
  std::unique_ptr<std::FILE, int (*)(std::FILE*)> file(std::fopen(path.c_str(), "rb"), &std::fclose);
  if (!file) throw Error(Status::io_error, "cannot open the file", {path, 0});
  if (chunk_bytes == 0) chunk_bytes = 1;
  std::string pending;  // bytes read but not parsed yet (a partial last line)
  std::string chunk;
  std::size_t line = 1;  // file line of the first pending byte
  std::unique_ptr<char[]> buffer(new char[chunk_bytes]);
  bool end = false;
  while (!end) {
    std::size_t got = std::fread(buffer.get(), 1, chunk_bytes, file.get());
    if (got < chunk_bytes) {
      if (std::ferror(file.get())) throw Error(Status::io_error, "cannot read the file", {path, 0});
      end = true;
    }
    pending.append(buffer.get(), got);
    std::size_t cut = end ? pending.size() : pending.rfind('\n');
    if (cut == std::string::npos) continue;  // a line longer than a chunk: read on
    if (!end) ++cut;                         // keep the newline with its line
    if (cut == 0) continue;
    chunk.assign(pending, 0, cut);
    pending.erase(0, cut);
    read_chunk(chunk, path, line, sink, blank_prefix);
    for (char c : chunk) line += c == '\n';
  }
}

}  // namespace newskg::merge
