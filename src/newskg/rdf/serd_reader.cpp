#include "newskg/rdf/serd_reader.hpp"

#include <serd/serd.h>

#include <algorithm>
#include <cstdarg>
#include <cstdio>
#include <memory>

#include "newskg/error.hpp"
#include "newskg/rdf/vocab.hpp"
#include "newskg/rdf/serd_error.hpp"
#include "newskg/rdf/serd_input.hpp"

namespace newskg::rdf {
namespace {

struct ReadState {
  QuadSink* sink;
  SerdEnv* env;
  std::string error;
  unsigned line = 0;
  bool end_seen = false;  // the end marker (rdf/serd_input.hpp)
  std::size_t statements = 0;
  bool sink_error = false;  // the error is the sink's (or invalid UTF-8): Serd knows no line
};

std::string text_of(const SerdNode* node) {
  return node ? std::string(reinterpret_cast<const char*>(node->buf), node->n_bytes) : std::string();
}

Term term_of(const SerdNode* node, const SerdNode* datatype, const SerdNode* language, SerdEnv* env) {
  switch (node->type) {
    case SERD_URI: return Term::iri(text_of(node));
    case SERD_CURIE: {
      SerdNode expanded = serd_env_expand_node(env, node);
      std::string value = text_of(&expanded);
      serd_node_free(&expanded);
      return Term::iri(value);
    }
    case SERD_BLANK: return Term::blank(text_of(node));
    case SERD_LITERAL: {
      Term literal = Term::literal(text_of(node));
      if (language) literal.language = text_of(language);
      if (datatype) {
        literal.datatype = datatype->type == SERD_CURIE ? term_of(datatype, nullptr, nullptr, env).value
                                                        : text_of(datatype);
        if (literal.datatype == vocab::xsd_string) literal.datatype.clear();
      }
      return literal;
    }
    case SERD_NOTHING: break;
  }
  return {};
}

SerdStatus on_base(void* handle, const SerdNode* uri) {
  return serd_env_set_base_uri(static_cast<ReadState*>(handle)->env, uri);
}

SerdStatus on_prefix(void* handle, const SerdNode* name, const SerdNode* uri) {
  auto* state = static_cast<ReadState*>(handle);
  return serd_env_set_prefix(state->env, name, uri);
}

SerdStatus on_statement(void* handle, SerdStatementFlags, const SerdNode* graph, const SerdNode* subject,
                        const SerdNode* predicate, const SerdNode* object, const SerdNode* datatype,
                        const SerdNode* language) {
  auto* state = static_cast<ReadState*>(handle);
  if (is_end_marker(subject) && is_end_marker(predicate) && is_end_marker(object) && !graph) {
    state->end_seen = true;
    return SERD_SUCCESS;
  }
  if (is_end_marker(graph) || is_end_marker(predicate) || is_end_marker(object)) {
    // The marker completed a statement that had lost its end.
    state->error = "unexpected end of input: a statement without its final '.'";
    state->sink_error = true;
    return SERD_ERR_BAD_ARG;
  }
  ++state->statements;
  for (const SerdNode* node : {graph, subject, predicate, object, datatype, language}) {
    if (!is_valid_utf8(node)) {
      state->error = "invalid UTF-8 in an IRI or literal";
      state->sink_error = true;
      return SERD_ERR_BAD_ARG;
    }
  }
  Quad quad;
  if (graph) quad.graph = term_of(graph, nullptr, nullptr, state->env);
  quad.subject = term_of(subject, nullptr, nullptr, state->env);
  quad.predicate = term_of(predicate, nullptr, nullptr, state->env);
  quad.object = term_of(object, datatype, language, state->env);
  try {
    state->sink->quad(quad);
  } catch (const Error& error) {
    state->error = error.message();
    state->sink_error = true;
    return SERD_ERR_BAD_ARG;
  }
  return SERD_SUCCESS;
}

SerdStatus on_error(void* handle, const SerdError* error) {
  auto* state = static_cast<ReadState*>(handle);
  if (state->error.empty()) {
    state->error = rdf::serd_error_text(*error);
    state->line = error->line;
  }
  return error->status;
}

SerdSyntax serd_syntax(Format format) {
  switch (format) {
    case Format::turtle: return SERD_TURTLE;
    case Format::trig: return SERD_TRIG;
    case Format::ntriples: return SERD_NTRIPLES;
    case Format::nquads: return SERD_NQUADS;
    case Format::jsonld: break;
  }
  throw Error(Status::bad_argument, "Serd does not read JSON-LD");
}

}  // namespace

Format format_from_path(const std::string& path) {
  auto ends = [&](std::string_view suffix) {
    return path.size() >= suffix.size() && path.compare(path.size() - suffix.size(), suffix.size(), suffix) == 0;
  };
  if (ends(".ttl")) return Format::turtle;
  if (ends(".trig")) return Format::trig;
  if (ends(".nt")) return Format::ntriples;
  if (ends(".nq")) return Format::nquads;
  if (ends(".jsonld") || ends(".json")) return Format::jsonld;
  throw Error(Status::bad_argument, "cannot tell the RDF syntax from the file name (.ttl .trig .nt .nq .jsonld)",
              {path, 0});
}

namespace {

// One line of N-Triples or N-Quads (`number` in the file) through a fresh reader.
void read_line(std::string_view line, SerdSyntax syntax, ReadState& state, const std::string& blank_prefix,
               const std::string& path, std::size_t number) {
  std::size_t first = line.find_first_not_of(" \t\r");
  if (first == std::string_view::npos || line[first] == '#') return;  // blank or a comment
  state.error.clear();
  state.end_seen = false;
  state.line = 0;
  std::unique_ptr<SerdReader, decltype(&serd_reader_free)> reader(
      serd_reader_new(syntax, &state, nullptr, &on_base, &on_prefix, &on_statement, nullptr), &serd_reader_free);
  serd_reader_set_strict(reader.get(), true);
  serd_reader_set_error_sink(reader.get(), &on_error, &state);
  if (!blank_prefix.empty())
    serd_reader_add_blank_prefix(reader.get(), reinterpret_cast<const uint8_t*>(blank_prefix.c_str()));
  SerdInput input = SerdInput::of_memory(line);
  input.read(reader.get(), path);
  if (!state.error.empty()) throw Error(Status::bad_syntax, state.error, {path, number});
  // Serd stopped before the end without saying why (bytes after a final '.',
  // a NUL byte): an error, never the end of the line.
  if (!state.end_seen) throw Error(Status::bad_syntax, "unexpected content; Serd stopped reading here", {path, number});
}

}  // namespace

void read_rdf_lines(const std::string& path, Format syntax, QuadSink& sink, const std::string& blank_prefix,
                    std::size_t block_bytes) {
  SerdSyntax serd = serd_syntax(syntax);
  if (serd != SERD_NTRIPLES && serd != SERD_NQUADS)
    throw Error(Status::bad_argument, "only N-Triples and N-Quads are read line by line");
  InputFile file(path);
  std::unique_ptr<SerdEnv, decltype(&serd_env_free)> env(serd_env_new(nullptr), &serd_env_free);
  ReadState state{&sink, env.get(), {}, 0, false, 0, false};
  if (block_bytes == 0) block_bytes = 1;
  std::unique_ptr<char[]> buffer(new char[block_bytes]);
  std::string pending;  // the start of a line longer than what was read of it
  std::size_t number = 0;
  bool end = false;
  while (!end) {
    std::size_t got = file.read(buffer.get(), block_bytes);
    if (got < block_bytes) {
      file.check();
      end = true;
    }
    std::string_view block(buffer.get(), got);
    std::size_t start = 0;
    while (true) {
      std::size_t newline = block.find('\n', start);
      if (newline == std::string_view::npos) break;
      std::string_view line = block.substr(start, newline - start);
      if (!pending.empty()) {
        pending.append(line);
        read_line(pending, serd, state, blank_prefix, path, ++number);
        pending.clear();
      } else {
        read_line(line, serd, state, blank_prefix, path, ++number);
      }
      start = newline + 1;
    }
    pending.append(block.substr(start));
  }
  if (!pending.empty()) read_line(pending, serd, state, blank_prefix, path, ++number);
}

void read_rdf_file(const std::string& path, Format syntax, QuadSink& sink, const std::string& base_iri,
                   const std::string& blank_prefix) {
  if (syntax == Format::nquads || syntax == Format::ntriples) return read_rdf_lines(path, syntax, sink, blank_prefix);
  SerdNode base = serd_node_from_string(SERD_URI, reinterpret_cast<const uint8_t*>(base_iri.c_str()));
  std::unique_ptr<SerdEnv, decltype(&serd_env_free)> env(serd_env_new(base_iri.empty() ? nullptr : &base),
                                                          &serd_env_free);
  ReadState state{&sink, env.get(), {}, 0, false, 0, false};
  std::unique_ptr<SerdReader, decltype(&serd_reader_free)> reader(
      serd_reader_new(serd_syntax(syntax), &state, nullptr, &on_base, &on_prefix, &on_statement, nullptr),
      &serd_reader_free);
  serd_reader_set_strict(reader.get(), true);
  serd_reader_set_error_sink(reader.get(), &on_error, &state);
  if (!blank_prefix.empty())
    serd_reader_add_blank_prefix(reader.get(), reinterpret_cast<const uint8_t*>(blank_prefix.c_str()));
  InputFile file(path);
  SerdInput input = SerdInput::of_file(file);
  input.read(reader.get(), path);
  file.check();
  if (!state.error.empty()) {
    std::size_t line = std::min<std::size_t>(state.line, input.lines());
    if (state.sink_error) {
      InputFile again(path);
      line = statement_line(serd_syntax(syntax), SerdInput::of_file(again), state.statements);
    }
    throw Error(Status::bad_syntax, state.error, {path, line});
  }
  if (!state.end_seen) {
    // Serd stopped before the end without saying why (bytes after a final
    // '.', a NUL byte): an error, never the end of the document.
    InputFile again(path);
    std::size_t line = silent_stop_line(serd_syntax(syntax), SerdInput::of_file(again));
    throw Error(Status::bad_syntax, "unexpected content; Serd stopped reading here", {path, line});
  }
}

}  // namespace newskg::rdf
