#include "newskg/cli/options.hpp"

#include "newskg/cli/count.hpp"
#include "newskg/cli/output_file.hpp"
#include "newskg/cli/progress.hpp"

#include <boost/program_options.hpp>

#include <chrono>
#include <cstdio>
#include <filesystem>
#include <fstream>
#include <iostream>
#include <map>
#include <sstream>

#include "newskg/graph/iri.hpp"
#include "newskg/gzip.hpp"
#include "newskg/ingest/ingest.hpp"
#include "newskg/version.hpp"

namespace newskg::cli {
namespace po = boost::program_options;

namespace {

constexpr const char* overview =
    "newskg: turn English news articles into a knowledge graph (RDF).\n"
    "\n"
    "Usage:\n"
    "  newskg extract [options] INPUT...   export articles as RDF\n"
    "  newskg merge [options] EXPORT...    merge exports into one dataset (merge --help)\n"
    "  newskg load [options] EXPORT...     load exports into a SPARQL store (load --help)\n"
    "  newskg parse [options] INPUT...     sentence structure as CoNLL-U (parse --help)\n"
    "  newskg --help | help [extract]      this text\n"
    "  newskg --version                    tool version\n"
    "\n"
    "INPUT is a plain-text article (.txt; its metadata is read from STEM.json\n"
    "beside it when present), a JSON Lines file (.jsonl, one article per line:\n"
    "{\"id\",\"url\",\"date\",\"title\",\"text\",\"source\"}, only \"text\" required),\n"
    "or - for standard input (JSON Lines when it starts with '{').\n"
    "\n"
    "Examples:\n"
    "  newskg extract examples/tass-ryabkov-nato/article.txt\n"
    "  newskg extract --format jsonld -o out.jsonld crawl.jsonl\n"
    "  curl -s URL | newskg extract --date 2021-12-10 --url URL -\n"
    "\n"
    "Exit status: 0 all exported; 1 some article failed (the others are\n"
    "exported); 2 usage error.\n";

po::options_description extract_options() {
  po::options_description options("extract options");
  options.add_options()
      ("format,f", po::value<std::string>()->value_name("F"),
       "output syntax: turtle (ttl), trig, ntriples (nt), nquads (nq) or jsonld (json-ld); "
       "without it, the extension of -o FILE (.ttl .trig .nt .nq .jsonld), else turtle. Turtle and "
       "N-Triples hold the union of all articles; TriG, N-Quads and JSON-LD keep one named graph "
       "per article and the entities' descriptions in the graph BASE graph/entities.")
      ("output,o", po::value<std::string>()->value_name("FILE"),
       "write to FILE instead of standard output (through a temporary file renamed at the "
       "end, so a failure never leaves half a file); FILE.gz is written compressed (gzip)")
      ("date", po::value<std::string>()->value_name("DATE"),
       "publication date YYYY-MM-DD for articles whose input has none; relative dates "
       "(\"on Tuesday\") resolve against it. Example: --date 2021-12-10")
      ("url", po::value<std::string>()->value_name("URL"),
       "the article's URL (its IRI). An empty value means none: the IRI is then a hash of the text")
      ("id", po::value<std::string>()->value_name("ID"), "the article's identifier (schema:identifier)")
      ("source", po::value<std::string>()->value_name("NAME"), "the publisher's name, when the text does not say it")
      ("base", po::value<std::string>()->value_name("IRI")->default_value("https://w3id.org/newskg/id/"),
       "base of minted IRIs; must end in '/' or '#'. Example: --base https://example.org/kg/")
      ("context-url", po::value<std::string>()->value_name("URL"),
       "JSON-LD: reference this @context URL instead of embedding ontology/context.jsonld")
      ("lexicon", po::value<std::vector<std::string>>()->value_name("FILE"),
       "add the entries of a lexicon FILE.ttl (SKOS labels, as ontology/lexicon/*.ttl) to the "
       "embedded ones; may be repeated. Example: --lexicon my-people.ttl")
      ("no-sidecar", "do not read STEM.json metadata beside STEM.txt inputs")
      ("jobs,j", po::value<unsigned>()->value_name("N")->default_value(1),
       "worker threads extracting articles in parallel; the output is byte-identical whatever "
       "the number. Example: --jobs 2")
      ("split-every", po::value<Count>()->value_name("N"),
       "with -o, write numbered files of N articles each (OUT-00001.nq, OUT-00002.nq, ...), "
       "each a complete document, for bulk loaders. Example: --split-every 10000 -o part.nq")
      ("evidence", po::value<std::string>()->value_name("WHICH")->default_value("all"),
       "mention nodes to write: all; facts (only the evidence of roles, meetings, proposals and "
       "statements, no entity mentions); none (no mentions, facts without nkg:evidence)")
      ("min-confidence", po::value<double>()->value_name("X")->default_value(0.0),
       "drop roles, meetings, proposals and statements whose nkg:confidence is below X (0 to 1)")
      ("keep-duplicates", "write an article again when an earlier input had the same article IRI "
       "(by default the later one is reported and skipped)")
      ("max-article-mb", po::value<Count>()->value_name("MB")->default_value(Count{16}),
       "skip (and report) articles larger than this many megabytes (1 to 4096), checked before an "
       "article is read; extracting one takes about 220 MB of memory and 4 s per MB of text")
      ("quiet,q", "print no warnings, progress or summary (errors are still printed)")
      ("help,h", "print this help");
  return options;
}

std::string extract_help() {
  std::ostringstream text;
  text << overview << "\n" << extract_options();
  return text.str();
}

}  // namespace

po::variables_map parse_command_line(const std::vector<std::string>& args, const po::options_description& options,
                                     const std::string& command) {
  po::options_description all;
  all.add(options).add_options()("input", po::value<std::vector<std::string>>(), "input");
  po::positional_options_description positional;
  positional.add("input", -1);
  po::variables_map values;
  try {
    po::store(po::command_line_parser(args).options(all).positional(positional).run(), values);
    po::notify(values);
  } catch (const po::error& error) {
    throw Error(Status::bad_argument, std::string(error.what()) + " (try: newskg " + command + " --help)");
  }
  return values;
}

Options parse_options(const std::vector<std::string>& args) {
  Options options;
  if (args.empty() || args[0] == "--help" || args[0] == "-h" || args[0] == "help") {
    options.command = Command::help;
    options.help_text = extract_help();
    return options;
  }
  if (args[0] == "--version" || args[0] == "-V") {
    options.command = Command::version;
    return options;
  }
  if (args[0] != "extract")
    throw Error(Status::bad_argument, "unknown command '" + args[0] + "' (try: newskg extract --help)");

  po::variables_map values =
      parse_command_line(std::vector<std::string>(args.begin() + 1, args.end()), extract_options(), "extract");
  if (values.count("help")) {
    options.command = Command::help;
    options.help_text = extract_help();
    return options;
  }
  options.command = Command::extract;
  if (!values.count("input"))
    throw Error(Status::bad_argument, "no INPUT given: name article files, or - for standard input");
  options.inputs = values["input"].as<std::vector<std::string>>();
  if (values.count("output")) options.output = values["output"].as<std::string>();
  std::optional<rdf::Format> by_name;
  if (values.count("format")) by_name = rdf::parse_format(values["format"].as<std::string>());
  std::optional<rdf::Format> by_extension =
      options.output.empty() ? std::nullopt : rdf::format_of_extension(options.output);
  if (by_name && by_extension && *by_name != *by_extension)
    throw Error(Status::bad_argument, "--format " + std::string(rdf::format_name(*by_name)) + " but -o " +
                                          options.output + " names " + std::string(rdf::format_name(*by_extension)) +
                                          ": drop one or make them agree");
  options.writer.format = by_name ? *by_name : by_extension ? *by_extension : rdf::Format::turtle;
  if (values.count("date")) {
    options.date = values["date"].as<std::string>();
    if (!ingest::is_iso_date(*options.date))
      throw Error(Status::bad_argument, "--date must be a real day as YYYY-MM-DD, got \"" + *options.date + "\"");
  }
  if (values.count("url")) {
    options.url = values["url"].as<std::string>();
    if (!options.url->empty() && !ingest::is_absolute_url(*options.url))
      throw Error(Status::bad_argument, "--url must be an absolute URL such as https://example.org/news/1, or "
                                        "empty for none (got \"" + *options.url + "\")");
  }
  if (values.count("id")) options.id = values["id"].as<std::string>();
  if (values.count("source")) options.source = values["source"].as<std::string>();
  options.base = values["base"].as<std::string>();
  graph::check_base(options.base);
  if (values.count("context-url")) {
    options.writer.context_url = values["context-url"].as<std::string>();
    if (options.writer.format != rdf::Format::jsonld)
      throw Error(Status::bad_argument, "--context-url only applies to --format jsonld");
  }
  if (values.count("lexicon")) options.lexicons = values["lexicon"].as<std::vector<std::string>>();
  options.evidence = graph::parse_evidence(values["evidence"].as<std::string>());
  options.min_confidence = values["min-confidence"].as<double>();
  if (!(options.min_confidence >= 0.0 && options.min_confidence <= 1.0))
    throw Error(Status::bad_argument, "--min-confidence must be between 0 and 1");
  options.keep_duplicates = values.count("keep-duplicates") > 0;
  options.read_sidecar = values.count("no-sidecar") == 0;
  options.quiet = values.count("quiet") > 0;
  options.jobs = values["jobs"].as<unsigned>();
  if (options.jobs == 0 || options.jobs > 256) throw Error(Status::bad_argument, "--jobs must be between 1 and 256");
  options.max_article_mb = values["max-article-mb"].as<Count>().value;
  if (options.max_article_mb == 0 || options.max_article_mb > 4096)
    throw Error(Status::bad_argument, "--max-article-mb must be between 1 and 4096");
  if (values.count("split-every")) {
    options.split_every = values["split-every"].as<Count>().value;
    if (options.split_every == 0) throw Error(Status::bad_argument, "--split-every must be at least 1");
    if (options.output.empty()) throw Error(Status::bad_argument, "--split-every needs -o OUT to name the files");
    if (is_gzip_path(options.output))
      throw Error(Status::bad_argument, "--split-every writes plain files: drop the .gz of -o " + options.output);
  }
  return options;
}

ExportOptions export_options(const Options& options) {
  ExportOptions result;
  result.ingest.read_sidecar = options.read_sidecar;
  // A date from the command line fills in only where the input has none.
  result.ingest.fallback.date = options.date;
  result.ingest.overrides.url = options.url;
  result.ingest.overrides.id = options.id;
  result.ingest.overrides.source = options.source;
  result.graph.base = options.base;
  result.graph.evidence = options.evidence;
  result.graph.min_confidence = options.min_confidence;
  result.keep_duplicates = options.keep_duplicates;
  result.lexicons = options.lexicons;
  result.jobs = options.jobs;
  result.ingest.max_article_bytes = options.max_article_mb << 20;
  return result;
}

// "out.nq" -> "out-00001.nq"
std::string numbered(const std::string& path, std::size_t number) {
  std::filesystem::path file(path);
  char suffix[16];
  std::snprintf(suffix, sizeof suffix, "-%05zu", number);
  return (file.parent_path() / (file.stem().string() + suffix + file.extension().string())).string();
}

namespace {

// Starts a new numbered file, a complete document, every N articles.
class SplittingSink final : public rdf::QuadSink {
 public:
  SplittingSink(const Options& options, std::size_t every)
      : options_(options), every_(every), renderer_(rdf::make_writer(options.writer, discard_)) {}

