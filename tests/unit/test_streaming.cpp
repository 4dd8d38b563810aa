// The streamed export path: lines rendered without Serd are Serd's bytes, and
// an article larger than a chunk gives the same output whatever the jobs.
#include <doctest/doctest.h>

#include <algorithm>
#include <filesystem>
#include <fstream>
#include <random>
#include <sstream>

#include <unistd.h>

#include "newskg/error.hpp"
#include "newskg/pipeline.hpp"
#include "newskg/rdf/sink.hpp"
#include "newskg/rdf/statement_key.hpp"
#include "newskg/rdf/vocab.hpp"

using namespace newskg;
using namespace newskg::rdf;

namespace {

// What Serd's own writer makes of the statements, one at a time.
std::string with_serd(Format format, const std::vector<Quad>& quads) {
  std::ostringstream out;
  auto writer = make_writer({format, {}}, out);
  for (const auto& quad : quads) writer->quad(quad);
  writer->finish();
  return out.str();
}

std::string with_renderer(Format format, const std::vector<Quad>& quads) {
  std::ostringstream discard;
  auto renderer = make_writer({format, {}}, discard)->line_renderer();
  REQUIRE(renderer);
  std::string out;
  for (const auto& quad : quads) renderer->render(quad, out);
  return out;
}

class Quiet final : public DiagnosticSink {
 public:
  void report(const Diagnostic&) override {}
};

}  // namespace

TEST_CASE("lines rendered for N-Triples and N-Quads are the bytes Serd writes") {
  const std::string g = "https://example.org/graph/1";
  std::vector<std::string> texts = {
      "plain", "", "quote \" and backslash \\", "line\nbreak\r\ttab", "bell \x07 and \x01",
      std::string("nul \0 byte", 10), "del \x7f", "form \f back \b", "Zoë — “quoted” 𝄞",
      "bad \xff byte", "lone \xc3", "overlong \xc0\xaf", "surrogate \xed\xa0\x80", "\"\"\"", "ends with \\"};
  std::vector<std::string> iris = {"https://example.org/s", "https://example.org/zo%C3%AB",
                                   "https://example.org/zoë", "https://example.org/a#char=1,5",
                                   "https://example.org/bad\xff", "urn:x-y:z"};
  std::vector<Quad> quads;
  for (const auto& iri : iris) {
    for (const auto& text : texts) {
      quads.push_back({Term::iri(g), Term::iri(iri), Term::iri("http://schema.org/name"), Term::literal(text)});
      quads.push_back({Term::iri(iri), Term::iri(g), Term::iri(vocab::rdf_type), Term::lang(text, "en-GB")});
      quads.push_back({Term{}, Term::iri(iri), Term::iri(iri),
                       Term::typed(text, std::string(vocab::xsd) + "integer")});
    }
    quads.push_back({Term::iri(g), Term::blank("b0"), Term::iri(iri), Term::iri(iri)});
  }
  // The renderer keeps the IRIs it rendered last (graph, subject) and its
  // predicates by length and last byte: IRIs alike in both, one of them not
  // writable, alternating with the same subject and graph.
  for (int round = 0; round < 3; ++round)
    for (const char* predicate : {"https://example.org/p/xa", "https://example.org/p/ya", "https://example.org/p/\xff" "a",
                                  "https://example.org/p/za"}) {
      quads.push_back({Term::iri(g), Term::iri(iris[0]), Term::iri(predicate), Term::literal("x")});
      quads.push_back({Term::iri(g), Term::iri(iris[4]), Term::iri(predicate), Term::literal("y")});
      quads.push_back({Term::iri(g + "/2"), Term::iri(iris[0]), Term::iri(predicate), Term::iri(iris[1])});
    }
  // Random bytes, mostly printable, some of everything else.
  std::mt19937 random(13);
  for (int n = 0; n < 2000; ++n) {
    std::string text;
    for (auto k = random() % 12; k > 0; --k) {
      auto pick = random() % 10;
      text += pick < 6 ? static_cast<char>(0x20 + random() % 0x5F) : static_cast<char>(random() % 256);
    }
    quads.push_back({Term::iri(g), Term::iri(iris[0]), Term::iri("http://schema.org/text"), Term::literal(text)});
  }
  for (Format format : {Format::ntriples, Format::nquads}) {
    CAPTURE(format_name(format));
    std::string serd = with_serd(format, quads);
    std::string ours = with_renderer(format, quads);
    CHECK(ours.size() == serd.size());
    CHECK(ours == serd);
  }
  std::ostringstream discard;
  for (Format format : {Format::turtle, Format::trig, Format::jsonld})
    CHECK_FALSE(make_writer({format, {}}, discard)->line_renderer());
}

TEST_CASE("statement keys: equal statements, equal keys; a set remembers what it holds") {
  Quad a{Term::iri("https://g"), Term::iri("https://s"), Term::iri("https://p"), Term::literal("ab")};
  Quad b = a;
  b.object = Term::typed("ab", "https://t");
  Quad c = a;
  c.object = Term::iri("ab");
  CHECK(key_of(a, true) == key_of(Quad(a), true));
  CHECK_FALSE(key_of(a, true) == key_of(b, true));
  CHECK_FALSE(key_of(a, true) == key_of(c, true));
  CHECK_FALSE(key_of(a, true) == key_of(a, false));
  CHECK_FALSE(KeyBuilder().add("ab").add("c").key() == KeyBuilder().add("a").add("bc").key());
  KeySet set;
  for (int i = 0; i < 100000; ++i) CHECK(set.insert(key_of(std::to_string(i))));
  for (int i = 0; i < 100000; i += 7) CHECK_FALSE(set.insert(key_of(std::to_string(i))));
  CHECK(set.size() == 100000);
}

TEST_CASE("an article of many chunks streams to the same bytes with one job or several") {
  namespace fs = std::filesystem;
  fs::path folder = fs::temp_directory_path() / ("newskg-streaming-" + std::to_string(::getpid()));
  fs::create_directories(folder);
  std::ifstream in(std::string(NEWSKG_SOURCE_DIR) + "/examples/tass-ryabkov-nato/article.txt");
  std::stringstream article;
  article << in.rdbuf();
  std::string text = article.str();
  std::string body = text.substr(text.find("\n\n") + 2);
  {
    std::ofstream big(folder / "a-big.txt");
    big << "A long headline\n\n";
    for (int i = 0; i < 150; ++i) big << body << "\n\n";  // about 1 MB of N-Quads
    std::ofstream small(folder / "b-small.txt");
    small << text;
    std::ofstream other(folder / "c-other.txt");
    other << "Another headline\n\n" << body;
  }
  auto run = [&](Format format, unsigned jobs) {
    ExportOptions options;
    options.jobs = jobs;
    std::ostringstream out;
    auto sink = make_writer({format, {}}, out);
    Quiet quiet;
    ExportSummary summary = export_articles({folder.string()}, options, *sink, quiet);
    CHECK(summary.articles == 3);
    return std::make_pair(out.str(), summary.statements);
  };
  for (Format format : {Format::nquads, Format::turtle}) {
    CAPTURE(format_name(format));
    auto [one, statements] = run(format, 1);
    auto [three, statements3] = run(format, 3);
    CHECK(one.size() > (std::size_t{1} << 20));
    CHECK(one == three);
    CHECK(statements == statements3);
    if (format == Format::nquads)
      CHECK(statements == static_cast<std::uint64_t>(std::count(one.begin(), one.end(), '\n')));
  }
  fs::remove_all(folder);
}
