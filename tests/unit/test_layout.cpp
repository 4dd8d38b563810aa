// The corpus layout (ontology/GRAPH.md): entity descriptions once, in the
// shared graph, identical in every export; facts per article; one name per
// IRI; duplicate articles skipped; --evidence and --min-confidence.
#include <doctest/doctest.h>

#include <filesystem>
#include <fstream>
#include <map>
#include <set>
#include <sstream>

#include "newskg/pipeline.hpp"
#include "newskg/rdf/sink.hpp"

using namespace newskg;

namespace {

const std::string entities = "https://w3id.org/newskg/id/graph/entities";
const std::string name_iri = "http://schema.org/name";

struct Collect final : DiagnosticSink {
  void report(const Diagnostic& diagnostic) override { all.push_back(diagnostic); }
  std::vector<Diagnostic> all;
};

// A JSON Lines file in the temporary directory, removed at the end.
struct Jsonl {
  explicit Jsonl(const std::vector<std::string>& lines) {
    path = (std::filesystem::temp_directory_path() / ("newskg-layout-" + std::to_string(++counter) + ".jsonl")).string();
    std::ofstream out(path);
    for (const auto& line : lines) out << line << '\n';
  }
  ~Jsonl() { std::filesystem::remove(path); }
  std::string path;
  static inline int counter = 0;
};

std::string article(const std::string& url, const std::string& text) {
  return "{\"url\": \"" + url + "\", \"date\": \"2021-12-10\", \"title\": \"T\", \"text\": \"" + text + "\"}";
}

const std::string text_a =
    "Putin spoke to Biden\\n\\nMOSCOW, December 10. /TASS/. Russian President Putin held talks with U.S. President "
    "Joe Biden on Tuesday, the Kremlin said. The U.S. side proposed new talks.";
const std::string text_b =
    "Kremlin on talks\\n\\nMOSCOW, December 11. /TASS/. Vladimir Putin and Joe Biden discussed Ukraine, the "
    "Kremlin said. \\\"We are ready,\\\" Vladimir Putin told reporters. The United States did not comment.";

std::string run(const std::vector<std::string>& inputs, ExportOptions options, rdf::Format format,
                Collect* diagnostics = nullptr, ExportSummary* summary = nullptr) {
  std::ostringstream out;
  auto sink = rdf::make_writer({format, {}}, out);
  Collect ignored;
  ExportSummary result = export_articles(inputs, options, *sink, diagnostics ? *diagnostics : ignored);
  if (summary) *summary = result;
  return out.str();
}

std::vector<std::string> lines_of(const std::string& text) {
  std::vector<std::string> lines;
  std::istringstream in(text);
  for (std::string line; std::getline(in, line);)
    if (!line.empty()) lines.push_back(line);
  return lines;
}

// The N-Quads lines of the shared graph about `subject` (an IRI suffix).
std::set<std::string> shared_about(const std::string& nquads, const std::string& subject) {
  std::set<std::string> found;
  for (const auto& line : lines_of(nquads))
    if (line.rfind("<https://w3id.org/newskg/id/" + subject + "> ", 0) == 0 &&
        line.find("<" + entities + "> .") != std::string::npos)
      found.insert(line);
  return found;
}

}  // namespace

TEST_CASE("two articles naming an entity differently write identical entity-graph statements") {
  Jsonl a({article("https://example.org/a", text_a)});
  Jsonl b({article("https://example.org/b", text_b)});
  std::string alone_a = run({a.path}, {}, rdf::Format::nquads);
  std::string alone_b = run({b.path}, {}, rdf::Format::nquads);
  // The article's forms differ ("Putin", "U.S." / "Vladimir Putin", "United States") ...
  auto united_a = shared_about(alone_a, "place/united-states");
  auto united_b = shared_about(alone_b, "place/united-states");
  REQUIRE(!united_a.empty());
  REQUIRE(!united_b.empty());
  // ... but the name, the types and the sameAs links are the same statements.
  auto without_alternates = [](const std::set<std::string>& lines) {
    std::set<std::string> kept;
    for (const auto& line : lines)
      if (line.find("alternateName") == std::string::npos) kept.insert(line);
    return kept;
  };
  CHECK(without_alternates(united_a) == without_alternates(united_b));
  CHECK(without_alternates(shared_about(alone_a, "person/vladimir-putin")) ==
        without_alternates(shared_about(alone_b, "person/vladimir-putin")));
  CHECK(united_a.count("<https://w3id.org/newskg/id/place/united-states> <" + name_iri +
                       "> \"United States\" <" + entities + "> .") == 1);
  // No confidence (a per-article value) in the shared graph.
  for (const auto& line : lines_of(alone_a))
    if (line.find("<" + entities + "> .") != std::string::npos) CHECK(line.find("confidence") == std::string::npos);

  // Together: every shared statement once, one name per IRI, no repeated line.
  std::string both = run({a.path, b.path}, {}, rdf::Format::nquads);
  std::vector<std::string> lines = lines_of(both);
  CHECK(std::set<std::string>(lines.begin(), lines.end()).size() == lines.size());
  std::map<std::string, std::set<std::string>> names;
  for (const auto& line : lines)
    if (line.find("> <" + name_iri + "> ") != std::string::npos) names[line.substr(0, line.find(' '))].insert(line);
  for (const auto& [subject, values] : names) CHECK_MESSAGE(values.size() == 1, subject);
  // Turtle's union: no triple twice.
  std::string nt = run({a.path, b.path}, {}, rdf::Format::ntriples);
  std::vector<std::string> triples = lines_of(nt);
  CHECK(std::set<std::string>(triples.begin(), triples.end()).size() == triples.size());
  // The same bytes whatever the number of jobs.
  ExportOptions parallel;
  parallel.jobs = 3;
  CHECK(run({a.path, b.path, a.path, b.path}, parallel, rdf::Format::nquads) ==
        run({a.path, b.path, a.path, b.path}, {}, rdf::Format::nquads));
  CHECK(run({a.path, b.path}, parallel, rdf::Format::trig) == run({a.path, b.path}, {}, rdf::Format::trig));
}

