// rdf_rewrite INPUT.nq|.nt|.ttl|.trig FORMAT [--base IRI] [--prefix NAME=IRI]... [--export-prefixes]
//
// Test tool for writer conformance (tests/tools/w3c_conformance.py): reads
// INPUT with newskg::rdf::read_rdf_file, then writes every statement through
// newskg::rdf::make_writer(FORMAT) to stdout.
//
// The input is read completely before anything is written, so that a reader
// error ("read failed: ...") is never mistaken for a writer refusal
// ("writer refused: ..."); the output is buffered and only reaches stdout when
// the writer finished, so a refusal never leaves a half document behind.
// Exit 0 on success, 1 with the newskg::Error message on stderr, 2 on usage.
#include <iostream>
#include <sstream>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include "newskg/error.hpp"
#include "newskg/rdf/serd_reader.hpp"
#include "newskg/rdf/sink.hpp"
#include "newskg/rdf/vocab.hpp"

namespace {

// Keeps every statement as read, unchecked (VectorSink checks each quad as
// the writers do, which would turn a writer refusal into a read error).
class Statements final : public newskg::rdf::QuadSink {
 public:
  void prefix(std::string_view, std::string_view) override {}
  void quad(const newskg::rdf::Quad& quad) override { quads.push_back(quad); }
  void finish() override {}
  std::vector<newskg::rdf::Quad> quads;
};

int usage() {
  std::cerr << "usage: rdf_rewrite INPUT.nq|.nt|.ttl|.trig turtle|trig|ntriples|nquads|jsonld\n"
               "                   [--base IRI] [--prefix NAME=IRI]... [--export-prefixes]\n";
  return 2;
}

}  // namespace

int main(int argc, char** argv) {
  std::vector<std::string> args(argv + 1, argv + argc);
  std::vector<std::string> positional;
  std::vector<std::pair<std::string, std::string>> prefixes;
  std::string base;
  for (std::size_t i = 0; i < args.size(); ++i) {
    const std::string& arg = args[i];
    if (arg == "--base" && i + 1 < args.size()) {
      base = args[++i];
    } else if (arg == "--prefix" && i + 1 < args.size()) {
      const std::string& definition = args[++i];
      std::size_t equals = definition.find('=');
      if (equals == std::string::npos) return usage();
      prefixes.emplace_back(definition.substr(0, equals), definition.substr(equals + 1));
    } else if (arg == "--export-prefixes") {
      for (const auto& [name, iri] : newskg::rdf::vocab::export_prefixes)
        prefixes.emplace_back(std::string(name), std::string(iri));
    } else if (arg.starts_with("--")) {
      return usage();
    } else {
      positional.push_back(arg);
    }
  }
  if (positional.size() != 2) return usage();
  const std::string& input = positional[0];

  newskg::rdf::WriterOptions options;
  Statements statements;
  try {
    options.format = newskg::rdf::parse_format(positional[1]);
    newskg::rdf::read_rdf_file(input, newskg::rdf::format_from_path(input), statements, base);
  } catch (const newskg::Error& error) {
    std::cerr << "rdf_rewrite: read failed: " << error.message();
    if (!error.where().file.empty()) {
      std::cerr << " (" << error.where().file;
      if (error.where().line) std::cerr << ':' << error.where().line;
      std::cerr << ')';
    }
    std::cerr << '\n';
    return 1;
  }

  std::ostringstream output;
  try {
    auto writer = newskg::rdf::make_writer(options, output);
    for (const auto& [name, iri] : prefixes) writer->prefix(name, iri);
    for (const auto& quad : statements.quads) writer->quad(quad);
    writer->finish();
  } catch (const newskg::Error& error) {
    std::cerr << "rdf_rewrite: writer refused: " << error.message() << '\n';
    return 1;
  }
  std::cout << output.str();
  std::cout.flush();
  if (!std::cout) {
    std::cerr << "rdf_rewrite: could not write to stdout\n";
    return 1;
  }
  return 0;
}
