// newskg load: push exports into a SPARQL store, one graph per article.
#include <boost/program_options.hpp>

#include <unistd.h>

#include <iostream>
#include <sstream>

#include "newskg/cli/commands.hpp"
#include "newskg/cli/count.hpp"
#include "newskg/cli/options.hpp"
#include "newskg/cli/progress.hpp"
#include "newskg/error.hpp"
#include "newskg/load/command.hpp"
#include "newskg/load/load.hpp"
#include "newskg/rdf/term.hpp"

namespace newskg::load {
namespace po = boost::program_options;

namespace {

constexpr const char* overview =
    "newskg load: load exports into a SPARQL store, one graph per article.\n"
    "\n"
    "Usage:\n"
    "  newskg load --endpoint URL [options] EXPORT...   SPARQL 1.1 Graph Store Protocol\n"
    "  newskg load --update URL [options] EXPORT...     SPARQL 1.1 Update\n"
    "\n"
    "EXPORT is a file written by newskg extract: N-Quads (.nq) or TriG (.trig),\n"
    "which hold one named graph per article (named by the article IRI), or\n"
    "Turtle (.ttl) or N-Triples (.nt), which hold no graph names and go whole to\n"
    "the graph given with --graph; any of them may be gzip-compressed (.nq.gz).\n"
    "For JSON-LD, load the N-Quads export instead (newskg extract --format nquads).\n"
    "A file is read in batches of 50,000 statements, each sent before the next is\n"
    "read, so memory does not grow with the file; a terminal shows the progress.\n"
    "\n"
    "Each graph is sent as one HTTP PUT to ENDPOINT?graph=<article IRI> (a\n"
    "Turtle body), so that loading an article again replaces it rather than\n"
    "adding to it. With --update, each graph is sent as\n"
    "  DROP SILENT GRAPH <g> ; INSERT DATA { GRAPH <g> { ... } }\n"
    "(application/sparql-update), large graphs in several INSERT DATA requests.\n"
    "A graph met again in a later EXPORT of the same run is added to (POST, or\n"
    "INSERT DATA alone), not replaced.\n"
    "\n"
    "Examples:\n"
    "  newskg extract --format nquads -o news.nq articles/*.txt\n"
    "  # Virtuoso (Graph Store endpoint with digest authentication):\n"
    "  newskg load --endpoint http://127.0.0.1:8890/sparql-graph-crud-auth \\\n"
    "      --graph-param graph-uri --auth digest --user dba:dba news.nq\n"
    "  # Oxigraph (oxigraph serve --location DIR):\n"
    "  newskg load --endpoint http://localhost:7878/store news.nq\n"
    "  newskg load --update http://localhost:7878/update news.nq\n"
    "  # Apache Jena Fuseki (dataset /ds):\n"
    "  newskg load --endpoint http://localhost:3030/ds/data news.nq\n"
    "  # GraphDB (repository REPO):\n"
    "  newskg load --endpoint http://localhost:7200/repositories/REPO/rdf-graphs/service news.nq\n"
    "  # A Turtle export into one graph of your choice:\n"
    "  newskg load --endpoint http://localhost:7878/store --graph https://example.org/news news.ttl\n"
    "\n"
    "Query the store with the union of the graphs as default graph (Virtuoso's\n"
    "default; Oxigraph: --union-default-graph; Fuseki: unionDefaultGraph) to run\n"
    "queries/*.rq over every article.\n"
    "\n"
    "Exit status: 0 every graph loaded; 1 some graph failed (each failure is\n"
    "printed with its file, graph, HTTP status and the first line of the store's\n"
    "answer; the others are loaded); 2 usage error (nothing is sent). The last\n"
    "line on standard error is \"loaded N graphs (M statements), K failed\".\n";

po::options_description load_options() {
  po::options_description options("load options");
  options.add_options()
      ("endpoint,e", po::value<std::string>()->value_name("URL"),
       "the SPARQL 1.1 Graph Store Protocol endpoint: each graph is PUT to URL?graph=IRI. "
       "Example: --endpoint http://localhost:7878/store")
      ("update", po::value<std::string>()->value_name("URL"),
       "instead of --endpoint: a SPARQL 1.1 Update endpoint, sent DROP SILENT GRAPH and INSERT DATA "
       "per graph. Example: --update http://localhost:3030/ds/update")
      ("graph-param", po::value<std::string>()->default_value("graph")->value_name("NAME"),
       "the query parameter naming the graph in Graph Store requests: graph (the standard; Oxigraph, "
       "Fuseki, GraphDB) or graph-uri (Virtuoso's /sparql-graph-crud endpoints)")
      ("graph,g", po::value<std::string>()->value_name("IRI"),
       "the graph receiving the statements outside any named graph: all of a Turtle or N-Triples "
       "export (required for them). Example: --graph https://example.org/news")
      ("user,u", po::value<std::string>()->value_name("USER:PASSWORD"),
       "log in to the store. Example: --user dba:dba")
      ("auth", po::value<std::string>()->default_value("any")->value_name("METHOD"),
       "how to send --user: basic, digest (Virtuoso's -auth endpoints) or any (whichever the store "
       "asks for, at the cost of one more round trip)")
      ("retries", po::value<int>()->default_value(3)->value_name("N"),
       "try a request again up to N times after a connection error, a timeout, a 5xx or a 429, "
       "waiting 0.5 s, 1 s, 2 s... in between (or what the store's Retry-After says)")
      ("timeout", po::value<long>()->default_value(300)->value_name("SECONDS"),
       "give up a request after SECONDS (0: never)")
      ("chunk", po::value<cli::Count>()->default_value(cli::Count{1000})->value_name("N"),
       "with --update: at most N statements per INSERT DATA request")
      ("verbose,v", "print one line per graph loaded")
      ("quiet,q", "print neither warnings (retries) nor the summary line; errors are still printed")
      ("help,h", "print this help");
  return options;
}

}  // namespace

std::string help_text() {
  std::ostringstream text;
  text << overview << "\n" << load_options();
  return text.str();
}

Command parse_command(const std::vector<std::string>& args) {
  Command command;
  po::variables_map values = cli::parse_command_line(args, load_options(), "load");
  if (values.count("help")) {
    command.help = true;
    command.help_text = help_text();
    return command;
  }
  Options& options = command.options;
  bool graph_store = values.count("endpoint") > 0;
  bool update = values.count("update") > 0;
  if (graph_store == update)
    throw Error(Status::bad_argument,
                graph_store ? "give --endpoint or --update, not both"
                            : "no store given: name its Graph Store endpoint with --endpoint URL "
                              "(or its Update endpoint with --update URL; try: newskg load --help)");
  options.protocol = graph_store ? Protocol::graph_store : Protocol::update;
  options.endpoint = values[graph_store ? "endpoint" : "update"].as<std::string>();
  if (options.endpoint.rfind("http://", 0) != 0 && options.endpoint.rfind("https://", 0) != 0)
    throw Error(Status::bad_argument, std::string(graph_store ? "--endpoint" : "--update") +
                                          " must be an http:// or https:// URL, got \"" + options.endpoint + "\"");

  options.graph_param = values["graph-param"].as<std::string>();
  if (options.graph_param.empty()) throw Error(Status::bad_argument, "--graph-param cannot be empty");
  if (update && !values["graph-param"].defaulted())
    throw Error(Status::bad_argument, "--graph-param only applies to --endpoint (Graph Store requests)");
  options.chunk = values["chunk"].as<cli::Count>().value;
  if (options.chunk == 0) throw Error(Status::bad_argument, "--chunk must be at least 1");
  if (graph_store && !values["chunk"].defaulted())
    throw Error(Status::bad_argument, "--chunk only applies to --update");

  if (values.count("graph")) {
    options.graph = values["graph"].as<std::string>();
    if (!rdf::is_writable_iri(options.graph))
      throw Error(Status::bad_argument, "--graph must be an absolute IRI, got \"" + options.graph + "\"");
  }
  if (values.count("user")) {
    options.user = values["user"].as<std::string>();
    if (options.user.find(':') == std::string::npos)
      throw Error(Status::bad_argument, "--user must be USER:PASSWORD");
  }
  options.auth = parse_auth(values["auth"].as<std::string>());
  options.retries = values["retries"].as<int>();
  if (options.retries < 0) throw Error(Status::bad_argument, "--retries cannot be negative");
  if (options.retries > 20) throw Error(Status::bad_argument, "--retries: at most 20");
  options.timeout_seconds = values["timeout"].as<long>();
  if (options.timeout_seconds < 0) throw Error(Status::bad_argument, "--timeout cannot be negative");
  options.verbose = values.count("verbose") > 0;
  options.quiet = values.count("quiet") > 0;
  if (options.verbose && options.quiet) throw Error(Status::bad_argument, "give --verbose or --quiet, not both");

  if (!values.count("input"))
    throw Error(Status::bad_argument, "no EXPORT given: name the .nq, .trig, .ttl or .nt files to load");
  command.inputs = values["input"].as<std::vector<std::string>>();
  return command;
}

}  // namespace newskg::load