TEST_CASE("a second input with the same article IRI is reported and skipped") {
  Jsonl file({article("https://example.org/a", text_a), article("https://example.org/b", text_b),
              article("https://example.org/a", text_a)});
  Collect diagnostics;
  ExportSummary summary;
  std::string out = run({file.path}, {}, rdf::Format::nquads, &diagnostics, &summary);
  CHECK(summary.articles == 2);
  CHECK(summary.duplicates == 1);
  REQUIRE(diagnostics.all.size() == 1);
  CHECK(format_diagnostic(diagnostics.all[0]) ==
        file.path + ":3: warning: same article as " + file.path + ":1, skipped");
  CHECK(run({file.path}, {}, rdf::Format::nquads) == run({file.path}, [] {
          ExportOptions options;
          options.keep_duplicates = false;
          return options;
        }(), rdf::Format::nquads));
  // --keep-duplicates writes it again (into the same graph, so the lines repeat).
  ExportOptions keep;
  keep.keep_duplicates = true;
  ExportSummary kept;
  std::string again = run({file.path}, keep, rdf::Format::nquads, nullptr, &kept);
  CHECK(kept.articles == 3);
  CHECK(kept.duplicates == 0);
  CHECK(lines_of(again).size() > lines_of(out).size());
  // The statement count is what was written.
  CHECK(summary.statements == lines_of(out).size());
}

TEST_CASE("--evidence chooses the mention nodes; --min-confidence drops facts") {
  Jsonl file({article("https://example.org/a", text_a), article("https://example.org/b", text_b)});
  auto with = [&](graph::Evidence evidence, double min_confidence = 0) {
    ExportOptions options;
    options.graph.evidence = evidence;
    options.graph.min_confidence = min_confidence;
    return run({file.path}, options, rdf::Format::nquads);
  };
  auto count = [](const std::string& text, const std::string& what) {
    std::size_t n = 0;
    for (const auto& line : lines_of(text)) n += line.find(what) != std::string::npos;
    return n;
  };
  const std::string phrase = "nif-core#Phrase>";
  std::string all = with(graph::Evidence::all), facts = with(graph::Evidence::facts), none = with(graph::Evidence::none);
  CHECK(count(all, phrase) > count(facts, phrase));
  CHECK(count(facts, phrase) > 0);
  CHECK(count(none, phrase) == 0);
  CHECK(count(none, "ns#evidence>") == 0);
  CHECK(count(facts, "ns#evidence>") == count(all, "ns#evidence>"));
  // Every fact's evidence is still there with "facts".
  CHECK(lines_of(none).size() < lines_of(facts).size());
  CHECK(lines_of(facts).size() < lines_of(all).size());
  // Entities are the same whatever the choice.
  CHECK(count(all, "<" + entities + "> .") == count(none, "<" + entities + "> ."));

  const std::string meeting = "ns#Meeting>";
  REQUIRE(count(all, meeting) > 0);
  CHECK(count(with(graph::Evidence::all, 1.0), meeting) == 0);
  CHECK(count(with(graph::Evidence::all, 0.0), meeting) == count(all, meeting));
  CHECK_THROWS_AS(graph::parse_evidence("some"), Error);
  CHECK(graph::parse_evidence("facts") == graph::Evidence::facts);
}
