// newskg load: option parsing, graph splitting, URLs, request bodies, retry
// decisions, and the loader driven by a fake HTTP client (no network).
#include <doctest/doctest.h>

#include <filesystem>
#include <fstream>
#include <functional>
#include <set>
#include <sstream>

#include <unistd.h>

#include "newskg/cli/progress.hpp"
#include "newskg/error.hpp"
#include "newskg/graph/mapper.hpp"
#include "newskg/gzip.hpp"
#include "newskg/load/command.hpp"
#include "newskg/load/load.hpp"
#include "newskg/rdf/serd_reader.hpp"
#include "newskg/rdf/sink.hpp"

using namespace newskg;
using namespace std::chrono_literals;

namespace {

std::string example(const std::string& name) {
  return std::string(NEWSKG_SOURCE_DIR) + "/examples/tass-ryabkov-nato/" + name;
}

// A file in a fresh temporary folder, removed at the end of the test.
struct TempFile {
  explicit TempFile(const std::string& name, const std::string& text) {
    static int counter = 0;
    folder = std::filesystem::temp_directory_path() /
             ("newskg-test-load-" + std::to_string(::getpid()) + "-" + std::to_string(++counter));
    std::filesystem::create_directories(folder);
    path = (folder / name).string();
    std::ofstream(path, std::ios::binary) << text;
  }
  ~TempFile() { std::filesystem::remove_all(folder); }
  std::filesystem::path folder;
  std::string path;
};

struct FakeClient final : load::HttpClient {
  std::vector<load::Request> sent;
  std::function<load::Response(const load::Request&, std::size_t)> answer = [](const load::Request&, std::size_t) {
    load::Response ok;
    ok.status = 201;
    return ok;
  };
  load::Response send(const load::Request& request) override {
    sent.push_back(request);
    return answer(request, sent.size());
  }
};

struct Collect final : DiagnosticSink {
  std::vector<Diagnostic> all;
  void report(const Diagnostic& diagnostic) override { all.push_back(diagnostic); }
  std::string text() const {
    std::string result;
    for (const auto& d : all) result += format_diagnostic(d) + "\n";
    return result;
  }
  std::size_t errors() const {
    std::size_t n = 0;
    for (const auto& d : all) n += d.severity == Severity::error;
    return n;
  }
};

load::Response http(long status, std::string body = {}) {
  load::Response response;
  response.status = status;
  response.body = std::move(body);
  return response;
}

load::Response no_connection() {
  load::Response response;
  response.transport = load::Transport::transient;
  response.transport_error = "Failed to connect to 127.0.0.1 port 9: Connection refused";
  return response;
}

std::size_t count_lines(const std::string& path) {
  std::ifstream file(path);
  std::string line;
  std::size_t n = 0;
  while (std::getline(file, line)) n += !line.empty();
  return n;
}

const char* two_graphs =
    "<http://ex.org/s1> <http://ex.org/p> \"a\" <http://ex.org/g1> .\n"
    "<http://ex.org/s2> <http://ex.org/p> \"b\" <http://ex.org/g2> .\n"
    "<http://ex.org/s3> <http://ex.org/p> \"c\"@en <http://ex.org/g1> .\n"
    "<http://ex.org/s4> <http://ex.org/p> <http://ex.org/o> .\n";

}  // namespace

TEST_CASE("load options parse into a plain struct") {
  load::Command command = load::parse_command(
      {"--endpoint", "http://127.0.0.1:8890/sparql-graph-crud-auth", "--graph-param", "graph-uri", "--auth", "digest",
       "--user", "dba:dba", "--retries", "5", "--timeout", "20", "--graph", "https://example.org/news", "-v",
       "a.nq", "b.trig"});
  CHECK_FALSE(command.help);
  const load::Options& options = command.options;
  CHECK(options.protocol == load::Protocol::graph_store);
  CHECK(options.endpoint == "http://127.0.0.1:8890/sparql-graph-crud-auth");
  CHECK(options.graph_param == "graph-uri");
  CHECK(options.auth == load::Auth::digest);
  CHECK(options.user == "dba:dba");
  CHECK(options.retries == 5);
  CHECK(options.timeout_seconds == 20);
  CHECK(options.graph == "https://example.org/news");
  CHECK(options.verbose);
  CHECK_FALSE(options.quiet);
  CHECK(command.inputs == std::vector<std::string>{"a.nq", "b.trig"});

  load::Command update = load::parse_command({"--update", "https://localhost:7878/update", "--chunk", "50", "-q",
                                              "--auth", "basic", "x.nq"});
  CHECK(update.options.protocol == load::Protocol::update);
  CHECK(update.options.endpoint == "https://localhost:7878/update");
  CHECK(update.options.chunk == 50);
  CHECK(update.options.auth == load::Auth::basic);
  CHECK(update.options.quiet);
}

