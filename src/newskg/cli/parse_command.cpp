// newskg parse: the sentence structure the extractor can read, as CoNLL-U.
// Options are parsed with the shared helper (cli::parse_command_line);
// articles are read with the ingest readers, as `newskg extract` reads them.
#include <boost/program_options.hpp>

#include <fstream>
#include <iostream>
#include <memory>
#include <sstream>

#include "newskg/cli/commands.hpp"
#include "newskg/cli/options.hpp"
#include "newskg/cli/output_file.hpp"
#include "newskg/error.hpp"
#include "newskg/ingest/ingest.hpp"
#include "newskg/pipeline.hpp"
#include "newskg/syntax/conllu.hpp"
#include "newskg/syntax/parser.hpp"

namespace newskg::cli {
namespace po = boost::program_options;

namespace {

constexpr const char* parse_usage =
    "newskg parse: tag, lemmatise and parse articles; write CoNLL-U.\n"
    "\n"
    "Usage:\n"
    "  newskg parse [options] INPUT...\n"
    "\n"
    "INPUT is read as by `newskg extract`: a .txt article (metadata from STEM.json),\n"
    "a .jsonl file (one article per line), a folder of them, or - for standard input.\n"
    "The output is CoNLL-U (https://universaldependencies.org/format.html): for each\n"
    "article `# newdoc id` (its id, else FILE or FILE:LINE), then per sentence of the\n"
    "text layer (the sentences the extractor reads) `# sent_id`, `# text` and one line\n"
    "per word: ID FORM LEMMA UPOS XPOS _ HEAD DEPREL _ MISC. Words are split as UD\n"
    "English splits them (\"don't\" -> do n't, as a multiword token line 1-2;\n"
    "\"well-known\" -> well - known). MISC holds TokenRange=BEGIN:END, the word's\n"
    "offsets in Unicode code points into the article text (as nif:beginIndex),\n"
    "and SpaceAfter=No. FEATS and DEPS are not predicted (_). An agency dateline\n"
    "(\"OSLO, March 4 (Reuters) -\") is left out of the sentence it opens, as the\n"
    "extractor reads it.\n"
    "\n"
    "With --input-format conllu, INPUT is CoNLL-U with gold tokens (a treebank):\n"
    "its words are tagged, lemmatised and parsed again, keeping its comments, ids,\n"
    "forms, multiword token lines and MISC (scripts/eval-syntax scores that).\n"
    "\n"
    "The model is the one built into newskg (models/en_ud.nkgm, trained on UD\n"
    "English EWT and GUM; CC BY-SA 4.0) unless --model names another.\n"
    "\n"
    "Examples:\n"
    "  newskg parse examples/tass-ryabkov-nato/article.txt\n"
    "  newskg parse -o crawl.conllu crawl.jsonl\n"
    "  newskg parse --input-format conllu -o predicted.conllu en_ewt-ud-test.conllu\n"
    "\n"
    "Exit status: 0 all parsed; 1 an input or article failed (reported with file\n"
    "and line; the others are parsed); 2 usage error.\n";

po::options_description parse_options_description() {
  po::options_description options("parse options");
  options.add_options()
      ("output,o", po::value<std::string>()->value_name("FILE"),
       "write to FILE instead of standard output (through a temporary file renamed at the end)")
      ("model", po::value<std::string>()->value_name("FILE"),
       "read the syntax model from FILE (made by newskg-train) instead of the built-in one")
      ("input-format", po::value<std::string>()->value_name("F")->default_value("text"),
       "text (articles, as extract reads them) or conllu (gold tokens from CoNLL-U)")
      ("no-sidecar", "do not read STEM.json metadata beside STEM.txt inputs")
      ("max-article-mb", po::value<std::size_t>()->value_name("MB")->default_value(16),
       "skip (and report) articles larger than this many megabytes")
      ("quiet,q", "print no warnings or summary (errors are still printed)")
      ("help,h", "print this help");
  return options;
}

struct ParseArguments {
  std::vector<std::string> inputs;
  std::string output, model;
  bool conllu = false, quiet = false, help = false, read_sidecar = true;
  std::size_t max_article_mb = 16;
};

[[noreturn]] void usage_error(const std::string& message) {
  throw Error(Status::bad_argument, message + " (try: newskg parse --help)");
}

ParseArguments parse_arguments(const std::vector<std::string>& args) {
  ParseArguments parsed;
  po::variables_map values = parse_command_line(args, parse_options_description(), "parse");
  if (values.count("help")) {
    parsed.help = true;
    return parsed;
  }
  if (!values.count("input")) usage_error("no INPUT given: name the articles to parse");
  parsed.inputs = values["input"].as<std::vector<std::string>>();
  if (values.count("output")) parsed.output = values["output"].as<std::string>();
  if (values.count("model")) parsed.model = values["model"].as<std::string>();
  std::string format = values["input-format"].as<std::string>();
  if (format != "text" && format != "conllu") usage_error("--input-format must be text or conllu, not '" + format + "'");
  parsed.conllu = format == "conllu";
  parsed.quiet = values.count("quiet") > 0;
  parsed.read_sidecar = values.count("no-sidecar") == 0;
  parsed.max_article_mb = values["max-article-mb"].as<std::size_t>();
  return parsed;
}

struct Counts {
  std::size_t articles = 0, sentences = 0, words = 0, failed = 0;
};

void parse_conllu_input(const std::string& path, syntax::Parser& parser, std::ostream& out, Counts& counts) {
  std::ifstream file;
  std::istream* in = &std::cin;
  if (path != "-") {
    file.open(path);
    if (!file) throw Error(Status::io_error, "cannot open " + path, Location{path, 0});
    in = &file;
  }
  auto sentences = syntax::read_conllu(*in, path == "-" ? "<stdin>" : path);
  syntax::Analysis analysis;
  std::vector<std::string_view> forms;
  for (const auto& sentence : sentences) {
    analysis.clear();
    forms.clear();
    for (const auto& w : sentence.words) forms.push_back(w.form);
    parser.parse_words(forms, analysis);
    // A sentence longer than max_sentence_words is parsed in pieces: heads are made sentence-wide.
    for (std::size_t i = 0; i < analysis.words.size(); ++i)
      if (analysis.words[i].head != 0)
        analysis.words[i].head = static_cast<std::uint16_t>(analysis.words[i].head + i / syntax::max_sentence_words *
                                                                                          syntax::max_sentence_words);
    syntax::write_conllu(out, sentence, analysis, 0, parser.model());
    ++counts.sentences;
    counts.words += sentence.words.size();
  }
}

void parse_articles(const std::string& path, const ParseArguments& parsed, syntax::Parser& parser,
                    std::ostream& out, DiagnosticSink& diagnostics, Counts& counts) {
  ingest::IngestOptions options;
  options.read_sidecar = parsed.read_sidecar;
  options.max_article_bytes = parsed.max_article_mb << 20;
  auto source = ingest::open_source(path, options, diagnostics);
  syntax::Analysis analysis;
  while (auto item = source->next()) {
    if (auto* error = std::get_if<Error>(&*item)) {
      diagnostics.report({Severity::error, error->message() + "; article skipped", error->where()});
      ++counts.failed;
      continue;
    }
    const auto& article = std::get<ingest::Article>(*item);
    // The region and sentences the extractor reads (extract/extractor.cpp).
    text::Document doc = text::analyse(article.text, article.headline.begin, article.text.size(),
                                       article.headline.empty() ? text::no_headline : article.headline.end);
    // As the extractor reads them: the dateline is left out of the sentence it opens.
    syntax::Omitted dateline;
    if (article.dateline) dateline = {article.dateline->span.begin, article.dateline->span.end};
    parser.parse(doc, analysis, {}, dateline);
    std::string id = article.id;
    if (id.empty())
      id = article.origin.line ? article.origin.file + ":" + std::to_string(article.origin.line) : article.origin.file;
    syntax::write_conllu(out, analysis, doc, parser.model(), id);
    ++counts.articles;
    counts.sentences += analysis.sentences.size();
    counts.words += analysis.words.size();
  }
}

}  // namespace

std::string parse_help() {
  std::ostringstream text;
  text << parse_usage << "\n" << parse_options_description();
  return text.str();
}

int parse_main(const std::vector<std::string>& args, std::ostream& out, std::ostream& err) {
  ParseArguments parsed;
  try {
    parsed = parse_arguments(args);
  } catch (const Error& error) {
    err << "newskg: " << error.what() << '\n';
    return exit_usage;
  }
  if (parsed.help) {
    out << parse_help();
    return exit_ok;
  }
  StreamDiagnostics diagnostics(err, parsed.quiet);
  Counts counts;
  try {
    auto model = syntax::Model::load(parsed.model);
    syntax::Parser parser(model);
    std::unique_ptr<OutputFile> file;
    if (!parsed.output.empty() && parsed.output != "-") file = std::make_unique<OutputFile>(parsed.output);
    std::ostream& stream = file ? file->stream() : out;
    for (const auto& input : parsed.conllu ? parsed.inputs : expand_inputs(parsed.inputs)) {
      try {
        if (parsed.conllu)
          parse_conllu_input(input, parser, stream, counts);
        else
          parse_articles(input, parsed, parser, stream, diagnostics, counts);
      } catch (const Error& error) {
        Location where = error.where();
        if (where.file.empty()) where.file = input;
        diagnostics.report({Severity::error, error.message(), where});
        ++counts.failed;
      }
    }
    if (file) file->commit();
  } catch (const Error& error) {
    err << "newskg: error: " << error.what() << '\n';
    return error.status() == Status::bad_argument ? exit_usage : exit_article_failed;
  }
  if (!parsed.quiet)
    err << "newskg: parsed " << counts.articles << " articles, " << counts.sentences << " sentences, " << counts.words
        << " words; " << counts.failed << " failed\n";
  return counts.failed > 0 ? exit_article_failed : exit_ok;
}

}  // namespace newskg::cli
