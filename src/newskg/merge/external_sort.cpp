#include "newskg/merge/external_sort.hpp"

#include <algorithm>
#include <cstdio>
#include <cstdlib>
#include <queue>

#include "newskg/error.hpp"
#include "newskg/merge/nquads_line.hpp"

namespace newskg::merge {
namespace {

constexpr std::size_t max_fan_in = 64;
constexpr std::size_t entry_size = 16;

std::uint32_t graph_offset_in(std::string_view line) {
  std::string_view graph = graph_of_line(line);
  if (graph.empty()) return static_cast<std::uint32_t>(line.size());
  return static_cast<std::uint32_t>(graph.data() - line.data());
}

// The graph term of a line given its graph offset ("" when it is the default graph).
std::string_view graph_at(std::string_view line, std::size_t offset) {
  if (offset >= line.size()) return {};
  std::string_view rest = line.substr(offset);
  std::size_t end = rest.find(' ');
  // The graph term is followed by " ." and holds no space unless it is a
  // literal, which a graph name cannot be.
  return rest.substr(0, end);
}

// Opens a temporary sort file with a stdio buffer of its own; `failure` names
// what could not be done.
std::FILE* open_buffered(const std::filesystem::path& path, const char* mode, std::size_t buffer_size,
                         std::unique_ptr<char[]>& buffer, const char* failure) {
  std::FILE* file = std::fopen(path.c_str(), mode);
  if (!file) throw Error(Status::io_error, failure, {path.string(), 0});
  buffer.reset(new char[buffer_size]);
  std::setvbuf(file, buffer.get(), _IOFBF, buffer_size);
  return file;
}

class RunWriter {
 public:
  RunWriter(const std::filesystem::path& path, std::size_t buffer_size)
      : path_(path), file_(open_buffered(path, "wb", buffer_size, buffer_, "cannot create a temporary sort file")) {}
  ~RunWriter() {
    if (file_) std::fclose(file_);
  }
  RunWriter(const RunWriter&) = delete;
  RunWriter& operator=(const RunWriter&) = delete;
  void write(std::string_view line) {
    if (std::fwrite(line.data(), 1, line.size(), file_) != line.size() || std::fputc('\n', file_) == EOF)
      fail();
  }
  void close() {
    int status = std::fclose(file_);
    file_ = nullptr;
    if (status != 0) fail();
  }

 private:
  [[noreturn]] void fail() {
    throw Error(Status::io_error, "cannot write a temporary sort file (disk full? see --temp-dir)",
                {path_.string(), 0});
  }
  std::filesystem::path path_;
  std::unique_ptr<char[]> buffer_;  // before file_: open_buffered fills it
  std::FILE* file_ = nullptr;
};

class RunReader {
 public:
  RunReader(const std::filesystem::path& path, std::size_t buffer_size)
      : path_(path), file_(open_buffered(path, "rb", buffer_size, buffer_, "cannot open a temporary sort file")) {}
  ~RunReader() {
    std::free(line_);
    if (file_) std::fclose(file_);
  }
  RunReader(const RunReader&) = delete;
  RunReader& operator=(const RunReader&) = delete;

  // Reads the next line; false at the end.
  bool next() {
    ssize_t length = ::getline(&line_, &capacity_, file_);
    if (length < 0) {
      if (std::ferror(file_))
        throw Error(Status::io_error, "cannot read a temporary sort file", {path_.string(), 0});
      return false;
    }
    if (length > 0 && line_[length - 1] == '\n') --length;
    current_ = std::string_view(line_, static_cast<std::size_t>(length));
    graph_ = graph_of_line(current_);
    return true;
  }
  std::string_view line() const { return current_; }
  std::string_view graph() const { return graph_; }

