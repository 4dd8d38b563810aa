// N-Quads through Serd in bounded memory. Serd 0.30's N-Quads reader
// (read_nquadsDoc) pops only the graph, object, datatype and language of each
// statement from its node stack, never the subject and predicate, so one
// reader over a large .nq file grows by their size for every statement
// (measured: 400 MB of RSS to read a 350 MB file; Turtle, TriG and N-Triples
// do not grow). N-Quads is line based, so this reads the file in chunks of
// whole lines, each line through a fresh SerdReader (rdf::read_rdf_lines):
// memory is one chunk.
#pragma once

#include <cstddef>
#include <string>

#include "newskg/rdf/sink.hpp"

namespace newskg::merge {

// As rdf::read_rdf_file(path, Format::nquads, sink, {}, blank_prefix): every
// statement into `sink` (not finished); Error(bad_syntax) with file and line.
void read_nquads_in_chunks(const std::string& path, rdf::QuadSink& sink, const std::string& blank_prefix = {},
                           std::size_t chunk_bytes = std::size_t{1} << 20);

}  // namespace newskg::merge
