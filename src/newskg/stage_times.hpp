// Opt-in CPU time per pipeline stage, for the benchmark (bench/run
// --stage-times): set NEWSKG_STAGE_TIMES=1 and newskg extract prints, at the
// end, the CPU seconds each stage took summed over all threads. When the
// variable is unset a timer costs one predictable branch.
#pragma once

#include <cstdint>
#include <ostream>

namespace newskg::stages {

enum class Stage : unsigned { ingest, text, syntax, recognition, events, graph, write, count };

// Whether NEWSKG_STAGE_TIMES is set (read once).
bool enabled() noexcept;
// This thread's CPU time, nanoseconds.
std::uint64_t thread_cpu_ns() noexcept;
void add(Stage stage, std::uint64_t nanoseconds) noexcept;

// Times its scope (this thread's CPU time) into `stage`.
class Timer {
 public:
  explicit Timer(Stage stage) noexcept : stage_(stage), start_(enabled() ? thread_cpu_ns() : 0) {}
  ~Timer() {
    if (start_ != 0) add(stage_, thread_cpu_ns() - start_);
  }
  Timer(const Timer&) = delete;
  Timer& operator=(const Timer&) = delete;

 private:
  Stage stage_;
  std::uint64_t start_;
};

// Times consecutive stages of one scope: next() closes one and opens another.
class Lap {
 public:
  explicit Lap(Stage stage) noexcept : stage_(stage), start_(enabled() ? thread_cpu_ns() : 0) {}
  void next(Stage stage) noexcept {
    if (start_ != 0) {
      std::uint64_t now = thread_cpu_ns();
      add(stage_, now - start_);
      start_ = now;
    }
    stage_ = stage;
  }
  ~Lap() {
    if (start_ != 0) add(stage_, thread_cpu_ns() - start_);
  }
  Lap(const Lap&) = delete;
  Lap& operator=(const Lap&) = delete;

 private:
  Stage stage_;
  std::uint64_t start_;
};

// One line: "newskg: stage CPU seconds: ingest 0.012 text 0.104 ..." (stages
// that never ran are left out).
void report(std::ostream& out);

}  // namespace newskg::stages