TEST_CASE("load option defaults") {
  load::Command command = load::parse_command({"-e", "http://localhost:7878/store", "a.nq"});
  CHECK(command.options.graph_param == "graph");
  CHECK(command.options.auth == load::Auth::any);
  CHECK(command.options.retries == 3);
  CHECK(command.options.timeout_seconds == 300);
  CHECK(command.options.user.empty());
  CHECK(command.options.graph.empty());
  CHECK(command.options.chunk == 1000);
}

TEST_CASE("load --help explains every option with examples for the stores") {
  load::Command command = load::parse_command({"--help"});
  CHECK(command.help);
  for (const char* text : {"--endpoint", "--update", "--graph-param", "--graph", "--user", "--auth", "--retries",
                           "--timeout", "--chunk", "--quiet", "--verbose", "sparql-graph-crud-auth", "graph-uri",
                           "--auth digest --user dba:dba", "http://localhost:7878/store",
                           "http://localhost:3030/ds/data", "http://localhost:7200/repositories/REPO/rdf-graphs/service",
                           "N-Quads export instead"})
    CHECK_MESSAGE(command.help_text.find(text) != std::string::npos, text);
}

TEST_CASE("load misuse is a usage error naming the problem") {
  auto message = [](const std::vector<std::string>& args) -> std::string {
    try {
      load::parse_command(args);
    } catch (const Error& error) {
      CHECK(error.status() == Status::bad_argument);
      return error.message();
    }
    return "(accepted)";
  };
  CHECK(message({"a.nq"}).find("--endpoint") != std::string::npos);
  CHECK(message({"-e", "http://a/", "--update", "http://b/", "a.nq"}).find("not both") != std::string::npos);
  CHECK(message({"-e", "localhost:7878/store", "a.nq"}).find("http://") != std::string::npos);
  CHECK(message({"-e", "http://a/", "--auth", "ntlm", "a.nq"}).find("basic, digest or any") != std::string::npos);
  CHECK(message({"-e", "http://a/", "--retries", "-1", "a.nq"}).find("--retries") != std::string::npos);
  CHECK(message({"-e", "http://a/", "--retries", "many", "a.nq"}).find("retries") != std::string::npos);
  CHECK(message({"-e", "http://a/", "--timeout", "-5", "a.nq"}).find("--timeout") != std::string::npos);
  CHECK(message({"-e", "http://a/", "--user", "dba", "a.nq"}).find("USER:PASSWORD") != std::string::npos);
  CHECK(message({"-e", "http://a/", "--graph", "news", "a.ttl"}).find("absolute IRI") != std::string::npos);
  CHECK(message({"-e", "http://a/", "--graph-param", "", "a.nq"}).find("--graph-param") != std::string::npos);
  CHECK(message({"--update", "http://a/", "--graph-param", "graph-uri", "a.nq"}).find("--endpoint") !=
        std::string::npos);
  CHECK(message({"-e", "http://a/", "--chunk", "10", "a.nq"}).find("--update") != std::string::npos);
  CHECK(message({"--update", "http://a/", "--chunk", "0", "a.nq"}).find("--chunk") != std::string::npos);
  CHECK(message({"-e", "http://a/"}).find("no EXPORT") != std::string::npos);
  CHECK(message({"-e", "http://a/", "--frobnicate", "a.nq"}).find("frobnicate") != std::string::npos);
}

TEST_CASE("inputs are checked before anything is sent") {
  load::Options options;
  options.endpoint = "http://localhost:7878/store";
  CHECK_NOTHROW(load::check_input(example("export.nq"), options));
  CHECK_NOTHROW(load::check_input(example("export.trig"), options));
  auto message = [&](const std::string& path) -> std::string {
    try {
      load::check_input(path, options);
    } catch (const Error& error) {
      CHECK(error.status() == Status::bad_argument);
      return error.message();
    }
    return "(accepted)";
  };
  CHECK(message(example("export.jsonld")).find("load the N-Quads export instead") != std::string::npos);
  CHECK(message(example("export.ttl")).find("--graph") != std::string::npos);
  CHECK(message(example("export.nt")).find("--graph") != std::string::npos);
  CHECK(message(example("article.txt")).find(".nq") != std::string::npos);
  CHECK(message(example("missing.nq")).find("cannot open") != std::string::npos);
  options.graph = "https://example.org/news";
  CHECK_NOTHROW(load::check_input(example("export.ttl"), options));
  CHECK_NOTHROW(load::check_input(example("export.nt"), options));
}

