#include "newskg/pipeline.hpp"

#include <algorithm>
#include <condition_variable>
#include <deque>
#include <filesystem>
#include <functional>
#include <iostream>
#include <mutex>
#include <thread>
#include <unordered_map>
#include <unordered_set>
#include <utility>

#include "newskg/extract/extractor.hpp"
#include "newskg/graph/iri.hpp"
#include "newskg/stage_times.hpp"

namespace newskg {
namespace {

namespace fs = std::filesystem;

// Holds diagnostics until the article they belong to is written, so that
// messages come out in input order whatever the number of jobs.
class BufferedDiagnostics final : public DiagnosticSink {
 public:
  void report(const Diagnostic& diagnostic) override { items.push_back(diagnostic); }
  std::vector<Diagnostic> take() { return std::exchange(items, {}); }
  std::vector<Diagnostic> items;
};

// One article on its way from the reader through a worker to the writer.
struct Slot {
  std::optional<ingest::Article> article;
  std::vector<Diagnostic> diagnostics;  // in the order they arose
  std::string article_iri;              // set once extracted
  Location origin;
  rdf::VectorSink shared;               // the statements of the shared entity graph
  rdf::VectorSink output;               // the article's own graph
  std::optional<std::string> rendered_shared;  // the same as bytes, where the format allows
  std::optional<std::string> rendered;
  bool failed = false;
  bool skipped = false;  // the same article as an earlier one
  bool done = false;
  std::uint64_t bytes = 0;
};

void extract_into(Slot& slot, const lexicon::Knowledge& knowledge, const ExportOptions& options,
                  const rdf::QuadSink& sink) {
  if (!slot.article) {
    slot.done = true;
    return;
  }
  BufferedDiagnostics diagnostics;
  slot.origin = slot.article->origin;
  try {
    slot.article_iri = graph::article_iri(options.graph.base, slot.article->url, slot.article->text);
    // Buffered whole, so that a failure half-way never leaves half a graph.
    rdf::VectorSink all;
    export_article(*slot.article, knowledge, options, all, diagnostics);
    std::string shared_graph = graph::entity_graph_iri(options.graph.base);
    for (auto& quad : all.quads)
      (quad.graph.is_iri() && quad.graph.value == shared_graph ? slot.shared : slot.output).quads.push_back(std::move(quad));
  } catch (const Error& error) {
    diagnostics.report({Severity::error, error.message() + "; article skipped", slot.article->origin});
    slot.shared.quads.clear();
    slot.output.quads.clear();
    slot.failed = true;
  }
  for (auto& diagnostic : diagnostics.take()) slot.diagnostics.push_back(std::move(diagnostic));
  slot.article.reset();  // the text is no longer needed
  stages::Timer timer(stages::Stage::write);
  if (!slot.failed) {
    slot.rendered_shared = sink.render(slot.shared.quads);
    slot.rendered = sink.render(slot.output.quads);
  }
  slot.done = true;
}

// Reads every input in order, one Slot per article (or per failure).
class Reader {
 public:
  Reader(const std::vector<std::string>& inputs, const ExportOptions& options)
      : inputs_(inputs), options_(options) {}

  // The next slot, or false at the end.
  bool next(Slot& slot) {
    stages::Timer timer(stages::Stage::ingest);
    while (true) {
      if (!source_) {
        if (input_ >= inputs_.size()) return false;
        const std::string& path = inputs_[input_++];
        try {
          source_ = ingest::open_source(path, options_.ingest, diagnostics_);
        } catch (const Error& error) {
          slot.diagnostics = diagnostics_.take();
          slot.diagnostics.push_back({Severity::error, error.message(), error.where()});
          slot.failed = true;
          return true;
        }
      }
      std::optional<ingest::ArticleOrError> item;
      try {
        item = source_->next();
      } catch (const Error& error) {
        source_.reset();
        slot.diagnostics = diagnostics_.take();
        slot.diagnostics.push_back({Severity::error, error.message(), error.where()});
        slot.failed = true;
        return true;
      }
      if (!item) {
        source_.reset();
        continue;
      }
      slot.diagnostics = diagnostics_.take();
      if (auto* error = std::get_if<Error>(&*item)) {
        slot.diagnostics.push_back({Severity::error, error->message() + "; article skipped", error->where()});
        slot.failed = true;
      } else {
        slot.article = std::move(std::get<ingest::Article>(*item));
        slot.bytes = slot.article->text.size();
      }
      return true;
    }
  }

