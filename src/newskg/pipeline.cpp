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
#include <utility>

#include "newskg/extract/extractor.hpp"
#include "newskg/graph/iri.hpp"
#include "newskg/rdf/statement_key.hpp"
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

// A piece of one article's output on its way from a worker to the writer:
// lines of N-Triples or N-Quads rendered by the worker, or statements for the
// formats that must see them in order (Turtle, TriG, JSON-LD).
struct Chunk {
  bool shared = false;         // statements of the shared entity graph
  std::string lines;           // one statement a line
  std::size_t statements = 0;  // lines in `lines`
  std::vector<rdf::Quad> quads;
  std::size_t bytes = 0;  // about what it holds

  // Empty, for reuse: lines not moved away keep their buffer.
  void clear() {
    shared = false;
    lines.clear();
    statements = 0;
    quads.clear();
    bytes = 0;
  }
};

// A chunk is handed on when it holds this much; a worker waits while the
// writer has not taken this much of its article's chunks yet (its article is
// not the next to be written). So an article of any size takes bounded memory.
constexpr std::size_t chunk_bytes = 256 << 10;
constexpr std::size_t pending_bytes = 1 << 20;

// A statement handed straight to the writer, and whether it is one of the shared graph's.
using DirectWrite = std::function<void(const rdf::Quad&, bool shared)>;

// The statements of one article, streamed: the mapper writes the shared
// graph's first (graph::write_article does), which become the first chunks.
// They are collected in `chunk`, which the caller may keep from one article
// to the next so that a chunk that is only read keeps its buffers. With
// `direct` (one job: the writer runs on this thread), statements that are not
// rendered to lines go to it one by one, never copied into a chunk.
class ChunkSink final : public rdf::QuadSink {
 public:
  ChunkSink(const std::string& shared_graph, rdf::LineRenderer* renderer, Chunk& chunk,
            std::function<void(Chunk&)> deliver, DirectWrite direct)
      : shared_graph_(shared_graph), renderer_(renderer), deliver_(std::move(deliver)), direct_(std::move(direct)),
        chunk_(chunk) {
    chunk_.clear();  // what an article that failed left in it
  }

  void prefix(std::string_view, std::string_view) override {}
  void quad(const rdf::Quad& quad) override {
    bool shared = quad.graph.is_iri() && quad.graph.value == shared_graph_;
    if (!renderer_ && direct_) {
      delivered_ = true;
      direct_(quad, shared);
      return;
    }
    if (shared != chunk_.shared && chunk_.bytes > 0) flush();
    chunk_.shared = shared;
    if (renderer_) {
      // Sized once: growing by doubling would copy the chunk's lines again and again.
      if (chunk_.lines.empty()) chunk_.lines.reserve(chunk_bytes + chunk_bytes / 16);
      // The mapper minted or checked every IRI (graph::write_article): no check here.
      renderer_->render(quad, chunk_.lines);
      chunk_.bytes = chunk_.lines.size();
      ++chunk_.statements;
    } else {
      chunk_.quads.push_back(quad);
      for (const rdf::Term* term : {&quad.graph, &quad.subject, &quad.predicate, &quad.object})
        chunk_.bytes += term->value.size() + term->datatype.size();
      chunk_.bytes += sizeof(rdf::Quad);
    }
    if (chunk_.bytes >= chunk_bytes) flush();
  }
  void finish() override {
    if (chunk_.bytes > 0) flush();
  }
  bool delivered() const { return delivered_; }

 private:
  void flush() {
    delivered_ = true;
    deliver_(chunk_);  // which moves the chunk away, or reads it and leaves it to reuse
    chunk_.clear();
  }
  const std::string& shared_graph_;
  rdf::LineRenderer* renderer_;
  std::function<void(Chunk&)> deliver_;
  DirectWrite direct_;
  Chunk& chunk_;
  bool delivered_ = false;
};

// One article on its way from the reader through a worker to the writer.
struct Slot {
  std::optional<ingest::Article> article;
  std::vector<Diagnostic> diagnostics;  // in the order they arose
  std::string article_iri;              // set once read
  Location origin;
  std::deque<Chunk> chunks;  // its output not yet written (with jobs > 1, under the pipeline's lock)
  std::size_t pending = 0;   // bytes in chunks
  std::exception_ptr fatal;  // a failure after part of the output went out
  bool failed = false;
  bool skipped = false;  // the same article as an earlier one
  bool done = false;
  bool begun = false;  // the writer has reported its diagnostics (writer only)
  std::uint64_t bytes = 0;
};

// Thrown into a worker waiting to hand on a chunk when the export stops.
struct Stopped {};