TEST_CASE("an N-Quads export splits into the entity graph and its article graph") {
  std::vector<load::Graph> graphs = load::read_graphs(example("export.nq"), "");
  REQUIRE(graphs.size() == 2);
  std::string first;
  std::getline(std::ifstream(example("export.nq")) >> std::ws, first);
  std::size_t open = first.rfind('<'), close = first.rfind('>');  // the graph: the last IRI of the line
  REQUIRE(open < close);
  CHECK(graphs[0].name == first.substr(open + 1, close - open - 1));
  CHECK(graphs[0].name == "https://w3id.org/newskg/id/graph/entities");
  CHECK(graphs[1].name.rfind("http", 0) == 0);
  CHECK(graphs[1].name != graphs[0].name);
  CHECK(graphs[0].statements.size() + graphs[1].statements.size() == count_lines(example("export.nq")));
  for (const auto& graph : graphs)
    for (const auto& statement : graph.statements) CHECK(statement.graph.is_none());
}

TEST_CASE("TriG splits like N-Quads; Turtle goes whole to the graph asked for") {
  TempFile nquads("a.nq", two_graphs);
  TempFile trig("a.trig",
                "@prefix ex: <http://ex.org/> .\n"
                "ex:g1 { ex:s1 ex:p \"a\" . ex:s3 ex:p \"c\"@en . }\n"
                "ex:g2 { ex:s2 ex:p \"b\" . }\n"
                "ex:s4 ex:p ex:o .\n");
  std::vector<load::Graph> a = load::read_graphs(nquads.path, "http://ex.org/default");
  std::vector<load::Graph> b = load::read_graphs(trig.path, "http://ex.org/default");
  REQUIRE(a.size() == b.size());
  for (std::size_t i = 0; i < a.size(); ++i) {
    CHECK(a[i].name == b[i].name);
    CHECK(a[i].statements == b[i].statements);
  }

  TempFile turtle("a.ttl", "@prefix ex: <http://ex.org/> .\nex:s1 ex:p \"a\", \"b\" ; ex:q ex:o .\n");
  std::vector<load::Graph> union_graph = load::read_graphs(turtle.path, "https://example.org/news");
  REQUIRE(union_graph.size() == 1);
  CHECK(union_graph[0].name == "https://example.org/news");
  CHECK(union_graph[0].statements.size() == 3);
  CHECK_THROWS_WITH_AS(load::read_graphs(turtle.path, ""), doctest::Contains("--graph"), Error);
}

TEST_CASE("graphs come out in order of first appearance, the default graph where asked") {
  TempFile file("two.nq", two_graphs);
  std::vector<load::Graph> graphs = load::read_graphs(file.path, "http://ex.org/default");
  REQUIRE(graphs.size() == 3);
  CHECK(graphs[0].name == "http://ex.org/g1");
  CHECK(graphs[0].statements.size() == 2);
  CHECK(graphs[0].statements[1].object == rdf::Term::lang("c", "en"));
  CHECK(graphs[1].name == "http://ex.org/g2");
  CHECK(graphs[2].name == "http://ex.org/default");

  // Without a target, a statement outside any graph fails the file.
  try {
    load::read_graphs(file.path, "");
    FAIL("accepted");
  } catch (const Error& error) {
    CHECK(error.message().find("--graph") != std::string::npos);
    CHECK(error.where().file == file.path);
  }
  TempFile blank("blank.trig", "_:g { <http://ex.org/s> <http://ex.org/p> <http://ex.org/o> . }\n");
  CHECK_THROWS_WITH_AS(load::read_graphs(blank.path, ""), doctest::Contains("blank node"), Error);
  TempFile broken("broken.nq", "<http://ex.org/s> <http://ex.org/p> \"x <http://ex.org/g> .\n");
  CHECK_THROWS_AS(load::read_graphs(broken.path, ""), Error);
}