 private:
  const std::vector<std::string>& inputs_;
  const ExportOptions& options_;
  std::size_t input_ = 0;
  std::unique_ptr<ingest::ArticleSource> source_;
  BufferedDiagnostics diagnostics_;
};

// 128 bits of a statement's text: two independent 64-bit hashes, so that a
// collision (which would drop a statement) is out of reach.
struct StatementKey {
  std::uint64_t a = 0, b = 0;
  friend bool operator==(const StatementKey&, const StatementKey&) = default;
};
struct StatementKeyHash {
  std::size_t operator()(const StatementKey& key) const noexcept { return static_cast<std::size_t>(key.a); }
};
StatementKey key_of(std::string_view text) {
  std::uint64_t fnv = 0xcbf29ce484222325ULL;
  for (unsigned char byte : text) {
    fnv ^= byte;
    fnv *= 0x100000001b3ULL;
  }
  return {fnv, static_cast<std::uint64_t>(std::hash<std::string_view>{}(text))};
}
StatementKey key_of(const rdf::Quad& quad, bool with_graph) {
  std::string text;
  for (const rdf::Term* term : {&quad.graph, &quad.subject, &quad.predicate, &quad.object}) {
    if (term == &quad.graph && !with_graph) continue;
    text += static_cast<char>('0' + static_cast<int>(term->kind));
    text += term->value;
    text += '\x1F';
    text += term->datatype;
    text += '\x1F';
    text += term->language;
    text += '\x1E';
  }
  return key_of(text);
}

// Writes the articles in input order. It alone decides what is written, so
// the output does not depend on the number of jobs: a statement of the shared
// entity graph is written once per run (and, in Turtle and N-Triples, which
// hold one graph, so is every statement), and an article whose IRI was
// already written is reported and skipped.
class Writer {
 public:
  Writer(rdf::QuadSink& sink, DiagnosticSink& diagnostics, const ExportHooks& hooks, std::uint64_t bytes_total,
         bool keep_duplicates)
      : sink_(sink), diagnostics_(diagnostics), hooks_(hooks), graphs_(sink.keeps_graphs()),
        keep_duplicates_(keep_duplicates) {
    progress_.bytes_total = bytes_total;
  }

  void write(Slot& slot) {
    stages::Timer timer(stages::Stage::write);
    if (!slot.failed && !keep_duplicates_) {
      auto [first, added] = articles_.try_emplace(slot.article_iri, slot.origin);
      if (!added) {
        std::string where = first->second.file;
        if (first->second.line > 0) where += ":" + std::to_string(first->second.line);
        slot.diagnostics.push_back({Severity::warning, "same article as " + where + ", skipped", slot.origin});
        slot.skipped = true;
      }
    }
    for (const auto& diagnostic : slot.diagnostics) {
      if (diagnostic.severity == Severity::warning) ++summary.warnings;
      diagnostics_.report(diagnostic);
    }
    progress_.bytes_done += slot.bytes;
    if (slot.failed) {
      ++summary.failed;
    } else if (slot.skipped) {
      ++summary.duplicates;
    } else {
      if (slot.rendered) {
        summary.statements += append_lines(*slot.rendered_shared, true);
        summary.statements += graphs_ ? count_lines(*slot.rendered) : append_lines(*slot.rendered, true);
        if (graphs_) sink_.append_rendered(*slot.rendered);
      } else {
        take(slot.shared.quads, true);
        take(slot.output.quads, !graphs_);
      }
      ++summary.articles;
      if (hooks_.after_article) hooks_.after_article();
    }
    progress_.articles = summary.articles;
    progress_.failed = summary.failed;
    if (hooks_.progress) hooks_.progress(progress_);
  }

  ExportSummary summary;

 private:
  void take(std::vector<rdf::Quad>& quads, bool once) {
    for (auto& quad : quads) {
      if (once && !seen_.insert(key_of(quad, graphs_)).second) continue;
      sink_.take(std::move(quad));
      ++summary.statements;
    }
  }
  // Appends the lines (one statement each) not written before; returns how many.
  std::size_t append_lines(const std::string& text, bool once) {
    std::string kept;
    std::size_t count = 0;
    for (std::size_t begin = 0; begin < text.size();) {
      std::size_t end = text.find('\n', begin);
      end = end == std::string::npos ? text.size() : end + 1;
      std::string_view line(text.data() + begin, end - begin);
      begin = end;
      if (once && !seen_.insert(key_of(line)).second) continue;
      kept += line;
      ++count;
    }
    if (!kept.empty()) sink_.append_rendered(kept);
    return count;
  }
  static std::size_t count_lines(const std::string& text) {
    return static_cast<std::size_t>(std::count(text.begin(), text.end(), '\n'));
  }

