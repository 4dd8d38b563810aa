// Loading exports into a SPARQL store: one HTTP request (or a few) per article
// graph, over the SPARQL 1.1 Graph Store Protocol (PUT, so that loading an
// article again replaces it) or a SPARQL 1.1 Update endpoint (DROP + INSERT DATA).
//
// The decisions are pure functions (URLs, request bodies, retry and backoff,
// error texts), the transport is an interface (HttpClient, libcurl behind
// make_curl_client), and the Loader ties them together; tests drive it with a
// fake client and no network.
#pragma once

#include <chrono>
#include <cstddef>
#include <cstdint>
#include <functional>
#include <map>
#include <memory>
#include <optional>
#include <ostream>
#include <string>
#include <string_view>
#include <vector>

#include "newskg/error.hpp"
#include "newskg/rdf/term.hpp"

namespace newskg::load {

enum class Protocol { graph_store, update };
enum class Auth { any, basic, digest };

// "basic" -> Auth::basic; throws Error(bad_argument) naming the choices.
Auth parse_auth(std::string_view name);

struct Options {
  Protocol protocol = Protocol::graph_store;
  // The Graph Store endpoint (graph_store) or the SPARQL Update endpoint (update).
  std::string endpoint;
  // Query parameter naming the graph in Graph Store requests ("graph";
  // Virtuoso: "graph-uri").
  std::string graph_param = "graph";
  // The graph receiving statements outside any named graph (all of a .ttl or
  // .nt export); empty: such statements are an error.
  std::string graph;
  std::string user;  // "USER:PASSWORD"; empty: no authentication
  Auth auth = Auth::any;
  int retries = 3;              // further attempts after a failed one (connection error, 5xx, 429)
  long timeout_seconds = 300;   // per request; 0: none
  std::size_t chunk = 1000;     // update: statements per INSERT DATA request
  // Statements read ahead of sending: load_file reads a file in batches of
  // this many statements, grouped by graph, and sends each batch before
  // reading on, so memory does not grow with the file. A graph longer than a
  // batch (or split over batches) is sent in parts: the first replaces it,
  // the others add to it.
  std::size_t batch = 50000;
  bool verbose = false;         // one line per graph loaded
  bool quiet = false;           // no summary line, no warnings (errors are still printed)
};

// ---- Inputs -----------------------------------------------------------------

// Checks that `path` is an export `load` can read with `options` (a readable
// .nq .trig .ttl .nt file, or one of these gzip-compressed: NAME.nq.gz; .ttl
// and .nt need options.graph) before anything is sent. Throws Error(bad_argument) saying what to do instead (for .jsonld:
// load the N-Quads export).
void check_input(const std::string& path, const Options& options);

// The statements of one graph, in the order of the file.
struct Graph {
  std::string name;  // an absolute IRI
  std::vector<rdf::Quad> statements;
};

// Reads an export (also .gz) and splits it into its graphs, in order of first
// appearance. Statements outside any named graph go to `default_target`
// (Error(bad_input) when it is empty). Throws Error(bad_syntax) on a syntax error.
std::vector<Graph> read_graphs(const std::string& path, const std::string& default_target);

// Reads an export (also .gz) in batches: every `batch` statements (and at the
// end) calls `send` with the graphs of the statements read since the last
// call, in order of first appearance within the batch; `done` is how many
// bytes of the (uncompressed) file are read, estimated from the statements.
// Errors as read_graphs; the batches before the error have been sent.
void read_graph_batches(const std::string& path, const std::string& default_target, std::size_t batch,
                        const std::function<void(std::vector<Graph>&&, std::uint64_t done)>& send);

// The size of the file as read: for NAME.gz its uncompressed size (from the
// gzip trailer, modulo 4 GiB as gzip records it), else its size; 0 if unknown.
std::uint64_t uncompressed_size(const std::string& path);

// ---- Requests ---------------------------------------------------------------

// RFC 3986 percent-encoding of everything but the unreserved characters
// (so a graph IRI's ':', '/', '#', '?', '&', '=' are all encoded).
std::string percent_encode(std::string_view text);

// ENDPOINT?PARAM=<encoded graph IRI>, or ENDPOINT&PARAM=... when the endpoint
// already has a query.
std::string graph_store_url(std::string_view endpoint, std::string_view param, std::string_view graph);

// N-Triples of statements [begin, end) (graph names dropped). N-Triples is
// also Turtle and SPARQL triple syntax, so this one text serves every request.
std::string ntriples(const std::vector<rdf::Quad>& statements, std::size_t begin, std::size_t end);

struct Request {
  std::string method;        // "PUT", "POST"
  std::string url;
  std::string content_type;  // "text/turtle", "application/sparql-update"
  std::string body;
  std::size_t statements = 0;  // how many statements the body carries
};

// The requests that load `graph`. `replace`: the first request replaces the
// graph (PUT; DROP SILENT GRAPH first), else they add to it (POST; INSERT
// DATA only), for a graph already loaded from an earlier file of the same run.
// Update requests carry at most options.chunk statements each, except for a
// graph with blank nodes, which is sent whole so that its blank nodes stay one.
std::vector<Request> requests_for(const Graph& graph, const Options& options, bool replace);

// ---- Responses, retries -----------------------------------------------------

enum class Transport {
  ok,         // a response arrived (any HTTP status)
  transient,  // no response, worth trying again: connection refused or reset, timeout
  fatal,      // no response, and trying again will not help: bad URL, TLS certificate...
};

struct Response {
  Transport transport = Transport::ok;
  std::string transport_error;  // what went wrong without a response
  long status = 0;              // HTTP status when transport is ok
  std::string reason;           // the status line's reason phrase, may be empty
  std::string body;
  std::optional<long> retry_after;  // seconds, from a Retry-After header
};

bool succeeded(const Response& response) noexcept;  // a 2xx response

struct RetryPolicy {
  int retries = 3;
  std::chrono::milliseconds first_delay{500};
  std::chrono::milliseconds max_delay{30000};
};

struct RetryDecision {
  bool retry = false;
  std::chrono::milliseconds delay{0};
};

// After `attempts` failed attempts (1 after the first), whether to try again
// and after how long: on a transient transport error, a 5xx (but 501 and
// 505, which will not change) or a 429, while
// attempts <= policy.retries; the delay doubles from first_delay (capped at
// max_delay), or is the server's Retry-After when it gives one (also capped).
// Every request load sends may be repeated safely: a PUT, a DROP + INSERT
// DATA and an INSERT DATA of the same statements leave the same graph.
RetryDecision decide_retry(const Response& response, int attempts, const RetryPolicy& policy);

// The standard reason phrase of an HTTP status ("Not Found"), empty if unknown.
std::string_view reason_phrase(long status) noexcept;

// The first non-blank line of a response body, HTML tags removed, trimmed,
// at most 200 characters (an ellipsis marks a cut).
std::string first_line(std::string_view body);

// "HTTP 401 Unauthorized: <first line of the body>", or the transport error.
std::string describe(const Response& response);

// ---- Transport --------------------------------------------------------------

class HttpClient {
 public:
  virtual ~HttpClient() = default;
  // Sends one request; never throws for network or HTTP errors (see Response).
  virtual Response send(const Request& request) = 0;
};

// An HttpClient over libcurl with the authentication and timeout of `options`.
std::unique_ptr<HttpClient> make_curl_client(const Options& options);

// ---- Loading ----------------------------------------------------------------

// How far a load has come, for a progress line.
struct Progress {
  std::size_t graphs = 0;        // distinct graphs (articles and the entity graph) sent to so far
  std::uint64_t bytes_done = 0;  // of the inputs, uncompressed
  std::uint64_t bytes_total = 0; // 0: unknown
};

struct Summary {
  std::size_t graphs_loaded = 0;
  std::size_t statements_loaded = 0;  // of the graphs loaded
  std::size_t graphs_failed = 0;
  std::size_t files_failed = 0;       // exports that could not be read
};

// "loaded N graphs (M statements), K failed" (and "; F files could not be read").
std::string summary_line(const Summary& summary);

class Loader {
 public:
  using Sleep = std::function<void(std::chrono::milliseconds)>;

