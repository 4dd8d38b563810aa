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

// Format from a file name: .ttl .trig .nt .nq (.jsonld is not read by Serd).
Format format_from_path(const std::string& path);

}  // namespace newskg::rdf
