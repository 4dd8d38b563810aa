// Hostile input (issue #14): deep JSON, bad UTF-8 in metadata, Serd stopping
// silently, old output files, oversized input, numeric options.
#include <doctest/doctest.h>

#include <unistd.h>

#include <filesystem>
#include <fstream>
#include <sstream>

#include "newskg/cli/commands.hpp"
#include "newskg/cli/options.hpp"
#include "newskg/error.hpp"
#include "newskg/ingest/ingest.hpp"
#include "newskg/load/command.hpp"
#include "newskg/merge/nquads_reader.hpp"
#include "newskg/rdf/jsonld_reader.hpp"
#include "newskg/rdf/serd_reader.hpp"
#include "newskg/rdf/sink.hpp"
#include "newskg/text/utf8.hpp"

using namespace newskg;

namespace {

struct Collect final : DiagnosticSink {
  std::vector<Diagnostic> items;
  void report(const Diagnostic& d) override { items.push_back(d); }
  bool has(std::string_view fragment) const {
    for (const auto& item : items)
      if (item.message.find(fragment) != std::string::npos) return true;
    return false;
  }
};

struct Scratch {
  std::filesystem::path path;
  Scratch() {
    std::string pattern = (std::filesystem::temp_directory_path() / "newskg-test-reliability-XXXXXX").string();
    REQUIRE(::mkdtemp(pattern.data()) != nullptr);
    path = pattern;
  }
  ~Scratch() {
    std::error_code ignored;
    std::filesystem::remove_all(path, ignored);
  }
  std::string file(const std::string& name, const std::string& content) const {
    std::string name_path = (path / name).string();
    std::ofstream out(name_path, std::ios::binary);
    out << content;
    return name_path;
  }
};

[[maybe_unused]] std::string nested_arrays(std::size_t depth) { return std::string(depth, '[') + std::string(depth, ']'); }

[[maybe_unused]] bool valid_utf8(std::string_view text) { return text::repair_utf8(text).invalid_sequences == 0; }

struct Run {
  int status;
  std::string out, err;
};
[[maybe_unused]] Run run_cli(const std::vector<std::string>& args) {
  std::ostringstream out, err;
  int status = cli::main(args, out, err);
  return {status, out.str(), err.str()};
}

[[maybe_unused]] std::string slurp(const std::string& path) {
  std::ifstream in(path, std::ios::binary);
  std::ostringstream buffer;
  buffer << in.rdbuf();
  return buffer.str();
}

[[maybe_unused]] const std::string statement = "<https://a/s> <https://a/p> \"o\" <https://a/g> .\n";

}  // namespace

TEST_CASE("deep JSON in a JSON Lines file skips that line with a message; the next line is read") {
  Scratch scratch;
  std::string path = scratch.file("deep.jsonl", R"({"text":"Head\n\nBody.","x":)" + nested_arrays(140000) +
                                                    "}\n" + R"({"id":"b","text":"Second\n\nBody."})" + "\n");
  Collect diagnostics;
  auto source = ingest::open_source(path, {}, diagnostics);
  auto first = source->next();
  REQUIRE(first);
  REQUIRE(std::holds_alternative<Error>(*first));
  CHECK(std::get<Error>(*first).message().find("JSON nested deeper than") != std::string::npos);
  CHECK(std::get<Error>(*first).where().line == 1);
  auto second = source->next();
  REQUIRE(second);
  REQUIRE(std::holds_alternative<ingest::Article>(*second));
  CHECK(std::get<ingest::Article>(*second).id == "b");
}

TEST_CASE("a deep JSON sidecar skips the article with a message") {
  Scratch scratch;
  std::string text = scratch.file("a.txt", "Head\n\nBody.\n");
  scratch.file("a.json", R"({"title":"Head","x":)" + nested_arrays(140000) + "}");
  Collect diagnostics;
  auto source = ingest::open_source(text, {}, diagnostics);
  auto item = source->next();
  REQUIRE(item);
  REQUIRE(std::holds_alternative<Error>(*item));
  CHECK(std::get<Error>(*item).message().find("JSON nested deeper than") != std::string::npos);
}

