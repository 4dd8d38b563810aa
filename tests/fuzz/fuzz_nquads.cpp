// merge's N-Quads reader: read in chunks of 64 bytes, of 1 MiB, and whole by
// Serd (rdf::read_rdf_file), the same bytes give the same statements and the
// same outcome and the same error line; what reads writes back and reads
// again.
#include <cstddef>
#include <cstdint>

#include "fuzz_common.hpp"
#include "newskg/merge/nquads_reader.hpp"

using namespace newskg;

namespace {

struct Outcome {
  std::vector<rdf::Quad> quads;
  bool failed = false;
  std::size_t line = 0;
  std::string message;
};

template <typename Read>
Outcome outcome_of(Read&& read) {
  Outcome outcome;
  rdf::VectorSink sink;
  try {
    read(sink);
  } catch (const Error& error) {
    outcome.failed = true;
    outcome.line = error.where().line;
    outcome.message = error.what();
  }
  outcome.quads = std::move(sink.quads);
  return outcome;
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  std::string path = fuzz::write_scratch(std::string_view(reinterpret_cast<const char*>(data), size), ".nq");
  Outcome small = outcome_of([&](rdf::QuadSink& sink) { merge::read_nquads_in_chunks(path, sink, {}, 64); });
  Outcome large = outcome_of([&](rdf::QuadSink& sink) { merge::read_nquads_in_chunks(path, sink, {}, 1u << 20); });
  Outcome whole = outcome_of([&](rdf::QuadSink& sink) { rdf::read_rdf_file(path, rdf::Format::nquads, sink); });
  fuzz::require(small.failed == large.failed && large.failed == whole.failed,
                "chunk size changes whether the file reads: " + small.message + " | " + large.message + " | " +
                    whole.message);
  fuzz::require(small.line == large.line && large.line == whole.line,
                "chunk size changes the error line: " + small.message + " | " + large.message + " | " +
                    whole.message);
  fuzz::require(small.quads == large.quads && large.quads == whole.quads, "chunk size changes the statements");
  if (whole.failed) return 0;
  try {
    fuzz::check_writers(whole.quads);
  } catch (const Error&) {
    // A statement no syntax can hold (e.g. a relative IRI): refused by the writers, fine.
  }
  return 0;
}
