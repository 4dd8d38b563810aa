#pragma once

#include <memory>
#include <ostream>

#include "newskg/rdf/sink.hpp"

namespace newskg::rdf {

// Turtle and N-Triples write the union of all graphs; TriG and N-Quads keep them.
std::unique_ptr<QuadSink> make_serd_writer(Format format, std::ostream& out);

}  // namespace newskg::rdf
