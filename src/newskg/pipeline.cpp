#include "newskg/pipeline.hpp"

#include <algorithm>
#include <condition_variable>
#include <deque>
#include <filesystem>
#include <iostream>
#include <mutex>
#include <thread>
#include <utility>

#include "newskg/extract/extractor.hpp"
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
  rdf::VectorSink output;
  std::optional<std::string> rendered;  // the output as bytes, where the format allows
  bool failed = false;
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
  try {
    // Buffered whole, so that a failure half-way never leaves half a graph.
    export_article(*slot.article, knowledge, options, slot.output, diagnostics);
  } catch (const Error& error) {
    diagnostics.report({Severity::error, error.message() + "; article skipped", slot.article->origin});
    slot.output.quads.clear();
    slot.failed = true;
  }
  for (auto& diagnostic : diagnostics.take()) slot.diagnostics.push_back(std::move(diagnostic));
  slot.article.reset();  // the text is no longer needed
  stages::Timer timer(stages::Stage::write);
  if (!slot.failed) slot.rendered = sink.render(slot.output.quads);
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

class Writer {
 public:
  Writer(rdf::QuadSink& sink, DiagnosticSink& diagnostics, const ExportHooks& hooks, std::uint64_t bytes_total)
      : sink_(sink), diagnostics_(diagnostics), hooks_(hooks) {
    progress_.bytes_total = bytes_total;
  }

  void write(Slot& slot) {
    stages::Timer timer(stages::Stage::write);
    for (const auto& diagnostic : slot.diagnostics) {
      if (diagnostic.severity == Severity::warning) ++summary.warnings;
      diagnostics_.report(diagnostic);
    }
    progress_.bytes_done += slot.bytes;
    if (slot.failed) {
      ++summary.failed;
    } else {
      if (slot.rendered)
        sink_.append_rendered(*slot.rendered);
      else
        for (auto& quad : slot.output.quads) sink_.take(std::move(quad));
      summary.statements += slot.output.quads.size();
      ++summary.articles;
      if (hooks_.after_article) hooks_.after_article();
    }
    progress_.articles = summary.articles;
    progress_.failed = summary.failed;
    if (hooks_.progress) hooks_.progress(progress_);
  }

  ExportSummary summary;

 private:
  rdf::QuadSink& sink_;
  DiagnosticSink& diagnostics_;
  const ExportHooks& hooks_;
  ExportProgress progress_;
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
  std::string extension = path.extension().string();
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
  Writer writer(sink, diagnostics, hooks, total_size(files));
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
