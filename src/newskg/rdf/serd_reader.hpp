#pragma once

#include <string>

#include "newskg/rdf/sink.hpp"

namespace newskg::rdf {

// Reads an RDF file (Turtle, TriG, N-Triples or N-Quads) with Serd and pushes
// every statement into `sink` (not finished). Blank nodes keep their labels,
// prefixed with `blank_prefix` so that several files can share one sink.
// Throws Error(bad_syntax) with file and line on a syntax error.
void read_rdf_file(const std::string& path, Format syntax, QuadSink& sink,
                   const std::string& base_iri = {}, const std::string& blank_prefix = {});

// N-Triples and N-Quads hold one statement per line (Serd would let one run
// on to the next line): reads `path` in blocks of `block_bytes` and each line
// through a fresh Serd reader, so that memory is one block and the longest
// line (Serd 0.30's N-Quads reader grows with every statement it reads) and
// the result does not depend on the block size. read_rdf_file reads these
// syntaxes so; errors as there, always with the line.
void read_rdf_lines(const std::string& path, Format syntax, QuadSink& sink, const std::string& blank_prefix = {},
                    std::size_t block_bytes = std::size_t{1} << 20);

// Format from a file name: .ttl .trig .nt .nq (.jsonld is not read by Serd).
Format format_from_path(const std::string& path);

}  // namespace newskg::rdf