  void prefix(std::string_view name, std::string_view iri) override {
    prefixes_.emplace_back(std::string(name), std::string(iri));
    if (writer_) writer_->prefix(name, iri);
  }
  void quad(const rdf::Quad& quad) override {
    open();
    writer_->quad(quad);
  }
  void take(rdf::Quad&& quad) override {
    open();
    writer_->take(std::move(quad));
  }
  std::unique_ptr<rdf::LineRenderer> line_renderer() const override { return renderer_->line_renderer(); }
  void append_rendered(std::string_view bytes) override {
    open();
    writer_->append_rendered(bytes);
  }
  void article_written() {
    if (++articles_ % every_ == 0) close();
  }
  void finish() override { close(); }
  // Nothing was exported but nothing failed either: still one (empty) document.
  void finish_empty() {
    if (files_ > 0) return;
    open();
    close();
  }

 private:
  void open() {
    if (writer_) return;
    file_ = std::make_unique<OutputFile>(numbered(options_.output, ++files_));
    writer_ = rdf::make_writer(options_.writer, file_->stream());
    for (const auto& [name, iri] : prefixes_) writer_->prefix(name, iri);
  }
  void close() {
    if (!writer_) return;
    writer_->finish();
    writer_.reset();
    file_->commit();
    file_.reset();
  }

