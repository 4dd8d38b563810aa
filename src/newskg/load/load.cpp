#include "newskg/load/load.hpp"

#include <algorithm>
#include <filesystem>
#include <fstream>
#include <sstream>
#include <thread>
#include <unordered_map>

#include "newskg/graph/mapper.hpp"
#include "newskg/gzip.hpp"
#include "newskg/rdf/serd_reader.hpp"
#include "newskg/rdf/sink.hpp"

namespace newskg::load {

Auth parse_auth(std::string_view name) {
  if (name == "any") return Auth::any;
  if (name == "basic") return Auth::basic;
  if (name == "digest") return Auth::digest;
  throw Error(Status::bad_argument, "unknown authentication '" + std::string(name) + "': choose basic, digest or any");
}

// ---- Inputs -----------------------------------------------------------------

void check_input(const std::string& path, const Options& options) {
  rdf::Format format = rdf::format_from_path(without_gz(path));  // throws naming the known extensions
  if (format == rdf::Format::jsonld)
    throw Error(Status::bad_argument,
                "cannot load JSON-LD: load the N-Quads export instead (newskg extract --format nquads)", {path, 0});
  if (!rdf::format_has_graphs(format) && options.graph.empty())
    throw Error(Status::bad_argument,
                std::string(format == rdf::Format::turtle ? "a Turtle" : "an N-Triples") +
                    " export holds no graph names: say which graph receives it with --graph IRI "
                    "(or load the N-Quads export, one graph per article)",
                {path, 0});
  std::ifstream file(path, std::ios::binary);
  if (!file) throw Error(Status::bad_argument, "cannot open the file", {path, 0});
}

namespace {

// Groups statements by graph name, in order of first appearance; every
// `batch` statements (0: never) hands the graphs so far to `send`.
class GraphSplitter final : public rdf::QuadSink {
 public:
  using Send = std::function<void(std::vector<Graph>&&, std::uint64_t)>;
  GraphSplitter(const std::string& default_target, std::size_t batch, Send send)
      : default_target_(default_target), batch_(batch), send_(std::move(send)) {}
  void prefix(std::string_view, std::string_view) override {}
  void quad(const rdf::Quad& q) override {
    rdf::Quad copy = q;
    take(std::move(copy));
  }
  void take(rdf::Quad&& q) override {
    rdf::check_quad(q);
    std::string name;
    if (q.graph.is_none()) {
      if (default_target_.empty())
        throw Error(Status::bad_input, "a statement outside any named graph: say where it goes with --graph IRI");
      name = default_target_;
    } else if (q.graph.is_blank()) {
      throw Error(Status::bad_input, "a graph named by a blank node (_:" + q.graph.value +
                                         ") cannot be addressed in a store: name it with an IRI");
    } else {
      name = q.graph.value;
    }
    // About the statement's bytes in an N-Quads file, for progress.
    read_ += q.graph.value.size() + q.subject.value.size() + q.predicate.value.size() + q.object.value.size() +
             q.object.datatype.size() + q.object.language.size() + 16;
    q.graph = {};
    auto [at, inserted] = index_.try_emplace(std::move(name), graphs_.size());
    if (inserted) graphs_.push_back({at->first, {}});
    graphs_[at->second].statements.push_back(std::move(q));
    if (batch_ > 0 && ++pending_ >= batch_) flush();
  }
  void finish() override {}

  // Hands what is left to `send`.
  void flush() {
    index_.clear();
    pending_ = 0;
    std::vector<Graph> graphs;
    graphs.swap(graphs_);
    send_(std::move(graphs), read_);
  }

