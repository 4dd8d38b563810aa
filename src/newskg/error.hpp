// One error type for the whole library, status first (as SerdStatus + serd_strerror).
#pragma once

#include <cstddef>
#include <ostream>
#include <stdexcept>
#include <string>
#include <string_view>

namespace newskg {

enum class Status {
  ok,
  bad_input,     // an article or file that cannot be read as asked (skip it, go on)
  bad_syntax,    // a data file (lexicon, JSON line, RDF) that does not parse
  bad_argument,  // the caller asked for something incoherent (usage error, bad term)
  io_error,      // reading or writing a file failed
  internal,
};

std::string_view status_name(Status status) noexcept;

// Where an error happened: a file (or "<stdin>"), an optional 1-based line.
struct Location {
  std::string file;
  std::size_t line = 0;
};

class Error : public std::runtime_error {
 public:
  Error(Status status, std::string message, Location where = {});

  Status status() const noexcept { return status_; }
  const Location& where() const noexcept { return where_; }
  const std::string& message() const noexcept { return message_; }

 private:
  Status status_;
  std::string message_;
  Location where_;
};

// Severity of a diagnostic: a warning never stops anything; an error skips one article.
enum class Severity { warning, error };

struct Diagnostic {
  Severity severity = Severity::warning;
  std::string message;
  Location where;
};

// "file:line: warning: message", the shape compilers and serdi use.
std::string format_diagnostic(const Diagnostic& diagnostic);

// Receives warnings and skipped-article errors; the CLI chooses where they go.
class DiagnosticSink {
 public:
  virtual ~DiagnosticSink() = default;
  virtual void report(const Diagnostic& diagnostic) = 0;
};

// Writes "newskg: file:line: warning: ..." lines to a stream (the CLI's
// standard error); with `quiet`, warnings are dropped and errors kept.
class StreamDiagnostics final : public DiagnosticSink {
 public:
  StreamDiagnostics(std::ostream& out, bool quiet) : out_(out), quiet_(quiet) {}
  void report(const Diagnostic& diagnostic) override;

 private:
  std::ostream& out_;
  bool quiet_;
};

// Drops everything; for callers that do not care.
class NullDiagnostics final : public DiagnosticSink {
 public:
  void report(const Diagnostic&) override {}
};

}  // namespace newskg
