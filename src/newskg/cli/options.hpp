// Command-line options as a plain struct (serdi's choose_style): parsing is a
// pure function, testable without running anything.
#pragma once

#include <boost/program_options.hpp>

#include <optional>
#include <string>
#include <vector>

#include "newskg/pipeline.hpp"
#include "newskg/rdf/sink.hpp"

namespace newskg::cli {

enum class Command { extract, help, version };

struct Options {
  Command command = Command::help;
  std::vector<std::string> inputs;
  rdf::WriterOptions writer;
  std::string output;  // empty: standard output
  std::optional<std::string> date;
  std::optional<std::string> url;
  std::optional<std::string> id;
  std::optional<std::string> source;
  std::string base = "https://w3id.org/newskg/id/";
  std::vector<std::string> lexicons;
  graph::Evidence evidence = graph::Evidence::all;
  double min_confidence = 0.0;
  bool keep_duplicates = false;
  bool read_sidecar = true;
  bool quiet = false;
  unsigned jobs = 1;
  std::size_t split_every = 0;       // 0: one output document
  std::size_t max_article_mb = 16;
  bool terminal = false;             // standard error is a terminal: show progress
  std::string help_text;  // for Command::help
};

// Parses argv (without the program name). Throws Error(bad_argument) with a
// message naming the option on any misuse; the CLI exits 2 on it.
Options parse_options(const std::vector<std::string>& args);

// Parses `args` against `options` plus the positional INPUT... (read back as
// "input"). A misuse throws Error(bad_argument) pointing to `newskg COMMAND --help`.
boost::program_options::variables_map parse_command_line(const std::vector<std::string>& args,
                                                         const boost::program_options::options_description& options,
                                                         const std::string& command);

// The pipeline configuration the options ask for.
ExportOptions export_options(const Options& options);

// Exit codes.
inline constexpr int exit_ok = 0;
inline constexpr int exit_article_failed = 1;
inline constexpr int exit_usage = 2;

// "out.nq", 3 -> "out-00003.nq": the files of --split-every.
std::string numbered(const std::string& path, std::size_t number);

// Runs the command; returns the exit code. Messages go to `err`.
int run(const Options& options, std::ostream& out, std::ostream& err);

}  // namespace newskg::cli