TEST_CASE("deeply nested JSON-LD is refused, not a stack overflow") {
  std::string json = R"({"@context":{"s":"https://a/"},"@graph":[)";
  for (int i = 0; i < 30000; ++i) json += R"({"@id":"s:g","@graph":[)";
  for (int i = 0; i < 30000; ++i) json += "]}";
  json += "]}";
  rdf::VectorSink sink;
  CHECK_THROWS_WITH_AS(rdf::read_jsonld(json, "deep.jsonld", sink), doctest::Contains("JSON nested deeper than"),
                       Error);
  std::string arrays = R"({"@context":{"s":"https://a/"},"@graph":[{"@id":"s:x","s:p":)" + nested_arrays(140000) + "}]}";
  CHECK_THROWS_AS(rdf::read_jsonld(arrays, "deep.jsonld", sink), Error);
}

TEST_CASE("invalid UTF-8 in metadata is repaired with a warning") {
  Collect diagnostics;
  ingest::Metadata metadata;
  metadata.title = "A \xf7the end";
  metadata.id = "id-\xc3";
  metadata.source = "S\xed\xa0\x80urce";  // a surrogate
  metadata.url = "https://example.org/\xc0\xaf";  // overlong
  ingest::Article article = ingest::make_article("A the end\n\nBody.", metadata, {"m.txt", 0}, {}, diagnostics);
  CHECK(valid_utf8(article.title));
  CHECK(valid_utf8(article.id));
  CHECK(valid_utf8(article.source));
  CHECK(valid_utf8(article.url));
  CHECK(diagnostics.has("invalid UTF-8"));
}

TEST_CASE("invalid UTF-8 in JSONL metadata and --id still gives output Serd and the JSON-LD reader accept") {
  Scratch scratch;
  std::string input = scratch.file("m.jsonl", "{\"title\":\"A \xf7the end\",\"url\":\"https://e.org/\xff\","
                                              "\"source\":\"X\xc3\",\"text\":\"A the end\\n\\nPutin met Biden.\"}\n");
  for (const char* format : {"nquads", "trig", "turtle", "ntriples", "jsonld"}) {
    CAPTURE(format);
    std::string out = (scratch.path / (std::string("out.") + format)).string();
    Run run = run_cli({"extract", "-q", "--id", "x\xfe", "--format", format, "-o", out, input});
    CHECK(run.status == 0);
    rdf::VectorSink sink;
    if (std::string(format) == "jsonld")
      CHECK_NOTHROW(rdf::read_jsonld_file(out, sink));
    else
      CHECK_NOTHROW(rdf::read_rdf_file(out, std::string(format) == "turtle"     ? rdf::Format::turtle
                                            : std::string(format) == "trig"     ? rdf::Format::trig
                                            : std::string(format) == "ntriples" ? rdf::Format::ntriples
                                                                                : rdf::Format::nquads,
                                       sink));
    CHECK(!sink.quads.empty());
  }
}

TEST_CASE("overlong metadata strings are dropped with a warning") {
  Collect diagnostics;
  ingest::Metadata metadata;
  metadata.url = "https://example.org/" + std::string(8u << 20, 'a');
  metadata.title = std::string(100000, 'T');
  ingest::Article article = ingest::make_article("Head\n\nBody.", metadata, {"m.txt", 0}, {}, diagnostics);
  CHECK(article.url.empty());
  CHECK(article.title.size() < 1000);  // the headline, not the overlong title
  CHECK(diagnostics.has("longer than"));
}

TEST_CASE("a url that is not an absolute IRI is reported") {
  Collect diagnostics;
  ingest::Metadata metadata;
  metadata.url = "not a url";
  ingest::make_article("Head\n\nBody.", metadata, {"m.txt", 0}, {}, diagnostics);
  CHECK(diagnostics.has("not an absolute IRI"));
  CHECK_THROWS_WITH_AS(cli::parse_options({"extract", "--url", "not a url", "a.txt"}), doctest::Contains("--url"),
                       Error);
  CHECK_NOTHROW(cli::parse_options({"extract", "--url", "", "a.txt"}));
  CHECK_NOTHROW(cli::parse_options({"extract", "--url", "https://example.org/a", "a.txt"}));
}

