// newskg merge: parse the options (Boost.Program_options, as cli/options.cpp),
// run merge::merge_exports into a temporary file, rename it into place.
#include <boost/program_options.hpp>

#include <memory>
#include <sstream>

#include "newskg/cli/commands.hpp"
#include "newskg/cli/count.hpp"
#include "newskg/cli/options.hpp"
#include "newskg/cli/output_file.hpp"
#include "newskg/error.hpp"
#include "newskg/gzip.hpp"
#include "newskg/merge/merge.hpp"
#include "newskg/rdf/serd_reader.hpp"

namespace newskg::cli {
namespace po = boost::program_options;

namespace {

constexpr const char* merge_usage =
    "newskg merge: merge newskg exports into one dataset.\n"
    "\n"
    "Usage:\n"
    "  newskg merge [options] INPUT... -o OUT\n"
    "\n"
    "INPUT is an export in N-Quads (.nq), TriG (.trig), Turtle (.ttl), N-Triples\n"
    "(.nt) or newskg's JSON-LD (.jsonld), any of them gzip-compressed (.nq.gz).\n"
    "The output holds every statement once; TriG, N-Quads and JSON-LD keep each\n"
    "article's named graph (provenance).\n"
    "\n"
    "Entities named differently by different articles become one IRI: persons,\n"
    "organizations or places of the same type sharing a schema:sameAs link or a\n"
    "name (\"Putin\" in one article, \"Vladimir Putin\" with alternate name\n"
    "\"Putin\" in another); a person's one-word name that is the surname of\n"
    "exactly one other person; an organization's acronym that is the initials of\n"
    "exactly one other organization (NATO). Ambiguous names merge nothing. The\n"
    "entity with the longest name keeps its IRI; each merged IRI is linked to it\n"
    "with owl:sameAs. Meetings that become identical (kind, attendees, date,\n"
    "place) are merged the same way (the smallest IRI is kept).\n"
    "\n"
    "Memory does not grow with the number of statements: inputs are read twice\n"
    "and sorted externally. Peak RSS is about --memory-mb + 20 MB (statements\n"
    "beyond --memory-mb go to sorted runs in --temp-dir, about 170 MB of disk per\n"
    "million statements), or 12 MB + 1.6 KB per distinct entity when that is more.\n"
    "Sorting one million statements wholly in memory would take about 180 MB.\n"
    "Measured on exports of the examples (2.08 and 4.16 million statements):\n"
    "83 MB for both with --memory-mb 64, 279 MB for both with the default 256.\n"
    "\n"
    "Examples:\n"
    "  newskg merge -o all.trig exports/*.nq --report merges.jsonl\n"
    "  newskg merge --memory-mb 64 --temp-dir /var/tmp -o all.nq big/*.nq\n"
    "\n"
    "Exit status: 0 merged; 1 an input did not parse or a file could not be\n"
    "written (reported with file and line; no output is left); 2 usage error.\n";

po::options_description merge_options() {
  po::options_description options("merge options");
  options.add_options()
      ("output,o", po::value<std::string>()->value_name("OUT"),
       "write the merged dataset to OUT (required), through a temporary file renamed at the end so "
       "that a failure never leaves half a file; - for standard output")
      ("format,f", po::value<std::string>()->value_name("F"),
       "turtle, trig, ntriples, nquads or jsonld (default: from the extension of OUT, else turtle); "
       "Turtle and N-Triples hold the union of the graphs")
      ("report", po::value<std::string>()->value_name("FILE"),
       "write the merges to FILE as JSON Lines: {\"kept\": IRI, \"merged\": [IRI...], \"reason\": "
       "\"shared sameAs\" | \"shared name\" | \"surname\" | \"acronym\" | \"same meeting\", "
       "\"names\": [...]}")
      ("temp-dir", po::value<std::string>()->value_name("DIR"),
       "directory for the sorted runs (default: $TMPDIR or /tmp); needs about the size of the "
       "inputs written as N-Quads")
      ("memory-mb", po::value<Count>()->value_name("N")->default_value(Count{256}),
       "memory for sorting, in MiB (at least 1); the rest of the merge needs little more")
      ("quiet,q", "do not print the summary")
      ("help,h", "print this help");
  return options;
}

std::string merge_help() {
  std::ostringstream text;
  text << merge_usage << "\n" << merge_options();
  return text.str();
}

struct MergeArguments {
  std::vector<std::string> inputs;
  std::string output;
  std::string report;
  merge::MergeOptions merge;
  bool quiet = false;
  bool help = false;
};

[[noreturn]] void usage_error(const std::string& message) {
  throw Error(Status::bad_argument, message + " (try: newskg merge --help)");
}

MergeArguments parse_merge_arguments(const std::vector<std::string>& args) {
  MergeArguments parsed;
  po::variables_map values = parse_command_line(args, merge_options(), "merge");
  if (values.count("help")) {
    parsed.help = true;
    return parsed;
  }
  if (!values.count("input")) usage_error("no INPUT given: name the exports to merge");
  parsed.inputs = values["input"].as<std::vector<std::string>>();
  for (const auto& input : parsed.inputs) {
    if (input == "-") usage_error("merge reads its inputs twice: name files, not standard input");
    rdf::format_from_path(without_gz(input));  // throws bad_argument for an unknown extension
  }
  if (!values.count("output")) usage_error("no output given: -o OUT is required");
  parsed.output = values["output"].as<std::string>();
  if (parsed.output.empty()) usage_error("-o needs a file name");
  if (values.count("format")) {
    parsed.merge.writer.format = rdf::parse_format(values["format"].as<std::string>());
  } else if (parsed.output != "-") {
    try {
      parsed.merge.writer.format = rdf::format_from_path(parsed.output);
    } catch (const Error&) {
      parsed.merge.writer.format = rdf::Format::turtle;
    }
  }
  if (values.count("report")) parsed.report = values["report"].as<std::string>();
  if (values.count("temp-dir")) parsed.merge.temp_dir = values["temp-dir"].as<std::string>();
  std::size_t memory_mb = values["memory-mb"].as<Count>().value;
  if (memory_mb < 1 || memory_mb > (std::size_t{1} << 20)) usage_error("--memory-mb must be between 1 and 1048576");
  parsed.merge.memory_bytes = memory_mb << 20;
  parsed.quiet = values.count("quiet") > 0;
  return parsed;
}

}  // namespace

int merge_main(const std::vector<std::string>& args, std::ostream& out, std::ostream& err) {
  MergeArguments parsed;
  try {
    parsed = parse_merge_arguments(args);
  } catch (const Error& error) {
    err << "newskg: " << error.what() << '\n';
    return exit_usage;
  }
  if (parsed.help) {
    out << merge_help();
    return exit_ok;
  }
  try {
    // Output and report go through temporary files renamed at the end
    // (cli/output_file.hpp): an input that does not parse leaves neither.
    merge::MergeSummary summary;
    std::unique_ptr<OutputFile> report;
    if (!parsed.report.empty()) report = std::make_unique<OutputFile>(parsed.report);
    if (parsed.output == "-") {
      summary = merge::merge_exports(parsed.inputs, parsed.merge, out);
    } else {
      OutputFile output(parsed.output);
      summary = merge::merge_exports(parsed.inputs, parsed.merge, output.stream());
      output.commit();
    }
    if (report) {
      merge::write_report(summary.groups, report->stream());
      report->commit();
    }
    if (!parsed.quiet)
      err << "newskg: merged " << summary.inputs << " inputs: " << summary.statements_read
          << " statements read, " << summary.statements_written << " written; " << summary.entities
          << " entities, " << summary.entities_merged << " merged away; " << summary.meetings_merged
          << " meetings merged away; " << summary.sort_runs << " sort runs\n";
    return exit_ok;
  } catch (const Error& error) {
    // Usage was checked above: whatever fails now is an input or a file.
    err << "newskg: error: " << error.what() << '\n';
    return exit_article_failed;
  }
}

}  // namespace newskg::cli