namespace newskg::cli {

int load_main(const std::vector<std::string>& args, std::ostream& out, std::ostream& err) {
  load::Command command;
  try {
    command = load::parse_command(args);
    // Every file is checked before anything is sent.
    for (const std::string& input : command.inputs) load::check_input(input, command.options);
  } catch (const Error& error) {
    err << "newskg: " << error.what() << '\n';
    return exit_usage;
  }
  if (command.help) {
    out << command.help_text;
    return exit_ok;
  }
  StreamDiagnostics stream_diagnostics(err, command.options.quiet);
  ProgressLine progress_line(err);
  TerminalDiagnostics diagnostics(stream_diagnostics, progress_line);
  bool terminal = isatty(STDERR_FILENO) == 1 && &err == &std::cerr;
  try {
    auto client = load::make_curl_client(command.options);
    load::Loader loader(command.options, *client, diagnostics);
    if (command.options.verbose) loader.set_progress(&err);
    if (terminal && !command.options.quiet && !command.options.verbose) {
      std::uint64_t total = 0;
      for (const std::string& input : command.inputs) total += load::uncompressed_size(input);
      loader.set_total_bytes(total);
      loader.on_progress([&](const load::Progress& progress) {
        progress_line.update(progress.graphs, "graphs", progress.bytes_done, progress.bytes_total);
      });
    }
    for (const std::string& input : command.inputs) loader.load_file(input);
    progress_line.clear();
    load::Summary summary = loader.summary();
    if (!command.options.quiet) diagnostics.summary(err);
    if (!command.options.quiet) err << "newskg: " << load::summary_line(summary) << '\n';
    return summary.graphs_failed > 0 || summary.files_failed > 0 ? exit_article_failed : exit_ok;
  } catch (const Error& error) {
    progress_line.clear();
    err << "newskg: error: " << error.what() << '\n';
    return exit_article_failed;
  }
}

}  // namespace newskg::cli
