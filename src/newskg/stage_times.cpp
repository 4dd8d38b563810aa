#include "newskg/stage_times.hpp"

#include <atomic>
#include <cstdio>
#include <cstdlib>
#include <ctime>

namespace newskg::stages {
namespace {

constexpr const char* names[] = {"ingest", "text", "syntax", "recognition", "events", "graph", "write"};
static_assert(std::size(names) == static_cast<std::size_t>(Stage::count));

std::atomic<std::uint64_t> totals[static_cast<std::size_t>(Stage::count)];
std::atomic<std::uint64_t> runs[static_cast<std::size_t>(Stage::count)];

}  // namespace

bool enabled() noexcept {
  static const bool on = [] {
    const char* value = std::getenv("NEWSKG_STAGE_TIMES");
    return value != nullptr && *value != '\0' && *value != '0';
  }();
  return on;
}

std::uint64_t thread_cpu_ns() noexcept {
  timespec now{};
  clock_gettime(CLOCK_THREAD_CPUTIME_ID, &now);
  return static_cast<std::uint64_t>(now.tv_sec) * 1'000'000'000u + static_cast<std::uint64_t>(now.tv_nsec) + 1;
}

void add(Stage stage, std::uint64_t nanoseconds) noexcept {
  totals[static_cast<std::size_t>(stage)].fetch_add(nanoseconds, std::memory_order_relaxed);
  runs[static_cast<std::size_t>(stage)].fetch_add(1, std::memory_order_relaxed);
}

void report(std::ostream& out) {
  out << "newskg: stage CPU seconds:";
  for (std::size_t i = 0; i < std::size(names); ++i) {
    if (runs[i].load() == 0) continue;
    char seconds[32];
    std::snprintf(seconds, sizeof seconds, "%.3f", static_cast<double>(totals[i].load()) / 1e9);
    out << ' ' << names[i] << ' ' << seconds;
  }
  out << '\n';
}

}  // namespace newskg::stages
