// An external sort of N-Quads lines with duplicate removal, in bounded memory:
// lines are gathered in one block of at most `memory_bytes` (text from the
// front, a 16-byte index entry per line from the back); a full block is sorted
// and written as a run file (itself a valid N-Quads file, duplicates already
// dropped); at the end the runs are merged k ways (at most 64 at once, in
// rounds when there are more) and each distinct line is handed on once.
// Memory: the block, then during the merge one read buffer per open run.
#pragma once

#include <cstddef>
#include <cstdint>
#include <filesystem>
#include <functional>
#include <memory>
#include <string>
#include <string_view>
#include <vector>

namespace newskg::merge {

class ExternalSorter {
 public:
  // Run files go to `directory` (which must exist; the sorter removes its files).
  ExternalSorter(std::filesystem::path directory, std::size_t memory_bytes);
  ~ExternalSorter();
  ExternalSorter(const ExternalSorter&) = delete;
  ExternalSorter& operator=(const ExternalSorter&) = delete;

  // One statement line as merge/nquads_line.hpp writes it, without newline.
  void add(std::string_view line);

  // Calls `visit` once for each distinct line, in line_less order. Call once.
  void merge(const std::function<void(std::string_view line)>& visit);

  std::size_t lines_added() const noexcept { return added_; }
  std::size_t runs_written() const noexcept { return runs_written_; }

 private:
  struct Entry {
    std::uint64_t offset;
    std::uint32_t length;
    std::uint32_t graph_offset;  // graph term within the line; == length: default graph
  };

  void flush_run();
  std::filesystem::path new_run_path();
  void merge_runs(const std::vector<std::filesystem::path>& runs,
                  const std::function<void(std::string_view)>& visit);

  std::filesystem::path directory_;
  std::size_t memory_bytes_;
  std::unique_ptr<char[]> block_;
  std::size_t text_used_ = 0;
  std::size_t entries_ = 0;
  std::vector<std::filesystem::path> runs_;
  std::size_t added_ = 0;
  std::size_t runs_written_ = 0;
  std::size_t next_run_ = 0;
};

}  // namespace newskg::merge
