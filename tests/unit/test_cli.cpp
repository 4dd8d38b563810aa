#include <doctest/doctest.h>

#include <filesystem>
#include <fstream>
#include <sstream>

#include "newskg/cli/options.hpp"
#include "newskg/error.hpp"
#include "newskg/gzip.hpp"

using namespace newskg;
using namespace newskg::cli;

namespace {
std::string seed() { return std::string(NEWSKG_SOURCE_DIR) + "/examples/tass-ryabkov-nato/article.txt"; }

struct Run {
  int status;
  std::string out, err;
};
Run run_args(const std::vector<std::string>& args) {
  std::ostringstream out, err;
  Options options = parse_options(args);
  int status = run(options, out, err);
  return {status, out.str(), err.str()};
}
}  // namespace

TEST_CASE("options parse into a plain struct") {
  Options options = parse_options({"extract", "--format", "jsonld", "-o", "out.jsonld", "--date", "2021-12-10",
                                   "--url", "", "--base", "https://example.org/kg/", "--context-url",
                                   "https://example.org/context.jsonld", "--lexicon", "a.ttl", "--lexicon", "b.ttl",
                                   "-q", "a.txt", "b.jsonl"});
  CHECK(options.command == Command::extract);
  CHECK(options.writer.format == rdf::Format::jsonld);
  CHECK(options.output == "out.jsonld");
  CHECK(options.date == "2021-12-10");
  CHECK(options.url == "");
  CHECK(options.base == "https://example.org/kg/");
  CHECK(options.writer.context_url == "https://example.org/context.jsonld");
  CHECK(options.lexicons == std::vector<std::string>{"a.ttl", "b.ttl"});
  CHECK(options.quiet);
  CHECK(options.inputs == std::vector<std::string>{"a.txt", "b.jsonl"});

  ExportOptions config = export_options(options);
  CHECK(config.ingest.fallback.date == "2021-12-10");
  CHECK(config.ingest.overrides.url == "");
  CHECK(config.graph.base == "https://example.org/kg/");
}

TEST_CASE("defaults") {
  Options options = parse_options({"extract", "a.txt"});
  CHECK(options.writer.format == rdf::Format::turtle);
  CHECK(options.output.empty());
  CHECK_FALSE(options.date);
  CHECK_FALSE(options.url);
  CHECK(options.read_sidecar);
  CHECK(options.base == "https://w3id.org/newskg/id/");
}

TEST_CASE("misuse is a usage error naming the problem") {
  CHECK_THROWS_WITH_AS(parse_options({"extract"}), doctest::Contains("no INPUT"), Error);
  CHECK_THROWS_WITH_AS(parse_options({"extract", "--format", "rdfxml", "a.txt"}), doctest::Contains("rdfxml"), Error);
  CHECK_THROWS_WITH_AS(parse_options({"extract", "--date", "10/12/2021", "a.txt"}), doctest::Contains("--date"), Error);
  CHECK_THROWS_WITH_AS(parse_options({"extract", "--base", "nope", "a.txt"}), doctest::Contains("--base"), Error);
  CHECK_THROWS_WITH_AS(parse_options({"extract", "--bogus", "a.txt"}), doctest::Contains("bogus"), Error);
  CHECK_THROWS_WITH_AS(parse_options({"extract", "--context-url", "x", "a.txt"}), doctest::Contains("jsonld"), Error);
  CHECK_THROWS_WITH_AS(parse_options({"frobnicate"}), doctest::Contains("frobnicate"), Error);
}

TEST_CASE("help explains every option with an example; version") {
  Run help = run_args({"extract", "--help"});
  CHECK(help.status == exit_ok);
  for (const char* option : {"--format", "--output", "--date", "--url", "--base", "--context-url", "--lexicon",
                             "--no-sidecar", "--quiet", "Example"})
    CHECK(help.out.find(option) != std::string::npos);
  Run version = run_args({"--version"});
  CHECK(version.out.rfind("newskg ", 0) == 0);
}

TEST_CASE("a missing input fails that input only, with exit status 1") {
  Run result = run_args({"extract", "-q", "no-such-file.txt", seed()});
  CHECK(result.status == exit_article_failed);
  CHECK(result.err.find("no-such-file.txt") != std::string::npos);
  CHECK(result.out.find("schema:NewsArticle") != std::string::npos);
}

TEST_CASE("-o writes the whole file or nothing") {
  std::string target = "test_cli_output.ttl";
  std::filesystem::remove(target);
  Run ok = run_args({"extract", "-q", "-o", target, seed()});
  CHECK(ok.status == exit_ok);
  CHECK(ok.out.empty());
  CHECK(std::filesystem::file_size(target) > 1000);
  for (const auto& entry : std::filesystem::directory_iterator("."))
    CHECK(entry.path().filename().string().find(".tmp-newskg") == std::string::npos);
  std::filesystem::remove(target);

  Run bad_dir = run_args({"extract", "-q", "-o", "no/such/dir/out.ttl", seed()});
  CHECK(bad_dir.status != exit_ok);
  CHECK(bad_dir.err.find("no/such/dir") != std::string::npos);
}

TEST_CASE("the same input gives the same bytes") {
  for (const char* format : {"turtle", "jsonld", "nquads"}) {
    Run first = run_args({"extract", "-q", "--format", format, seed()});
    Run second = run_args({"extract", "-q", "--format", format, seed()});
    CHECK(first.out == second.out);
  }
}

TEST_CASE("-o onto a device writes in place and leaves the device alone") {
  Run result = run_args({"extract", "-q", "-o", "/dev/null", seed()});
  CHECK(result.status == exit_ok);
  CHECK(std::filesystem::is_character_file("/dev/null"));
}