  const Options& options_;
  std::size_t every_;
  std::size_t articles_ = 0;
  std::size_t files_ = 0;
  std::vector<std::pair<std::string, std::string>> prefixes_;
  std::unique_ptr<OutputFile> file_;
  std::unique_ptr<rdf::QuadSink> writer_;
  std::ostringstream discard_;                  // the renderer never writes to it
  std::unique_ptr<rdf::QuadSink> renderer_;     // renders pieces in the files' format
};

}  // namespace

int run(const Options& options, std::ostream& out, std::ostream& err) {
  switch (options.command) {
    case Command::help: out << options.help_text; return exit_ok;
    case Command::version: out << tool_name << ' ' << version << '\n'; return exit_ok;
    case Command::extract: break;
  }
  StreamDiagnostics stream_diagnostics(err, options.quiet);
  ProgressLine progress_line(err);
  TerminalDiagnostics diagnostics(stream_diagnostics, progress_line);
  ExportHooks hooks;
  if (options.terminal && !options.quiet)
    hooks.progress = [&](const ExportProgress& progress) {
      progress_line.update(progress.articles, "articles", progress.bytes_done, progress.bytes_total);
    };
  try {
    ExportSummary summary;
    ExportOptions config = export_options(options);
    // When every input failed, an old output file is left as it was (and
    // none is made): an empty export would only hide the failure.
    auto nothing_exported = [&] { return summary.articles == 0 && summary.failed > 0; };
    bool kept = false;
    if (options.split_every > 0) {
      SplittingSink sink(options, options.split_every);
      hooks.after_article = [&] { sink.article_written(); };
      summary = export_articles(options.inputs, config, sink, diagnostics, hooks);
      if (!(kept = nothing_exported())) sink.finish_empty();
    } else if (options.output.empty()) {
      auto sink = rdf::make_writer(options.writer, out);
      summary = export_articles(options.inputs, config, *sink, diagnostics, hooks);
    } else if (is_gzip_path(options.output)) {
      OutputFile file(options.output);
      GzipOStream gzip(file.stream());
      auto sink = rdf::make_writer(options.writer, gzip);
      summary = export_articles(options.inputs, config, *sink, diagnostics, hooks);
      gzip.finish();
      file.commit();
    } else {
      OutputFile file(options.output);
      auto sink = rdf::make_writer(options.writer, file.stream());
      summary = export_articles(options.inputs, config, *sink, diagnostics, hooks);
      if (!(kept = nothing_exported())) file.commit();
    }
    progress_line.clear();
    if (kept) {
      std::string target = options.split_every > 0 ? numbered(options.output, 1) : options.output;
      bool exists = std::filesystem::exists(target);
      err << "newskg: error: nothing exported: " << target << (exists ? " left unchanged" : " not written") << '\n';
    }
    if (!options.quiet) diagnostics.summary(err);
    if (!options.quiet) {
      err << "newskg: " << summary.articles << " articles exported (" << summary.statements << " statements), "
          << summary.warnings << " warnings, " << summary.failed << " failed";
      if (summary.duplicates > 0) err << ", " << summary.duplicates << " duplicates skipped";
      err << "\n";
    }
    return summary.failed > 0 ? exit_article_failed : exit_ok;
  } catch (const Error& error) {
    progress_line.clear();
    err << "newskg: error: " << error.what() << '\n';
    return error.status() == Status::bad_argument ? exit_usage : exit_article_failed;
  }
}

}  // namespace newskg::cli
