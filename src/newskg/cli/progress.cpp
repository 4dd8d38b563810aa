#include "newskg/cli/progress.hpp"

#include <cstdio>

namespace newskg::cli {

void ProgressLine::update(std::size_t count, const char* noun, std::uint64_t bytes_done, std::uint64_t bytes_total) {
  auto now = std::chrono::steady_clock::now();
  if (now - last_ < std::chrono::milliseconds(200)) return;
  last_ = now;
  double seconds = std::chrono::duration<double>(now - start_).count();
  double mb = static_cast<double>(bytes_done) / 1e6;
  double rate = seconds > 0 ? mb / seconds : 0;
  char line[160];
  int length = std::snprintf(line, sizeof line, "\r%zu %s", count, noun);
  if (bytes_total > 0) {
    double total = static_cast<double>(bytes_total) / 1e6;
    double left = rate > 0 && total > mb ? (total - mb) / rate : 0;
    std::snprintf(line + length, sizeof line - static_cast<std::size_t>(length),
                  ", %.1f/%.1f MB, %.1f MB/s, %d:%02d left  ", mb, total, rate, static_cast<int>(left) / 60,
                  static_cast<int>(left) % 60);
  } else {
    std::snprintf(line + length, sizeof line - static_cast<std::size_t>(length), ", %.1f MB, %.1f MB/s  ", mb, rate);
  }
  err_ << line << std::flush;
  shown_ = true;
}

void ProgressLine::clear() {
  if (shown_) err_ << "\r" << std::string(79, ' ') << "\r" << std::flush;
  shown_ = false;
  last_ = {};  // redrawn at the next update
}

void TerminalDiagnostics::report(const Diagnostic& diagnostic) {
  if (diagnostic.severity == Severity::warning && ++seen_[diagnostic.message] > shown_per_message) {
    ++hidden_;
    return;
  }
  progress_.clear();
  out_.report(diagnostic);
}

void TerminalDiagnostics::summary(std::ostream& err) const {
  if (hidden_ == 0) return;
  err << "newskg: " << hidden_ << (hidden_ == 1 ? " repeated warning" : " repeated warnings")
      << " not shown (each message is shown " << shown_per_message << " times):";
  std::size_t listed = 0;
  for (const auto& [message, count] : seen_)
    if (count > shown_per_message && listed++ < 5) err << "\n  " << count << " x " << message;
  err << '\n';
}

}  // namespace newskg::cli