  // `client` and `diagnostics` must outlive the loader. `sleep` waits between
  // attempts (default: std::this_thread::sleep_for).
  Loader(Options options, HttpClient& client, DiagnosticSink& diagnostics, Sleep sleep = {});

  // Reads one export in batches of options.batch statements and loads each
  // graph of a batch before reading on (memory does not grow with the file).
  // Failures are reported to the diagnostics sink (file, graph, HTTP status,
  // the body's first line) and counted; nothing throws for them. A graph met
  // again later (in a later batch or file) is added to (it was replaced when
  // first met in this run). A syntax error stops the file; what was sent of
  // it before stays, and the message says so.
  void load_file(const std::string& path);

  // Loads one graph read from `file` (used by load_file; public for tests).
  void load_graph(const Graph& graph, const std::string& file);

  // Where --verbose writes one line per graph loaded (none by default).
  void set_progress(std::ostream* progress) { progress_ = progress; }

  // Called after each batch sent, with the bytes read of every file so far
  // against `bytes_total` (set it with set_total_bytes before loading).
  void on_progress(std::function<void(const Progress&)> callback) { on_progress_ = std::move(callback); }
  void set_total_bytes(std::uint64_t total) { progress_state_.bytes_total = total; }

  Summary summary() const;

 private:
  struct GraphState {
    bool failed = false;
    std::size_t statements = 0;
  };
  bool send_with_retries(const Request& request, const std::string& graph, const std::string& file);

  Options options_;
  HttpClient& client_;
  DiagnosticSink& diagnostics_;
  Sleep sleep_;
  std::map<std::string, GraphState> graphs_;
  std::size_t files_failed_ = 0;
  std::ostream* progress_ = nullptr;
  std::function<void(const Progress&)> on_progress_;
  Progress progress_state_;
};

}  // namespace newskg::load