TEST_CASE("graph IRIs are percent-encoded into the Graph Store URL") {
  CHECK(load::percent_encode("https://w3id.org/newskg/id/article/64a3?x=1&y=2#char=0,5") ==
        "https%3A%2F%2Fw3id.org%2Fnewskg%2Fid%2Farticle%2F64a3%3Fx%3D1%26y%3D2%23char%3D0%2C5");
  CHECK(load::percent_encode("A-z_0.9~") == "A-z_0.9~");
  CHECK(load::percent_encode("http://ex.org/Köln x") == "http%3A%2F%2Fex.org%2FK%C3%B6ln%20x");
  CHECK(load::percent_encode("a+b") == "a%2Bb");

  CHECK(load::graph_store_url("http://localhost:7878/store", "graph", "http://ex.org/g") ==
        "http://localhost:7878/store?graph=http%3A%2F%2Fex.org%2Fg");
  CHECK(load::graph_store_url("http://127.0.0.1:8890/sparql-graph-crud-auth", "graph-uri", "urn:x") ==
        "http://127.0.0.1:8890/sparql-graph-crud-auth?graph-uri=urn%3Ax");
  CHECK(load::graph_store_url("http://h/ds?token=1", "graph", "urn:x") == "http://h/ds?token=1&graph=urn%3Ax");
  CHECK(load::graph_store_url("http://h/ds?", "graph", "urn:x") == "http://h/ds?graph=urn%3Ax");
  CHECK(load::graph_store_url("http://h/ds#frag", "graph", "urn:x") == "http://h/ds?graph=urn%3Ax");
}

TEST_CASE("request bodies: one PUT per graph, chunked SPARQL updates") {
  load::Graph graph{"http://ex.org/g", {}};
  for (int i = 0; i < 2500; ++i)
    graph.statements.push_back({{}, rdf::Term::iri("http://ex.org/s" + std::to_string(i)),
                                rdf::Term::iri("http://ex.org/p"), rdf::Term::literal("say \"hi\"\n")});
  load::Options options;
  options.endpoint = "http://localhost:7878/store";

  std::vector<load::Request> put = load::requests_for(graph, options, true);
  REQUIRE(put.size() == 1);
  CHECK(put[0].method == "PUT");
  CHECK(put[0].url == "http://localhost:7878/store?graph=http%3A%2F%2Fex.org%2Fg");
  CHECK(put[0].content_type == "text/turtle");
  CHECK(put[0].statements == 2500);
  CHECK(put[0].body.rfind("<http://ex.org/s0> <http://ex.org/p> \"say \\\"hi\\\"\\n\" .\n", 0) == 0);
  CHECK(load::requests_for(graph, options, false)[0].method == "POST");

  // The body is N-Triples that reads back to the same statements.
  TempFile file("body.nt", put[0].body);
  std::vector<load::Graph> back = load::read_graphs(file.path, "http://ex.org/g");
  REQUIRE(back.size() == 1);
  CHECK(back[0].statements == graph.statements);

  options.protocol = load::Protocol::update;
  options.endpoint = "http://localhost:7878/update";
  std::vector<load::Request> update = load::requests_for(graph, options, true);
  REQUIRE(update.size() == 3);
  CHECK(update[0].method == "POST");
  CHECK(update[0].url == "http://localhost:7878/update");
  CHECK(update[0].content_type == "application/sparql-update");
  CHECK(update[0].body.rfind("DROP SILENT GRAPH <http://ex.org/g> ;\nINSERT DATA { GRAPH <http://ex.org/g> {\n", 0) ==
        0);
  CHECK(update[0].body.find("} }\n") == update[0].body.size() - 4);
  CHECK(update[1].body.rfind("INSERT DATA { GRAPH <http://ex.org/g> {\n<http://ex.org/s1000> ", 0) == 0);
  CHECK(update[0].statements == 1000);
  CHECK(update[1].statements == 1000);
  CHECK(update[2].statements == 500);
  for (const auto& request : load::requests_for(graph, options, false))
    CHECK(request.body.find("DROP") == std::string::npos);

  // Blank nodes stay in one request, so that they stay one node.
  graph.statements[0].object = rdf::Term::blank("b1");
  graph.statements[2400].subject = rdf::Term::blank("b1");
  CHECK(load::requests_for(graph, options, true).size() == 1);

  // An empty graph still clears the graph when replacing.
  load::Graph empty{"http://ex.org/e", {}};
  std::vector<load::Request> clear = load::requests_for(empty, options, true);
  REQUIRE(clear.size() == 1);
  CHECK(clear[0].body.find("DROP SILENT GRAPH <http://ex.org/e>") == 0);
}