// Extracts the slot's article and maps it to statements in `chunk`, handing
// it to `deliver` as it fills (or each statement to `direct`, see ChunkSink). An article that fails before its first
// chunk was handed on is skipped whole; after, the export stops (the mapper
// checks what could fail before its first statement, so this is a bug).
void extract_into(Slot& slot, const lexicon::Knowledge& knowledge, const ExportOptions& options,
                  const std::string& shared_graph, rdf::LineRenderer* renderer, Chunk& chunk,
                  const std::function<void(Chunk&)>& deliver, const DirectWrite& direct = {}) {
  if (!slot.article) return;
  BufferedDiagnostics diagnostics;
  slot.origin = slot.article->origin;
  ChunkSink sink(shared_graph, renderer, chunk, deliver, direct);
  try {
    slot.article_iri = graph::article_iri(options.graph.base, slot.article->url, slot.article->text);
    extract::Extraction extraction = extract::extract(*slot.article, knowledge, diagnostics);
    // Extraction reports everything it has to say before a statement is written.
    for (auto& diagnostic : diagnostics.take()) slot.diagnostics.push_back(std::move(diagnostic));
    // The graph stage includes rendering N-Triples and N-Quads lines.
    stages::Timer timer(stages::Stage::graph);
    graph::write_article(*slot.article, extraction, options.graph, sink);
    sink.finish();
  } catch (const Error& error) {
    // Once a chunk went out, the writer may be reading the slot: only `fatal`
    // is left to set (it reads that after the slot is done).
    if (sink.delivered()) {
      slot.fatal = std::make_exception_ptr(Error(
          Status::internal, error.message() + " after part of the article was written; export stopped", slot.origin));
    } else {
      diagnostics.report({Severity::error, error.message() + "; article skipped", slot.origin});
      for (auto& diagnostic : diagnostics.take()) slot.diagnostics.push_back(std::move(diagnostic));
      slot.failed = true;
    }
  }
  slot.article.reset();  // the text is no longer needed
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

struct KeyHash {
  std::size_t operator()(const rdf::StatementKey& key) const noexcept { return static_cast<std::size_t>(key.a); }
};

// Writes the articles in input order, each as its chunks arrive. It alone
// decides what is written, so the output does not depend on the number of
// jobs: a statement of the shared entity graph is written once per run (and,
// in Turtle and N-Triples, which hold one graph, so is every statement), and
// an article whose IRI was already written is reported and skipped.
class Writer {
 public:
  Writer(rdf::QuadSink& sink, DiagnosticSink& diagnostics, const ExportHooks& hooks, std::uint64_t bytes_total,
         bool keep_duplicates)
      : sink_(sink), diagnostics_(diagnostics), hooks_(hooks), graphs_(sink.keeps_graphs()),
        keep_duplicates_(keep_duplicates) {
    progress_.bytes_total = bytes_total;
  }

  // Before the slot's first chunk: the duplicate check and its diagnostics.
  void begin(Slot& slot) {
    if (slot.begun) return;
    slot.begun = true;
    if (!slot.failed && !keep_duplicates_) {
      if (files_.empty() || files_.back() != slot.origin.file) files_.push_back(slot.origin.file);
      auto [first, added] = articles_.try_emplace(rdf::key_of(slot.article_iri), files_.size() - 1, slot.origin.line);
      if (!added) {
        std::string where = files_[first->second.first];
        if (first->second.second > 0) where += ":" + std::to_string(first->second.second);
        slot.diagnostics.push_back({Severity::warning, "same article as " + where + ", skipped", slot.origin});
        slot.skipped = true;
      }
    }
    for (const auto& diagnostic : slot.diagnostics) {
      if (diagnostic.severity == Severity::warning) ++summary.warnings;
      diagnostics_.report(diagnostic);
    }
  }

  void write(Slot& slot, Chunk& chunk) {
    begin(slot);
    if (slot.skipped) return;
    bool once = chunk.shared || !graphs_;
    if (!chunk.lines.empty()) {
      if (once) {
        summary.statements += append_lines(chunk.lines);
      } else {
        summary.statements += chunk.statements;
        sink_.append_rendered(chunk.lines);
      }
    } else {
      for (auto& quad : chunk.quads) {
        if (once && !seen_.insert(rdf::key_of(quad, graphs_))) continue;
        sink_.take(std::move(quad));
        ++summary.statements;
      }
    }
  }

  // One statement, as write() writes each of a chunk's.
  void write(Slot& slot, const rdf::Quad& quad, bool shared) {
    begin(slot);
    if (slot.skipped) return;
    if ((shared || !graphs_) && !seen_.insert(rdf::key_of(quad, graphs_))) return;
    sink_.quad(quad);
    ++summary.statements;
  }

  // After the slot's last chunk.
  void end(Slot& slot) {
    begin(slot);
    if (slot.fatal) std::rethrow_exception(slot.fatal);
    progress_.bytes_done += slot.bytes;
    if (slot.failed) {
      ++summary.failed;
    } else if (slot.skipped) {
      ++summary.duplicates;
    } else {
      ++summary.articles;
      if (hooks_.after_article) hooks_.after_article();
    }
    progress_.articles = summary.articles;
    progress_.failed = summary.failed;
    if (hooks_.progress) hooks_.progress(progress_);
  }

  ExportSummary summary;

 private:
  // Appends the lines (one statement each) not written before; returns how many.
  std::size_t append_lines(const std::string& text) {
    std::string kept;
    std::size_t count = 0;
    for (std::size_t begin = 0; begin < text.size();) {
      std::size_t end = text.find('\n', begin);
      end = end == std::string::npos ? text.size() : end + 1;
      std::string_view line(text.data() + begin, end - begin);
      begin = end;
      if (!seen_.insert(rdf::key_of(line))) continue;
      kept += line;
      ++count;
    }
    if (!kept.empty()) sink_.append_rendered(kept);
    return count;
  }

  rdf::QuadSink& sink_;
  DiagnosticSink& diagnostics_;
  const ExportHooks& hooks_;
  bool graphs_;
  bool keep_duplicates_;
  ExportProgress progress_;
  rdf::KeySet seen_;
  // article IRI -> where it was first read (index into files_, line)
  std::unordered_map<rdf::StatementKey, std::pair<std::size_t, std::size_t>, KeyHash> articles_;
  std::vector<std::string> files_;
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
// thread writes their chunks in input order, those of the first article in
// the queue as they come. At most 4 * jobs articles are in flight, and each
// holds at most about pending_bytes of output.
void run_parallel(Reader& reader, Writer& writer, const lexicon::Knowledge& knowledge, const ExportOptions& options,
                  const rdf::QuadSink& sink, const std::string& shared_graph) {
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
      std::unique_ptr<rdf::LineRenderer> renderer = sink.line_renderer();
      Chunk filling;  // each one filled is moved to its slot
      while (true) {
        Slot* slot = nullptr;
        {
          std::unique_lock lock(mutex);
          changed.wait(lock, [&] { return stop || next_to_extract < queue.size() || reading_done; });
          if (stop || (next_to_extract >= queue.size() && reading_done)) return;
          slot = queue[next_to_extract++].get();
        }
        auto deliver = [&](Chunk& chunk) {
          std::unique_lock lock(mutex);
          changed.wait(lock, [&] { return slot->pending < pending_bytes || stop; });
          if (stop) throw Stopped{};
          slot->pending += chunk.bytes;
          slot->chunks.push_back(std::move(chunk));
          changed.notify_all();
        };
        try {
          extract_into(*slot, knowledge, options, shared_graph, renderer.get(), filling, deliver);
        } catch (const Stopped&) {
          return;
        }
        std::lock_guard lock(mutex);
        slot->done = true;
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
      std::unique_ptr<Slot> finished;
      Slot* front = nullptr;
      Chunk chunk;
      {
        std::unique_lock lock(mutex);
        changed.wait(lock, [&] {
          return (!queue.empty() && (queue.front()->done || !queue.front()->chunks.empty())) ||
                 (queue.empty() && reading_done);
        });
        if (queue.empty()) break;
        front = queue.front().get();
        if (!front->chunks.empty()) {
          chunk = std::move(front->chunks.front());
          front->chunks.pop_front();
          front->pending -= chunk.bytes;
        } else {
          finished = std::move(queue.front());
          queue.pop_front();
          --next_to_extract;
        }
        changed.notify_all();
      }
      stages::Timer timer(stages::Stage::write);
      if (finished) writer.end(*finished);
      else writer.write(*front, chunk);
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
  // The statements go straight to `sink` (write_article checks what could fail before the first).
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
  const std::string shared_graph = graph::entity_graph_iri(options.graph.base);
  if (options.jobs <= 1) {
    std::unique_ptr<rdf::LineRenderer> renderer = sink.line_renderer();
    Chunk chunk;  // written as it fills and reused, for every article (lines only)
    while (true) {
      Slot slot;
      if (!reader.next(slot)) break;
      // Each chunk is written as it fills: this slot is always the next to write.
      // (The writing is timed as part of the graph stage here.)
      extract_into(slot, *knowledge, options, shared_graph, renderer.get(), chunk,
                   [&](Chunk& full) { writer.write(slot, full); },
                   [&](const rdf::Quad& quad, bool shared) { writer.write(slot, quad, shared); });
      stages::Timer timer(stages::Stage::write);
      writer.end(slot);
    }
  } else {
    run_parallel(reader, writer, *knowledge, options, sink, shared_graph);
  }
  sink.finish();
  if (stages::enabled()) stages::report(std::cerr);
  return writer.summary;
}

}  // namespace newskg