TEST_CASE("bytes after a final '.' or a NUL byte are a syntax error with its line, whatever the chunk size") {
  Scratch scratch;
  const std::string cases[] = {
      statement + statement + statement + ". .\n",
      statement + statement + ". .\n" + statement,
      statement + "....x\n" + statement + statement,
      statement + std::string("<https://a/s> <https://a/p> \"o\" <https://a/g> . .\n") + statement,
      statement + std::string(1, '\0') + statement + statement,
  };
  const std::size_t lines[] = {4, 3, 2, 2, 2};
  for (std::size_t i = 0; i < std::size(cases); ++i) {
    CAPTURE(i);
    std::string path = scratch.file("bad" + std::to_string(i) + ".nq", cases[i]);
    for (std::size_t chunk : {std::size_t{64}, std::size_t{1} << 20}) {
      CAPTURE(chunk);
      rdf::VectorSink sink;
      try {
        merge::read_nquads_in_chunks(path, sink, {}, chunk);
        FAIL("no error");
      } catch (const Error& error) {
        CHECK(error.status() == Status::bad_syntax);
        CHECK(error.where().file == path);
        CHECK(error.where().line == lines[i]);
      }
    }
    rdf::VectorSink sink;
    try {
      rdf::read_rdf_file(path, rdf::Format::nquads, sink);
      FAIL("no error");
    } catch (const Error& error) {
      CHECK(error.status() == Status::bad_syntax);
      CHECK(error.where().line == lines[i]);
    }
  }
  // Turtle too.
  std::string ttl = scratch.file("bad.ttl", "<https://a/s> <https://a/p> 1 .\n. .\n<https://a/s> <https://a/p> 2 .\n");
  rdf::VectorSink sink;
  CHECK_THROWS_AS(rdf::read_rdf_file(ttl, rdf::Format::turtle, sink), Error);
  // Good files still read whole, comments and blank lines included.
  std::string good = scratch.file("good.nq", "# c\n" + statement + "\n\n" + statement + "# end");
  rdf::VectorSink ok;
  merge::read_nquads_in_chunks(good, ok, {}, 64);
  CHECK(ok.quads.size() == 2);
  rdf::VectorSink ok_whole;
  rdf::read_rdf_file(good, rdf::Format::nquads, ok_whole);
  CHECK(ok_whole.quads.size() == 2);
  std::string empty = scratch.file("empty.ttl", "");
  rdf::VectorSink none;
  CHECK_NOTHROW(rdf::read_rdf_file(empty, rdf::Format::turtle, none));
}

TEST_CASE("merge and load fail on a silent Serd stop instead of dropping statements") {
  Scratch scratch;
  std::string bad = scratch.file("bad.nq", statement + ". .\n" + statement + statement);
  std::string out = (scratch.path / "merged.nq").string();
  Run merge = run_cli({"merge", "-q", "-o", out, bad});
  CHECK(merge.status != 0);
  CHECK(merge.err.find(bad + ":2") != std::string::npos);
}

TEST_CASE("-o over an existing file keeps it when nothing could be exported") {
  Scratch scratch;
  std::string old = scratch.file("existing.nq", statement);
  Run run = run_cli({"extract", "-q", "--format", "nquads", "-o", old, (scratch.path / "missing.txt").string()});
  CHECK(run.status == cli::exit_article_failed);
  CHECK(slurp(old) == statement);
  CHECK(run.err.find("unchanged") != std::string::npos);
  for (const auto& entry : std::filesystem::directory_iterator(scratch.path))
    CHECK(entry.path().filename().string().find(".tmp-newskg") == std::string::npos);
  // Not even an empty file where there was none.
  std::string fresh = (scratch.path / "fresh.nq").string();
  run_cli({"extract", "-q", "--format", "nquads", "-o", fresh, (scratch.path / "missing.txt").string()});
  CHECK_FALSE(std::filesystem::exists(fresh));
}