TEST_CASE("retry decisions: connection errors, 5xx and 429 with exponential backoff") {
  load::RetryPolicy policy;  // 3 retries, 500 ms doubling, 30 s cap
  CHECK_FALSE(load::decide_retry(http(201), 1, policy).retry);
  CHECK_FALSE(load::decide_retry(http(204), 1, policy).retry);
  for (long status : {400L, 401L, 403L, 404L, 405L, 415L, 501L, 505L})
    CHECK_FALSE(load::decide_retry(http(status), 1, policy).retry);

  auto first = load::decide_retry(http(503), 1, policy);
  CHECK(first.retry);
  CHECK(first.delay == 500ms);
  CHECK(load::decide_retry(http(500), 2, policy).delay == 1000ms);
  CHECK(load::decide_retry(no_connection(), 3, policy).delay == 2000ms);
  CHECK(load::decide_retry(no_connection(), 3, policy).retry);
  CHECK_FALSE(load::decide_retry(no_connection(), 4, policy).retry);  // 1 try + 3 retries

  load::Response fatal;
  fatal.transport = load::Transport::fatal;
  CHECK_FALSE(load::decide_retry(fatal, 1, policy).retry);

  load::Response busy = http(429);
  busy.retry_after = 7;
  CHECK(load::decide_retry(busy, 1, policy).retry);
  CHECK(load::decide_retry(busy, 1, policy).delay == 7000ms);
  busy.retry_after = 3600;
  CHECK(load::decide_retry(busy, 1, policy).delay == 30000ms);

  policy.retries = 20;
  CHECK(load::decide_retry(http(502), 15, policy).delay == 30000ms);  // capped
  policy.retries = 0;
  CHECK_FALSE(load::decide_retry(http(502), 1, policy).retry);
}

TEST_CASE("failures are described by status, reason and the body's first line") {
  CHECK(load::first_line("\n\n  Virtuoso 22023 Error SR...: bad graph  \r\nmore\n") ==
        "Virtuoso 22023 Error SR...: bad graph");
  CHECK(load::first_line("<html><head><title>401 Unauthorized</title></head><body>...</body></html>") ==
        "401 Unauthorized...");
  CHECK(load::first_line("<!DOCTYPE html>\n<html>\n<h1>Parse error: &lt;x&gt; &amp; y</h1>\n") ==
        "Parse error: <x> & y");
  CHECK(load::first_line("") == "");
  CHECK(load::first_line(std::string(300, 'x')) == std::string(200, 'x') + "...");
  std::string cut = load::first_line(std::string(199, 'x') + "é" + std::string(50, 'y'));
  CHECK(cut == std::string(199, 'x') + "...");  // never half a character

  load::Response response = http(400, "Unexpected token at line 3\n");
  CHECK(load::describe(response) == "HTTP 400 Bad Request: Unexpected token at line 3");
  response.reason = "Bad Turtle";
  CHECK(load::describe(response) == "HTTP 400 Bad Turtle: Unexpected token at line 3");
  CHECK(load::describe(http(599)) == "HTTP 599");
  CHECK(load::describe(no_connection()).find("no response: Failed to connect") == 0);
}

TEST_CASE("the loader PUTs each graph and reports only what was loaded") {
  TempFile file("two.nq", two_graphs);
  load::Options options;
  options.endpoint = "http://store/gsp";
  options.graph = "http://ex.org/default";
  FakeClient client;
  client.answer = [](const load::Request& request, std::size_t) {
    if (request.url.find("g2") != std::string::npos) return http(400, "<p>Bad graph</p>\nsecond line");
    return http(201);
  };
  Collect diagnostics;
  std::vector<std::chrono::milliseconds> slept;
  load::Loader loader(options, client, diagnostics, [&](std::chrono::milliseconds d) { slept.push_back(d); });
  loader.load_file(file.path);

  REQUIRE(client.sent.size() == 3);
  CHECK(client.sent[0].method == "PUT");
  CHECK(client.sent[0].url == "http://store/gsp?graph=http%3A%2F%2Fex.org%2Fg1");
  CHECK(client.sent[0].statements == 2);
  CHECK(slept.empty());  // a 400 is not tried again

  load::Summary summary = loader.summary();
  CHECK(summary.graphs_loaded == 2);
  CHECK(summary.statements_loaded == 3);
  CHECK(summary.graphs_failed == 1);
  CHECK(load::summary_line(summary) == "loaded 2 graphs (3 statements), 1 failed");
  REQUIRE(diagnostics.errors() == 1);
  const Diagnostic& error = diagnostics.all.back();
  CHECK(error.where.file == file.path);
  CHECK(error.message.find("graph <http://ex.org/g2> not loaded: HTTP 400 Bad Request: Bad graph") == 0);
  CHECK(error.message.find("PUT http://store/gsp?graph=http%3A%2F%2Fex.org%2Fg2") != std::string::npos);
}

