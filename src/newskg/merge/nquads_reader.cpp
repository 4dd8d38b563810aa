#include "newskg/merge/nquads_reader.hpp"

#include "newskg/rdf/serd_reader.hpp"

namespace newskg::merge {

// N-Quads is line based: rdf::read_rdf_lines reads blocks of whole lines and
// each line through a fresh Serd reader, so memory is one block and the
// statements, and where an error is reported, do not depend on the block size.
void read_nquads_in_chunks(const std::string& path, rdf::QuadSink& sink, const std::string& blank_prefix,
                           std::size_t chunk_bytes) {
  rdf::read_rdf_lines(path, rdf::Format::nquads, sink, blank_prefix, chunk_bytes);
}

}  // namespace newskg::merge