TEST_CASE("an article over the limit is refused before it is read whole") {
  Scratch scratch;
  std::string big = scratch.file("big.txt", "Head\n\n" + std::string(3u << 20, 'x'));
  Collect diagnostics;
  ingest::IngestOptions options;
  options.max_article_bytes = 1u << 20;
  auto source = ingest::open_source(big, options, diagnostics);
  auto item = source->next();
  REQUIRE(item);
  REQUIRE(std::holds_alternative<Error>(*item));
  CHECK(std::get<Error>(*item).message().find("over the limit") != std::string::npos);
  CHECK(std::get<Error>(*item).message().find("file of") != std::string::npos);  // from its size, unread
}

TEST_CASE("numeric options: negative and overflowing values are usage errors") {
  CHECK_THROWS_WITH_AS(cli::parse_options({"extract", "--max-article-mb", "-1", "a.txt"}),
                       doctest::Contains("--max-article-mb"), Error);
  CHECK_THROWS_WITH_AS(cli::parse_options({"extract", "--max-article-mb", "99999999999999", "a.txt"}),
                       doctest::Contains("--max-article-mb"), Error);
  CHECK_THROWS_WITH_AS(cli::parse_options({"extract", "--max-article-mb", "17592186044416", "a.txt"}),
                       doctest::Contains("--max-article-mb"), Error);
  CHECK_THROWS_WITH_AS(cli::parse_options({"extract", "--split-every", "-3", "-o", "x.nq", "a.txt"}),
                       doctest::Contains("--split-every"), Error);
  CHECK_THROWS_WITH_AS(cli::parse_options({"extract", "--jobs", "-1", "a.txt"}), doctest::Contains("--jobs"), Error);
  CHECK(cli::parse_options({"extract", "--max-article-mb", "1024", "a.txt"}).max_article_mb == 1024);
  CHECK(cli::export_options(cli::parse_options({"extract", "--max-article-mb", "1024", "a.txt"}))
            .ingest.max_article_bytes == std::size_t{1024} << 20);
  CHECK_THROWS_WITH_AS(load::parse_command({"--update", "http://localhost:7878/update", "--chunk", "-1", "a.nq"}),
                       doctest::Contains("--chunk"), Error);
}

TEST_CASE("invalid UTF-8 that Serd lets through an IRI is a syntax error with its line (fuzz finding)") {
  Scratch scratch;
  std::string path = scratch.file("bad-utf8.nq", statement + "<https://a/s\xcc\xcb> <https://a/p> \"o\" .\n" + statement);
  rdf::VectorSink chunked, whole;
  CHECK_THROWS_WITH_AS(merge::read_nquads_in_chunks(path, chunked, {}, 64), doctest::Contains(":2: invalid UTF-8"),
                       Error);
  CHECK_THROWS_WITH_AS(rdf::read_rdf_file(path, rdf::Format::nquads, whole), doctest::Contains(":2: invalid UTF-8"),
                       Error);
}

TEST_CASE("an N-Quads statement runs to the end of its line, whatever the chunk size (fuzz findings)") {
  Scratch scratch;
  const std::string cases[] = {
      "<https://a/s> #<https://a/p> \"o\" .\n<https://e/s> <https://a/p> # x\n",  // the end marker once completed it
      "<https://a/s> <https://a/p>\n\"o\" <https://a/g> .\n",                      // one statement over two lines
      statement + "<https://a/s>",                                                // cut short at the end of the file
  };
  const std::size_t lines[] = {1, 1, 2};
  for (std::size_t i = 0; i < std::size(cases); ++i) {
    CAPTURE(i);
    std::string path = scratch.file("run-on" + std::to_string(i) + ".nq", cases[i]);
    for (std::size_t chunk : {std::size_t{8}, std::size_t{64}, std::size_t{1} << 20}) {
      CAPTURE(chunk);
      rdf::VectorSink sink;
      try {
        merge::read_nquads_in_chunks(path, sink, {}, chunk);
        FAIL("no error");
      } catch (const Error& error) {
        CHECK(error.where().line == lines[i]);
        for (const auto& quad : sink.quads) CHECK(quad.predicate.value.find("newskg:end") == std::string::npos);
      }
    }
  }
}