TEST_CASE("the loader tries again with backoff, then gives up") {
  TempFile file("one.nq", "<http://ex.org/s> <http://ex.org/p> <http://ex.org/o> <http://ex.org/g> .\n");
  load::Options options;
  options.endpoint = "http://user:secret@store/gsp";
  options.retries = 2;
  Collect diagnostics;
  std::vector<std::chrono::milliseconds> slept;
  auto sleep = [&](std::chrono::milliseconds d) { slept.push_back(d); };

  SUBCASE("a store that comes back") {
    FakeClient client;
    client.answer = [](const load::Request&, std::size_t n) { return n < 3 ? http(503, "busy") : http(204); };
    load::Loader loader(options, client, diagnostics, sleep);
    loader.load_file(file.path);
    CHECK(client.sent.size() == 3);
    CHECK(slept == std::vector<std::chrono::milliseconds>{500ms, 1000ms});
    CHECK(loader.summary().graphs_loaded == 1);
    CHECK(loader.summary().graphs_failed == 0);
    CHECK(diagnostics.errors() == 0);
    CHECK(diagnostics.all.size() == 2);  // two warnings
  }
  SUBCASE("a store that does not") {
    FakeClient client;
    client.answer = [](const load::Request&, std::size_t) { return no_connection(); };
    load::Loader loader(options, client, diagnostics, sleep);
    loader.load_file(file.path);
    CHECK(client.sent.size() == 3);
    CHECK(loader.summary().graphs_loaded == 0);
    CHECK(loader.summary().graphs_failed == 1);
    REQUIRE(diagnostics.errors() == 1);
    CHECK(diagnostics.all.back().message.find("3 attempts") != std::string::npos);
    CHECK(diagnostics.all.back().message.find("secret") == std::string::npos);  // the password is not shown
  }
  SUBCASE("a login refused names the options to check") {
    FakeClient client;
    client.answer = [](const load::Request&, std::size_t) { return http(401); };
    options.endpoint = "http://store/gsp";
    load::Loader loader(options, client, diagnostics, sleep);
    loader.load_file(file.path);
    CHECK(client.sent.size() == 1);
    CHECK(diagnostics.text().find("HTTP 401 Unauthorized (the store asks for a login: give --user") !=
          std::string::npos);
  }
}

TEST_CASE("a graph met again in a later file is added to, not replaced") {
  TempFile first("a.nq", "<http://ex.org/s1> <http://ex.org/p> \"1\" <http://ex.org/g> .\n");
  TempFile second("b.nq", "<http://ex.org/s2> <http://ex.org/p> \"2\" <http://ex.org/g> .\n");
  load::Options options;
  options.endpoint = "http://store/gsp";
  FakeClient client;
  Collect diagnostics;
  load::Loader loader(options, client, diagnostics, [](std::chrono::milliseconds) {});
  loader.load_file(first.path);
  loader.load_file(second.path);
  REQUIRE(client.sent.size() == 2);
  CHECK(client.sent[0].method == "PUT");
  CHECK(client.sent[1].method == "POST");
  CHECK(loader.summary().graphs_loaded == 1);
  CHECK(loader.summary().statements_loaded == 2);
}

TEST_CASE("a partial update load is reported as a failure") {
  load::Graph graph{"http://ex.org/g", {}};
  for (int i = 0; i < 5; ++i)
    graph.statements.push_back(
        {{}, rdf::Term::iri("http://ex.org/s" + std::to_string(i)), rdf::Term::iri("http://ex.org/p"),
         rdf::Term::typed(std::to_string(i), "http://www.w3.org/2001/XMLSchema#integer")});
  load::Options options;
  options.protocol = load::Protocol::update;
  options.endpoint = "http://store/update";
  options.chunk = 2;
  options.retries = 0;
  FakeClient client;
  client.answer = [](const load::Request&, std::size_t n) { return n == 2 ? http(500, "SR325: out of memory") : http(200); };
  Collect diagnostics;
  load::Loader loader(options, client, diagnostics, [](std::chrono::milliseconds) {});
  loader.load_graph(graph, "x.nq");
  CHECK(client.sent.size() == 2);  // the third chunk is not sent
  CHECK(loader.summary().graphs_loaded == 0);
  CHECK(loader.summary().graphs_failed == 1);
  CHECK(loader.summary().statements_loaded == 0);
  std::string text = diagnostics.text();
  CHECK(text.find("HTTP 500 Internal Server Error: SR325: out of memory") != std::string::npos);
  CHECK(text.find("incomplete in the store: 2 of 5 statements") != std::string::npos);
}

