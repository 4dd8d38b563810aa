// Shared checks of the fuzz targets: a finding is a crash, a sanitizer report
// or a broken promise (output Serd does not parse, JSON-LD that does not read
// back to the same statements, results that depend on the chunk size).
#pragma once

#include <unistd.h>

#include <algorithm>
#include <cstdio>
#include <cstdlib>
#include <fstream>
#include <sstream>
#include <string>
#include <string_view>
#include <vector>

#include "newskg/error.hpp"
#include "newskg/rdf/jsonld_reader.hpp"
#include "newskg/rdf/serd_reader.hpp"
#include "newskg/rdf/sink.hpp"
#include "newskg/text/utf8.hpp"

namespace fuzz {

[[noreturn]] inline void fail(const std::string& what) {
  std::fprintf(stderr, "fuzz check failed: %s\n", what.c_str());
  std::abort();
}

inline void require(bool condition, const std::string& what) {
  if (!condition) fail(what);
}

inline bool valid_utf8(std::string_view text) { return newskg::text::repair_utf8(text).invalid_sequences == 0; }

// A scratch file of this process (in /dev/shm when there is one), rewritten per input.
inline std::string scratch(const std::string& extension) {
  static const std::string dir = access("/dev/shm", W_OK) == 0 ? "/dev/shm" : "/tmp";
  return dir + "/newskg-fuzz-" + std::to_string(getpid()) + extension;
}

inline std::string write_scratch(std::string_view bytes, const std::string& extension) {
  std::string path = scratch(extension);
  std::ofstream out(path, std::ios::binary | std::ios::trunc);
  out.write(bytes.data(), static_cast<std::streamsize>(bytes.size()));
  out.close();
  if (!out) fail("cannot write " + path);
  return path;
}

inline std::string write_as(const std::vector<newskg::rdf::Quad>& quads, newskg::rdf::Format format) {
  std::ostringstream out;
  newskg::rdf::WriterOptions options;
  options.format = format;
  auto writer = newskg::rdf::make_writer(options, out);
  for (const auto& quad : quads) writer->quad(quad);
  writer->finish();
  return out.str();
}

inline std::vector<newskg::rdf::Quad> sorted_unique(std::vector<newskg::rdf::Quad> quads) {
  std::sort(quads.begin(), quads.end());
  quads.erase(std::unique(quads.begin(), quads.end()), quads.end());
  return quads;
}

// The statements of `text` in `format`, read back by newskg's readers (Serd,
// or the JSON-LD reader); any error is a finding.
inline std::vector<newskg::rdf::Quad> read_back(const std::string& text, newskg::rdf::Format format) {
  newskg::rdf::VectorSink sink;
  try {
    if (format == newskg::rdf::Format::jsonld) {
      newskg::rdf::read_jsonld(text, "written.jsonld", sink);
    } else {
      std::string path = write_scratch(text, "." + std::string(newskg::rdf::format_extension(format)));
      newskg::rdf::read_rdf_file(path, format, sink);
    }
  } catch (const newskg::Error& error) {
    fail(std::string("newskg's own ") + std::string(newskg::rdf::format_name(format)) +
         " output does not read back: " + error.what() + "\n" + text.substr(0, 4000));
  }
  return sink.quads;
}

// Writes `quads` as N-Quads and as JSON-LD: both must read back to the same
// statements (as sets: N-Quads output may repeat a statement).
inline void check_writers(const std::vector<newskg::rdf::Quad>& quads) {
  auto nquads = sorted_unique(read_back(write_as(quads, newskg::rdf::Format::nquads), newskg::rdf::Format::nquads));
  auto jsonld = sorted_unique(read_back(write_as(quads, newskg::rdf::Format::jsonld), newskg::rdf::Format::jsonld));
  require(nquads == sorted_unique(quads), "N-Quads output reads back to other statements");
  require(jsonld == nquads, "JSON-LD output reads back to other statements than N-Quads");
}

}  // namespace fuzz