TEST_CASE("-o FILE's extension chooses the format when --format is absent") {
  struct Case {
    const char* output;
    rdf::Format format;
  };
  for (const Case& c : {Case{"out.ttl", rdf::Format::turtle}, Case{"out.trig", rdf::Format::trig},
                        Case{"out.nt", rdf::Format::ntriples}, Case{"out.nq", rdf::Format::nquads},
                        Case{"dir.x/out.jsonld", rdf::Format::jsonld}, Case{"out.nq.gz", rdf::Format::nquads},
                        Case{"out", rdf::Format::turtle}, Case{"out.txt", rdf::Format::turtle},
                        Case{"dir.nq/out", rdf::Format::turtle}}) {
    CAPTURE(c.output);
    CHECK(parse_options({"extract", "-o", c.output, "a.txt"}).writer.format == c.format);
  }
  // An agreeing pair is fine; a conflicting one is a usage error.
  CHECK(parse_options({"extract", "--format", "nquads", "-o", "out.nq", "a.txt"}).writer.format == rdf::Format::nquads);
  CHECK_THROWS_WITH_AS(parse_options({"extract", "--format", "turtle", "-o", "out.nq", "a.txt"}),
                       doctest::Contains("-o out.nq"), Error);
  // Without -o, --format or Turtle.
  CHECK(parse_options({"extract", "a.txt"}).writer.format == rdf::Format::turtle);
}

TEST_CASE("short format names, --evidence, --min-confidence, --keep-duplicates") {
  CHECK(parse_options({"extract", "--format", "ttl", "a.txt"}).writer.format == rdf::Format::turtle);
  CHECK(parse_options({"extract", "--format", "nt", "a.txt"}).writer.format == rdf::Format::ntriples);
  CHECK(parse_options({"extract", "--format", "nq", "a.txt"}).writer.format == rdf::Format::nquads);
  CHECK(parse_options({"extract", "--format", "json-ld", "a.txt"}).writer.format == rdf::Format::jsonld);
  CHECK(parse_options({"extract", "a.txt"}).evidence == graph::Evidence::all);
  CHECK(parse_options({"extract", "--evidence", "facts", "a.txt"}).evidence == graph::Evidence::facts);
  CHECK(parse_options({"extract", "--evidence", "none", "a.txt"}).evidence == graph::Evidence::none);
  CHECK_THROWS_WITH_AS(parse_options({"extract", "--evidence", "some", "a.txt"}), doctest::Contains("all, facts or none"),
                       Error);
  Options options = parse_options({"extract", "--min-confidence", "0.5", "--keep-duplicates", "a.txt"});
  CHECK(options.min_confidence == doctest::Approx(0.5));
  CHECK(options.keep_duplicates);
  ExportOptions config = export_options(options);
  CHECK(config.graph.min_confidence == doctest::Approx(0.5));
  CHECK(config.keep_duplicates);
  CHECK_FALSE(parse_options({"extract", "a.txt"}).keep_duplicates);
  CHECK_THROWS_AS(parse_options({"extract", "--min-confidence", "1.5", "a.txt"}), Error);
  CHECK_THROWS_AS(parse_options({"extract", "--min-confidence", "-0.1", "a.txt"}), Error);
}

TEST_CASE(".gz inputs are read and -o FILE.gz is written compressed") {
  auto folder = std::filesystem::temp_directory_path() / "newskg-test-gzip";
  std::filesystem::create_directories(folder);
  std::string plain = (folder / "plain.nq").string(), packed = (folder / "packed.nq.gz").string();
  std::string input = (folder / "article.txt.gz").string();
  {
    std::ofstream raw(input, std::ios::binary);
    GzipOStream gzip(raw);
    std::ifstream in(seed(), std::ios::binary);
    gzip << in.rdbuf();
    gzip.finish();
  }
  REQUIRE(run_args({"extract", "--quiet", "--no-sidecar", "-o", plain, seed()}).status == 0);
  REQUIRE(run_args({"extract", "--quiet", "--no-sidecar", "-o", packed, input}).status == 0);
  auto read = [](std::istream& in) {
    std::ostringstream text;
    text << in.rdbuf();
    return text.str();
  };
  std::ifstream plain_in(plain, std::ios::binary);
  GunzipIStream packed_in(packed);
  std::string expected = read(plain_in);
  CHECK(!expected.empty());
  CHECK(read(packed_in) == expected);
  std::ifstream magic(packed, std::ios::binary);
  CHECK(magic.get() == 0x1f);
  CHECK(magic.get() == 0x8b);
  std::filesystem::remove_all(folder);
}

TEST_CASE("a warning repeated many times is shown a few times, then counted") {
  auto path = (std::filesystem::temp_directory_path() / "newskg-test-repeated.jsonl").string();
  {
    std::ofstream out(path);
    for (int i = 0; i < 7; ++i)
      out << R"({"url": "https://example.org/same", "date": "2021-12-10", "title": "T", "text": "Moscow said so."})"
          << '\n';
  }
  Run result = run_args({"extract", "--format", "nquads", "-o", "/dev/null", path});
  std::size_t shown = 0;
  for (std::size_t at = result.err.find("same article as"); at != std::string::npos;
       at = result.err.find("same article as", at + 1))
    ++shown;
  CHECK(shown == 3 + 1);  // three warnings, and the message once more in the summary's list
  CHECK(result.err.find("3 repeated warnings not shown") != std::string::npos);
  CHECK(result.err.find("6 warnings, 0 failed, 6 duplicates skipped") != std::string::npos);
  std::filesystem::remove(path);
}