TEST_CASE("an unreadable file is counted and the others are loaded") {
  TempFile broken("broken.nq", "<http://ex.org/s> <http://ex.org/p> .\n");
  load::Options options;
  options.endpoint = "http://store/gsp";
  FakeClient client;
  Collect diagnostics;
  load::Loader loader(options, client, diagnostics, [](std::chrono::milliseconds) {});
  loader.load_file(broken.path);
  loader.load_file(example("export.nq"));
  CHECK(client.sent.size() == 2);  // the entity graph and the article's
  load::Summary summary = loader.summary();
  CHECK(summary.files_failed == 1);
  CHECK(summary.graphs_loaded == 2);
  CHECK(load::summary_line(summary).find("0 failed; 1 file could not be read") != std::string::npos);
  REQUIRE(diagnostics.errors() == 1);
  CHECK(diagnostics.all[0].where.file == broken.path);
  CHECK(diagnostics.all[0].where.line == 1);
}

TEST_CASE("the shared entity graph is added to, never replaced; article graphs are replaced") {
  load::Options options;
  options.endpoint = "http://store/gsp";
  FakeClient client;
  Collect diagnostics;
  load::Loader loader(options, client, diagnostics, [](std::chrono::milliseconds) {});
  loader.load_file(example("export.nq"));
  REQUIRE(client.sent.size() == 2);
  for (const auto& request : client.sent) {
    bool shared = request.url.find("graph%2Fentities") != std::string::npos;
    CHECK(request.method == (shared ? "POST" : "PUT"));
  }
  CHECK(graph::is_entity_graph("https://w3id.org/newskg/id/graph/entities"));
  CHECK(graph::is_entity_graph("https://example.org/kg#graph/entities"));
  CHECK_FALSE(graph::is_entity_graph("https://example.org/subgraph/entities"));
  CHECK_FALSE(graph::is_entity_graph("graph/entities"));
}

TEST_CASE("a file is read and sent in batches: memory does not grow with it") {
  // g1 has 5 statements, g2 1, in a file of 6: with batches of 2, g1's first
  // part replaces it and its later parts are added to it.
  std::string text;
  for (int i = 0; i < 5; ++i)
    text += "<http://ex.org/s" + std::to_string(i) + "> <http://ex.org/p> \"" + std::to_string(i) +
            "\" <http://ex.org/g1> .\n";
  text += "<http://ex.org/t> <http://ex.org/p> \"x\" <http://ex.org/g2> .\n";
  TempFile file("six.nq", text);
  load::Options options;
  options.endpoint = "http://store/gsp";
  options.batch = 2;
  FakeClient client;
  Collect diagnostics;
  load::Loader loader(options, client, diagnostics, [](std::chrono::milliseconds) {});
  std::vector<load::Progress> progress;
  loader.set_total_bytes(text.size());
  loader.on_progress([&](const load::Progress& p) { progress.push_back(p); });
  loader.load_file(file.path);

  REQUIRE(client.sent.size() == 4);  // g1 2, g1 2, g1 1 + g2 1
  CHECK(client.sent[0].method == "PUT");
  CHECK(client.sent[0].statements == 2);
  CHECK(client.sent[1].method == "POST");
  CHECK(client.sent[1].url == client.sent[0].url);
  CHECK(client.sent[2].method == "POST");
  CHECK(client.sent[3].method == "PUT");
  CHECK(client.sent[3].url.find("g2") != std::string::npos);
  load::Summary summary = loader.summary();
  CHECK(summary.graphs_loaded == 2);
  CHECK(summary.statements_loaded == 6);
  CHECK(diagnostics.all.empty());

  // Progress after each graph sent, never going back, the file's size at the end.
  REQUIRE(progress.size() >= 4);
  for (std::size_t i = 1; i < progress.size(); ++i) CHECK(progress[i].bytes_done >= progress[i - 1].bytes_done);
  CHECK(progress.back().bytes_done == text.size());
  CHECK(progress.back().bytes_total == text.size());
  CHECK(progress.back().graphs == 2);  // g1 in three parts and g2: two graphs, as the summary says
}