  rdf::QuadSink& sink_;
  DiagnosticSink& diagnostics_;
  const ExportHooks& hooks_;
  bool graphs_;
  bool keep_duplicates_;
  ExportProgress progress_;
  std::unordered_set<StatementKey, StatementKeyHash> seen_;
  std::unordered_map<std::string, Location> articles_;  // article IRI -> where it was first read
};

std::uint64_t total_size(const std::vector<std::string>& inputs) {
  std::uint64_t total = 0;
  for (const auto& input : inputs) {
    std::error_code error;
    auto size = fs::file_size(input, error);
    if (!error) total += size;
  }
  return total;
}

bool is_article_file(const fs::path& path) {
  fs::path inner = path.extension() == ".gz" ? path.stem() : path;  // STEM.txt.gz, STEM.jsonl.gz
  std::string extension = inner.extension().string();
  std::transform(extension.begin(), extension.end(), extension.begin(),
                 [](unsigned char c) { return static_cast<char>(std::tolower(c)); });
  return extension == ".txt" || extension == ".jsonl" || extension == ".ndjson";
}

// Up to `jobs` workers extract articles that a reader thread queues; this
// thread writes them in input order. At most 4 * jobs articles are in flight.
void run_parallel(Reader& reader, Writer& writer, const lexicon::Knowledge& knowledge, const ExportOptions& options,
                  const rdf::QuadSink& sink) {
  std::mutex mutex;
  std::condition_variable changed;
  std::deque<std::unique_ptr<Slot>> queue;  // in input order
  std::size_t next_to_extract = 0;          // index into queue of the first slot no worker took
  bool reading_done = false;
  bool stop = false;
  std::exception_ptr reader_failure;
  const std::size_t capacity = 4 * options.jobs;

  std::thread reading([&] {
    try {
      while (true) {
        auto slot = std::make_unique<Slot>();
        if (!reader.next(*slot)) break;
        std::unique_lock lock(mutex);
        changed.wait(lock, [&] { return queue.size() < capacity || stop; });
        if (stop) return;
        queue.push_back(std::move(slot));
        changed.notify_all();
      }
    } catch (...) {
      std::lock_guard lock(mutex);
      reader_failure = std::current_exception();
    }
    std::lock_guard lock(mutex);
    reading_done = true;
    changed.notify_all();
  });

  std::vector<std::thread> workers;
  for (unsigned w = 0; w < options.jobs; ++w) {
    workers.emplace_back([&] {
      while (true) {
        Slot* slot = nullptr;
        {
          std::unique_lock lock(mutex);
          changed.wait(lock, [&] { return stop || next_to_extract < queue.size() || reading_done; });
          if (stop || (next_to_extract >= queue.size() && reading_done)) return;
          slot = queue[next_to_extract++].get();
        }
        extract_into(*slot, knowledge, options, sink);
        std::lock_guard lock(mutex);
        changed.notify_all();
      }
    });
  }

  auto finish_threads = [&] {
    {
      std::lock_guard lock(mutex);
      stop = true;
      changed.notify_all();
    }
    reading.join();
    for (auto& worker : workers) worker.join();
  };
  try {
    while (true) {
      std::unique_ptr<Slot> slot;
      {
        std::unique_lock lock(mutex);
        changed.wait(lock, [&] { return (!queue.empty() && queue.front()->done) || (queue.empty() && reading_done); });
        if (queue.empty()) break;
        slot = std::move(queue.front());
        queue.pop_front();
        --next_to_extract;
        changed.notify_all();
      }
      writer.write(*slot);
    }
  } catch (...) {
    finish_threads();
    throw;
  }
  finish_threads();
  if (reader_failure) std::rethrow_exception(reader_failure);
}

}  // namespace

std::vector<std::string> expand_inputs(const std::vector<std::string>& inputs) {
  std::vector<std::string> files;
  for (const auto& input : inputs) {
    std::error_code error;
    if (input == "-" || !fs::is_directory(input, error)) {
      files.push_back(input);
      continue;
    }
    std::vector<std::string> found;
    for (fs::recursive_directory_iterator it(input, fs::directory_options::skip_permission_denied, error), end;
         !error && it != end; it.increment(error))
      if (it->is_regular_file(error) && is_article_file(it->path())) found.push_back(it->path().string());
    std::sort(found.begin(), found.end());
    files.insert(files.end(), found.begin(), found.end());
  }
  return files;
}

void export_article(const ingest::Article& article, const lexicon::Knowledge& knowledge,
                    const ExportOptions& options, rdf::QuadSink& sink, DiagnosticSink& diagnostics) {
  extract::Extraction extraction = extract::extract(article, knowledge, diagnostics);
  stages::Timer timer(stages::Stage::graph);
  graph::write_article(article, extraction, options.graph, sink);
}

ExportSummary export_articles(const std::vector<std::string>& inputs, const ExportOptions& options,
                              rdf::QuadSink& sink, DiagnosticSink& diagnostics, const ExportHooks& hooks) {
  auto knowledge = options.lexicons.empty() ? lexicon::Knowledge::standard()
                                            : lexicon::Knowledge::load(options.lexicons);
  std::vector<std::string> files = expand_inputs(inputs);
  Reader reader(files, options);
  Writer writer(sink, diagnostics, hooks, total_size(files), options.keep_duplicates);
  graph::write_prefixes(sink);
  if (options.jobs <= 1) {
    while (true) {
      Slot slot;
      if (!reader.next(slot)) break;
      extract_into(slot, *knowledge, options, sink);
      writer.write(slot);
    }
  } else {
    run_parallel(reader, writer, *knowledge, options, sink);
  }
  sink.finish();
  if (stages::enabled()) stages::report(std::cerr);
  return writer.summary;
}

}  // namespace newskg
