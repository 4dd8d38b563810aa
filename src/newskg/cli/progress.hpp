// What the commands show on a terminal while they run: one progress line
// ("\r1234 articles, 12.3/100.0 MB, 3.2 MB/s, 0:27 left"), cleared before any
// message, and warnings repeated many times shown a few times, then counted.
// Shared by extract and load.
#pragma once

#include <chrono>
#include <cstddef>
#include <cstdint>
#include <map>
#include <ostream>
#include <string>

#include "newskg/error.hpp"

namespace newskg::cli {

class ProgressLine {
 public:
  explicit ProgressLine(std::ostream& err) : err_(err), start_(std::chrono::steady_clock::now()) {}
  // "\rCOUNT NOUN, DONE/TOTAL MB, RATE MB/s, M:SS left" (without the total
  // and time left when bytes_total is 0); redrawn at most every 200 ms.
  void update(std::size_t count, const char* noun, std::uint64_t bytes_done, std::uint64_t bytes_total);
  void clear();

 private:
  std::ostream& err_;
  std::chrono::steady_clock::time_point start_, last_{};
  bool shown_ = false;
};

// Between a command and the terminal: clears the progress line before a
// message, and prints a warning repeated many times (the same text, wherever
// it arose) only the first few times; summary() tells how many were not shown.
class TerminalDiagnostics final : public DiagnosticSink {
 public:
  static constexpr std::size_t shown_per_message = 3;

  TerminalDiagnostics(DiagnosticSink& out, ProgressLine& progress) : out_(out), progress_(progress) {}
  void report(const Diagnostic& diagnostic) override;
  void summary(std::ostream& err) const;

 private:
  DiagnosticSink& out_;
  ProgressLine& progress_;
  std::map<std::string, std::size_t> seen_;
  std::size_t hidden_ = 0;
};

}  // namespace newskg::cli
