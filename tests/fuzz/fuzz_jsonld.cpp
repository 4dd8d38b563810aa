// merge's JSON-LD reader: any bytes read or are refused with an Error (never a
// crash, deep nesting included); what reads, written as N-Quads and JSON-LD,
// reads back to the same statements; the reader on a file agrees with the
// reader in memory.
#include <cstddef>
#include <cstdint>

#include "fuzz_common.hpp"
#include "newskg/rdf/jsonld_reader.hpp"

using namespace newskg;

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  std::string_view bytes(reinterpret_cast<const char*>(data), size);
  rdf::VectorSink memory;
  bool memory_failed = false;
  try {
    rdf::read_jsonld(bytes, "fuzz.jsonld", memory);
  } catch (const Error&) {
    memory_failed = true;
  }
  rdf::VectorSink file;
  bool file_failed = false;
  try {
    rdf::read_jsonld_file(fuzz::write_scratch(bytes, ".jsonld"), file);
  } catch (const Error&) {
    file_failed = true;
  }
  fuzz::require(memory_failed == file_failed, "the file and memory readers disagree");
  fuzz::require(memory.quads == file.quads, "the file and memory readers read other statements");
  if (memory_failed) return 0;
  bool writable = true;
  for (const auto& quad : memory.quads) {
    try {
      rdf::check_quad(quad);
    } catch (const Error&) {
      writable = false;
    }
  }
  if (!writable) return 0;
  try {
    fuzz::check_writers(memory.quads);
  } catch (const Error&) {
    // A writer refusing a statement it cannot hold (an IRI "schema:x" that
    // JSON-LD would read as a compact IRI): a refusal, not a finding.
  }
  return 0;
}