 private:
  std::filesystem::path path_;
  std::unique_ptr<char[]> buffer_;  // before file_: open_buffered fills it
  std::FILE* file_ = nullptr;
  char* line_ = nullptr;
  std::size_t capacity_ = 0;
  std::string_view current_;
  std::string_view graph_;
};

}  // namespace

ExternalSorter::ExternalSorter(std::filesystem::path directory, std::size_t memory_bytes)
    : directory_(std::move(directory)),
      memory_bytes_(std::max<std::size_t>(memory_bytes, 64 * 1024) / entry_size * entry_size) {}

ExternalSorter::~ExternalSorter() {
  std::error_code ignored;
  for (const auto& run : runs_) std::filesystem::remove(run, ignored);
}

std::filesystem::path ExternalSorter::new_run_path() {
  char name[32];
  std::snprintf(name, sizeof name, "run-%06zu.nq", next_run_++);
  return directory_ / name;
}

void ExternalSorter::add(std::string_view line) {
  ++added_;
  if (!block_) block_.reset(new char[memory_bytes_]);  // untouched pages cost nothing until used
  if (text_used_ + line.size() + (entries_ + 1) * entry_size > memory_bytes_) {
    flush_run();
    if (line.size() + entry_size > memory_bytes_) {
      // A line larger than the whole block is a run of its own.
      auto path = new_run_path();
      RunWriter writer(path, 64 * 1024);
      writer.write(line);
      writer.close();
      runs_.push_back(path);
      ++runs_written_;
      return;
    }
  }
  std::copy(line.begin(), line.end(), block_.get() + text_used_);
  Entry* entry = reinterpret_cast<Entry*>(block_.get() + memory_bytes_) - (entries_ + 1);
  entry->offset = text_used_;
  entry->length = static_cast<std::uint32_t>(line.size());
  entry->graph_offset = graph_offset_in(line);
  text_used_ += line.size();
  ++entries_;
}

void ExternalSorter::flush_run() {
  if (entries_ == 0) return;
  Entry* first = reinterpret_cast<Entry*>(block_.get() + memory_bytes_) - entries_;
  Entry* last = first + entries_;
  const char* text = block_.get();
  auto view = [text](const Entry& e) { return std::string_view(text + e.offset, e.length); };
  auto graph = [&view](const Entry& e) { return graph_at(view(e), e.graph_offset); };
  std::sort(first, last, [&](const Entry& a, const Entry& b) {
    return line_less(graph(a), view(a), graph(b), view(b));
  });
  auto path = new_run_path();
  RunWriter writer(path, 1 << 20);
  std::string_view previous;
  bool any = false;
  for (Entry* e = first; e != last; ++e) {
    std::string_view line = view(*e);
    if (any && line == previous) continue;
    writer.write(line);
    previous = line;
    any = true;
  }
  writer.close();
  runs_.push_back(path);
  ++runs_written_;
  text_used_ = 0;
  entries_ = 0;
}

void ExternalSorter::merge(const std::function<void(std::string_view)>& visit) {
  if (runs_.empty()) {
    // Everything fit in memory: sort it there.
    if (entries_ == 0) return;
    Entry* first = reinterpret_cast<Entry*>(block_.get() + memory_bytes_) - entries_;
    Entry* last = first + entries_;
    const char* text = block_.get();
    auto view = [text](const Entry& e) { return std::string_view(text + e.offset, e.length); };
    auto graph = [&view](const Entry& e) { return graph_at(view(e), e.graph_offset); };
    std::sort(first, last, [&](const Entry& a, const Entry& b) {
      return line_less(graph(a), view(a), graph(b), view(b));
    });
    std::string_view previous;
    bool any = false;
    for (Entry* e = first; e != last; ++e) {
      std::string_view line = view(*e);
      if (any && line == previous) continue;
      visit(line);
      previous = line;
      any = true;
    }
    block_.reset();
    entries_ = text_used_ = 0;
    return;
  }
  flush_run();
  block_.reset();  // the merge needs only read buffers
  // Merge in rounds while there are more runs than can be open at once.
  while (runs_.size() > max_fan_in) {
    std::vector<std::filesystem::path> group(runs_.begin(), runs_.begin() + max_fan_in);
    runs_.erase(runs_.begin(), runs_.begin() + max_fan_in);
    auto path = new_run_path();
    {
      RunWriter writer(path, 1 << 20);
      merge_runs(group, [&writer](std::string_view line) { writer.write(line); });
      writer.close();
    }
    std::error_code ignored;
    for (const auto& run : group) std::filesystem::remove(run, ignored);
    runs_.push_back(path);
    ++runs_written_;
  }
  merge_runs(runs_, visit);
  std::error_code ignored;
  for (const auto& run : runs_) std::filesystem::remove(run, ignored);
  runs_.clear();
}

void ExternalSorter::merge_runs(const std::vector<std::filesystem::path>& runs,
                                const std::function<void(std::string_view)>& visit) {
  // Read buffers share the memory budget: between 64 KiB and 4 MiB each.
  std::size_t buffer = std::clamp<std::size_t>(memory_bytes_ / (runs.size() + 1), 64 * 1024, 4 << 20);
  std::vector<std::unique_ptr<RunReader>> readers;
  for (const auto& run : runs) readers.push_back(std::make_unique<RunReader>(run, buffer));
  auto greater = [&readers](std::size_t a, std::size_t b) {
    return line_less(readers[b]->graph(), readers[b]->line(), readers[a]->graph(), readers[a]->line());
  };
  std::priority_queue<std::size_t, std::vector<std::size_t>, decltype(greater)> heap(greater);
  for (std::size_t i = 0; i < readers.size(); ++i)
    if (readers[i]->next()) heap.push(i);
  std::string previous;
  bool any = false;
  while (!heap.empty()) {
    std::size_t i = heap.top();
    heap.pop();
    std::string_view line = readers[i]->line();
    if (!any || line != previous) {
      visit(line);
      previous.assign(line);
      any = true;
    }
    if (readers[i]->next()) heap.push(i);
  }
}

}  // namespace newskg::merge