TEST_CASE("the default batch keeps a small file's graphs whole") {
  load::Options options;
  CHECK(options.batch == 50000);
  options.endpoint = "http://store/gsp";
  FakeClient client;
  Collect diagnostics;
  load::Loader loader(options, client, diagnostics, [](std::chrono::milliseconds) {});
  loader.load_file(example("export.nq"));
  CHECK(client.sent.size() == 2);
}

TEST_CASE("a syntax error after a batch was sent says what was loaded") {
  TempFile file("late.nq",
                "<http://ex.org/s1> <http://ex.org/p> \"1\" <http://ex.org/g1> .\n"
                "<http://ex.org/s2> <http://ex.org/p> \"2\" <http://ex.org/g2> .\n"
                "<http://ex.org/s3> <http://ex.org/p> \"3 <http://ex.org/g3> .\n");
  load::Options options;
  options.endpoint = "http://store/gsp";
  options.batch = 1;
  FakeClient client;
  Collect diagnostics;
  load::Loader loader(options, client, diagnostics, [](std::chrono::milliseconds) {});
  loader.load_file(file.path);
  CHECK(client.sent.size() == 2);
  CHECK(loader.summary().files_failed == 1);
  REQUIRE(diagnostics.errors() == 1);
  CHECK(diagnostics.all[0].where.line == 3);
  CHECK(diagnostics.all[0].message.find("loaded up to here: 2 graphs sent") != std::string::npos);
}

TEST_CASE("gzip-compressed exports load like plain ones") {
  std::ifstream plain(example("export.nq"), std::ios::binary);
  std::ostringstream compressed;
  {
    GzipOStream gzip(compressed);
    gzip << plain.rdbuf();
    gzip.finish();
  }
  TempFile file("export.nq.gz", compressed.str());
  load::Options options;
  options.endpoint = "http://store/gsp";
  load::check_input(file.path, options);  // accepted
  CHECK(load::uncompressed_size(file.path) == std::filesystem::file_size(example("export.nq")));
  CHECK(load::uncompressed_size(example("export.nq")) == std::filesystem::file_size(example("export.nq")));

  std::vector<load::Graph> from_gz = load::read_graphs(file.path, "");
  std::vector<load::Graph> from_plain = load::read_graphs(example("export.nq"), "");
  REQUIRE(from_gz.size() == from_plain.size());
  for (std::size_t i = 0; i < from_gz.size(); ++i) {
    CHECK(from_gz[i].name == from_plain[i].name);
    CHECK(from_gz[i].statements == from_plain[i].statements);
  }

  FakeClient client;
  Collect diagnostics;
  load::Loader loader(options, client, diagnostics, [](std::chrono::milliseconds) {});
  loader.load_file(file.path);
  CHECK(client.sent.size() == 2);
  CHECK(loader.summary().graphs_loaded == 2);
  CHECK(diagnostics.all.empty());

  // A syntax error inside is reported under the name given, with its line.
  std::ostringstream broken;
  {
    GzipOStream gzip(broken);
    gzip << "<http://ex.org/s> <http://ex.org/p> <http://ex.org/o> <http://ex.org/g> .\n<http://ex.org/s> .\n";
    gzip.finish();
  }
  TempFile bad("bad.nq.gz", broken.str());
  loader.load_file(bad.path);
  REQUIRE(diagnostics.errors() == 1);
  CHECK(diagnostics.all[0].where.file == bad.path);
  CHECK(diagnostics.all[0].where.line == 2);
  CHECK(diagnostics.all[0].message.find("nothing of this file was loaded") != std::string::npos);
}

TEST_CASE("load's progress line is extract's, counting graphs; it is cleared before a message") {
  std::ostringstream err;
  cli::ProgressLine line(err);
  line.update(12, "graphs", 1500000, 3000000);
  CHECK(err.str().rfind("\r12 graphs, 1.5/3.0 MB, ", 0) == 0);
  CHECK(err.str().find(" left") != std::string::npos);
  StreamDiagnostics stream(err, false);
  cli::TerminalDiagnostics diagnostics(stream, line);
  diagnostics.report({Severity::error, "graph <g> not loaded", {"x.nq", 0}});
  std::string text = err.str();
  std::size_t cleared = text.find("\r" + std::string(79, ' ') + "\r");
  REQUIRE(cleared != std::string::npos);
  CHECK(text.find("graph <g> not loaded", cleared) != std::string::npos);
}