 private:
  const std::string& default_target_;
  std::size_t batch_;
  Send send_;
  std::vector<Graph> graphs_;
  std::unordered_map<std::string, std::size_t> index_;
  std::size_t pending_ = 0;
  std::uint64_t read_ = 0;
};

}  // namespace

void read_graph_batches(const std::string& path, const std::string& default_target, std::size_t batch,
                        const std::function<void(std::vector<Graph>&&, std::uint64_t done)>& send) {
  rdf::Format format = rdf::format_from_path(without_gz(path));
  if (format == rdf::Format::jsonld)
    throw Error(Status::bad_argument, "cannot load JSON-LD: load the N-Quads export instead", {path, 0});
  GraphSplitter splitter(default_target, batch, send);
  rdf::read_rdf_file(path, format, splitter);  // streams NAME.EXT.gz decompressed
  splitter.flush();
}

std::vector<Graph> read_graphs(const std::string& path, const std::string& default_target) {
  std::vector<Graph> graphs;
  read_graph_batches(path, default_target, 0, [&](std::vector<Graph>&& all, std::uint64_t) { graphs = std::move(all); });
  return graphs;
}

std::uint64_t uncompressed_size(const std::string& path) {
  std::error_code error;
  std::uint64_t size = std::filesystem::file_size(path, error);
  if (error) return 0;
  if (!is_gzip_path(path) || size < 18) return size;
  std::ifstream file(path, std::ios::binary);
  file.seekg(-4, std::ios::end);
  unsigned char trailer[4] = {};
  if (!file.read(reinterpret_cast<char*>(trailer), 4)) return 0;
  return std::uint64_t{trailer[0]} | std::uint64_t{trailer[1]} << 8 | std::uint64_t{trailer[2]} << 16 |
         std::uint64_t{trailer[3]} << 24;
}

// ---- Requests ---------------------------------------------------------------

std::string percent_encode(std::string_view text) {
  static constexpr char hex[] = "0123456789ABCDEF";
  std::string result;
  result.reserve(text.size() * 3);
  for (unsigned char c : text) {
    bool unreserved = (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '-' ||
                      c == '.' || c == '_' || c == '~';
    if (unreserved) {
      result += static_cast<char>(c);
    } else {
      result += '%';
      result += hex[c >> 4];
      result += hex[c & 0x0F];
    }
  }
  return result;
}

std::string graph_store_url(std::string_view endpoint, std::string_view param, std::string_view graph) {
  std::string url(endpoint);
  if (auto fragment = url.find('#'); fragment != std::string::npos) url.erase(fragment);
  if (url.find('?') == std::string::npos)
    url += '?';
  else if (url.back() != '?' && url.back() != '&')
    url += '&';
  url += percent_encode(param);
  url += '=';
  url += percent_encode(graph);
  return url;
}

std::string ntriples(const std::vector<rdf::Quad>& statements, std::size_t begin, std::size_t end) {
  std::ostringstream text;
  auto writer = rdf::make_writer({rdf::Format::ntriples, {}}, text);
  for (std::size_t i = begin; i < end && i < statements.size(); ++i) {
    rdf::Quad triple = statements[i];
    triple.graph = {};
    writer->take(std::move(triple));
  }
  writer->finish();
  return text.str();
}

std::vector<Request> requests_for(const Graph& graph, const Options& options, bool replace) {
  std::vector<Request> requests;
  const std::size_t total = graph.statements.size();
  if (options.protocol == Protocol::graph_store) {
    // N-Triples is Turtle, and text/turtle is the one syntax every store's
    // Graph Store endpoint takes.
    requests.push_back({replace ? "PUT" : "POST", graph_store_url(options.endpoint, options.graph_param, graph.name),
                        "text/turtle", ntriples(graph.statements, 0, total), total});
    return requests;
  }
  bool has_blank = std::any_of(graph.statements.begin(), graph.statements.end(), [](const rdf::Quad& q) {
    return q.subject.is_blank() || q.object.is_blank();
  });
  std::size_t chunk = (has_blank || options.chunk == 0) ? std::max<std::size_t>(total, 1) : options.chunk;
  const std::string name = "<" + graph.name + ">";
  std::size_t begin = 0;
  do {
    std::size_t end = std::min(total, begin + chunk);
    std::string body;
    if (replace && begin == 0) body += "DROP SILENT GRAPH " + name + " ;\n";
    body += "INSERT DATA { GRAPH " + name + " {\n";
    body += ntriples(graph.statements, begin, end);
    body += "} }\n";
    requests.push_back({"POST", options.endpoint, "application/sparql-update", std::move(body), end - begin});
    begin = end;
  } while (begin < total);
  return requests;
}

// ---- Responses, retries -----------------------------------------------------

bool succeeded(const Response& response) noexcept {
  return response.transport == Transport::ok && response.status >= 200 && response.status < 300;
}

RetryDecision decide_retry(const Response& response, int attempts, const RetryPolicy& policy) {
  if (succeeded(response) || attempts > policy.retries) return {};
  // 501 Not Implemented and 505 HTTP Version Not Supported will not change.
  bool server_error = response.status >= 500 && response.status != 501 && response.status != 505;
  bool transient = response.transport == Transport::transient ||
                   (response.transport == Transport::ok && (server_error || response.status == 429));
  if (!transient) return {};
  using std::chrono::milliseconds;
  milliseconds delay = policy.first_delay;
  for (int i = 1; i < attempts && delay < policy.max_delay; ++i) delay *= 2;
  if (response.retry_after && *response.retry_after >= 0)
    delay = std::chrono::duration_cast<milliseconds>(std::chrono::seconds(*response.retry_after));
  return {true, std::min(delay, policy.max_delay)};
}

std::string_view reason_phrase(long status) noexcept {
  switch (status) {
    case 200: return "OK";
    case 201: return "Created";
    case 202: return "Accepted";
    case 204: return "No Content";
    case 301: return "Moved Permanently";
    case 302: return "Found";
    case 303: return "See Other";
    case 307: return "Temporary Redirect";
    case 308: return "Permanent Redirect";
    case 400: return "Bad Request";
    case 401: return "Unauthorized";
    case 403: return "Forbidden";
    case 404: return "Not Found";
    case 405: return "Method Not Allowed";
    case 406: return "Not Acceptable";
    case 408: return "Request Timeout";
    case 409: return "Conflict";
    case 411: return "Length Required";
    case 413: return "Content Too Large";
    case 415: return "Unsupported Media Type";
    case 429: return "Too Many Requests";
    case 500: return "Internal Server Error";
    case 501: return "Not Implemented";
    case 502: return "Bad Gateway";
    case 503: return "Service Unavailable";
    case 504: return "Gateway Timeout";
    default: return {};
  }
}

std::string first_line(std::string_view body) {
  // Drop markup (an HTML error page says what went wrong in its text), then
  // take the first line with something on it.
  std::string text;
  text.reserve(body.size());
  bool in_tag = false;
  for (char c : body) {
    if (in_tag) {
      if (c == '>') in_tag = false;
    } else if (c == '<') {
      in_tag = true;
    } else {
      text += c;
    }
  }
  for (auto [entity, character] : {std::pair{"&lt;", "<"}, {"&gt;", ">"}, {"&quot;", "\""}, {"&#39;", "'"},
                                   {"&nbsp;", " "}, {"&amp;", "&"}}) {
    std::string_view from = entity;
    for (std::size_t at = text.find(from); at != std::string::npos; at = text.find(from, at + 1))
      text.replace(at, from.size(), character);
  }
  std::istringstream lines(text);
  std::string line;
  while (std::getline(lines, line)) {
    std::size_t first = line.find_first_not_of(" \t\r\f\v");
    if (first == std::string::npos) continue;
    std::size_t last = line.find_last_not_of(" \t\r\f\v");
    line = line.substr(first, last - first + 1);
    constexpr std::size_t limit = 200;
    if (line.size() > limit) {
      std::size_t cut = limit;
      while (cut > 0 && (static_cast<unsigned char>(line[cut]) & 0xC0) == 0x80) --cut;  // not inside a character
      line = line.substr(0, cut) + "...";
    }
    return line;
  }
  return {};
}

std::string describe(const Response& response) {
  if (response.transport != Transport::ok)
    return "no response: " + (response.transport_error.empty() ? std::string("connection failed")
                                                                : response.transport_error);
  std::string text = "HTTP " + std::to_string(response.status);
  std::string reason = response.reason.empty() ? std::string(reason_phrase(response.status)) : response.reason;
  if (!reason.empty()) text += " " + reason;
  if (std::string line = first_line(response.body); !line.empty()) text += ": " + line;
  return text;
}

// ---- Loading ----------------------------------------------------------------

std::string summary_line(const Summary& summary) {
  std::string text = "loaded " + std::to_string(summary.graphs_loaded) +
                     (summary.graphs_loaded == 1 ? " graph (" : " graphs (") +
                     std::to_string(summary.statements_loaded) +
                     (summary.statements_loaded == 1 ? " statement), " : " statements), ") +
                     std::to_string(summary.graphs_failed) + " failed";
  if (summary.files_failed > 0)
    text += "; " + std::to_string(summary.files_failed) +
            (summary.files_failed == 1 ? " file could not be read" : " files could not be read");
  return text;
}

namespace {

// A URL fit for a message: any user:password@ in it hidden.
std::string shown_url(const std::string& url) {
  std::size_t scheme = url.find("://");
  if (scheme == std::string::npos) return url;
  std::size_t authority = scheme + 3;
  std::size_t end = url.find_first_of("/?#", authority);
  std::size_t at = url.rfind('@', end == std::string::npos ? url.size() : end);
  if (at == std::string::npos || at < authority) return url;
  return url.substr(0, authority) + "***@" + url.substr(at + 1);
}

std::string hint(const Response& response, const Options& options) {
  if (response.transport != Transport::ok) return {};
  switch (response.status) {
    case 401:
      return options.user.empty() ? " (the store asks for a login: give --user USER:PASSWORD)"
                                  : " (check --user and --auth)";
    case 403: return " (the account may not write to this store)";
    case 404: return " (check the endpoint URL)";
    case 405:
    case 501: return " (is this the Graph Store or Update endpoint?)";
    default: return {};
  }
}

}  // namespace

Loader::Loader(Options options, HttpClient& client, DiagnosticSink& diagnostics, Sleep sleep)
    : options_(std::move(options)), client_(client), diagnostics_(diagnostics), sleep_(std::move(sleep)) {
  if (!sleep_) sleep_ = [](std::chrono::milliseconds delay) { std::this_thread::sleep_for(delay); };
}

void Loader::load_file(const std::string& path) {
  std::size_t graphs_sent = 0;
  std::uint64_t file_done = 0;
  const std::uint64_t before = progress_state_.bytes_done;
  const std::uint64_t size = uncompressed_size(path);
  auto send = [&](std::vector<Graph>&& graphs, std::uint64_t done) {
    if (size > 0) done = std::min(done, size);  // an estimate: never past the end
    // Progress after each graph: the bytes of the batch shared out by statements.
    std::size_t statements = 0, sent = 0;
    for (const Graph& graph : graphs) statements += graph.statements.size();
    for (const Graph& graph : graphs) {
      load_graph(graph, path);
      ++graphs_sent;
      progress_state_.graphs = graphs_.size();  // distinct graphs, as the summary counts them
      sent += graph.statements.size();
      progress_state_.bytes_done = before + file_done + (done - file_done) * sent / std::max<std::size_t>(statements, 1);
      if (on_progress_) on_progress_(progress_state_);
    }
    file_done = done;
  };
  try {
    read_graph_batches(path, options_.graph, options_.batch, send);
  } catch (const Error& error) {
    ++files_failed_;
    std::string what = graphs_sent == 0 ? " (nothing of this file was loaded)"
                                        : " (the file was loaded up to here: " + std::to_string(graphs_sent) +
                                              (graphs_sent == 1 ? " graph" : " graphs") +
                                              " sent, the rest not; load the file again when it is fixed)";
    diagnostics_.report({Severity::error, error.message() + what,
                         error.where().file.empty() ? Location{path, 0} : error.where()});
    return;
  }
  // The estimate of bytes read gives way to the file's size once it is read.
  if (size > 0) file_done = size;
  progress_state_.bytes_done = before + file_done;
  if (on_progress_) on_progress_(progress_state_);
  if (graphs_sent == 0 && !options_.quiet)
    diagnostics_.report({Severity::warning, "no statements: nothing to load", {path, 0}});
}

void Loader::load_graph(const Graph& graph, const std::string& file) {
  auto [state, first] = graphs_.try_emplace(graph.name);
  if (!first && state->second.failed) {
    diagnostics_.report({Severity::error,
                         "graph <" + graph.name + "> not loaded: an earlier part of it (in this file or another) failed",
                         {file, 0}});
    return;
  }
  // The shared entity graph is added to, never replaced: each export holds
  // the part of it its articles need, and a later load must not drop the rest.
  std::vector<Request> requests = requests_for(graph, options_, first && !graph::is_entity_graph(graph.name));
  std::size_t sent = 0;
  for (std::size_t i = 0; i < requests.size(); ++i) {
    if (!send_with_retries(requests[i], graph.name, file)) {
      state->second.failed = true;
      if (sent > 0 || !first)
        diagnostics_.report({Severity::error,
                             "graph <" + graph.name + "> is incomplete in the store: " + std::to_string(sent) +
                                 " of " + std::to_string(graph.statements.size()) +
                                 " statements of this file were loaded; load it again",
                             {file, 0}});
      return;
    }
    sent += requests[i].statements;
  }
  state->second.statements += graph.statements.size();
  if (options_.verbose && progress_)
    *progress_ << "newskg: " << file << ": loaded <" << graph.name << "> (" << graph.statements.size()
               << (graph.statements.size() == 1 ? " statement)" : " statements)") << '\n';
}

bool Loader::send_with_retries(const Request& request, const std::string& graph, const std::string& file) {
  RetryPolicy policy;
  policy.retries = options_.retries;
  for (int attempts = 1;; ++attempts) {
    Response response = client_.send(request);
    if (succeeded(response)) return true;
    RetryDecision decision = decide_retry(response, attempts, policy);
    if (!decision.retry) {
      std::string message = "graph <" + graph + "> not loaded: " + describe(response) + hint(response, options_) +
                            " (" + request.method + " " + shown_url(request.url);
      if (attempts > 1) message += ", " + std::to_string(attempts) + " attempts";
      diagnostics_.report({Severity::error, message + ")", {file, 0}});
      return false;
    }
    if (!options_.quiet) {
      std::ostringstream message;
      message << "graph <" << graph << ">: " << describe(response) << "; trying again in "
              << static_cast<double>(decision.delay.count()) / 1000.0 << " s";
      diagnostics_.report({Severity::warning, message.str(), {file, 0}});
    }
    sleep_(decision.delay);
  }
}

Summary Loader::summary() const {
  Summary summary;
  for (const auto& [name, state] : graphs_) {
    if (state.failed) {
      ++summary.graphs_failed;
    } else {
      ++summary.graphs_loaded;
      summary.statements_loaded += state.statements;
    }
  }
  summary.files_failed = files_failed_;
  return summary;
}

}  // namespace newskg::load
