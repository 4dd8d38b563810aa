#include "newskg/error.hpp"

namespace newskg {

std::string_view status_name(Status status) noexcept {
  switch (status) {
    case Status::ok: return "ok";
    case Status::bad_input: return "bad input";
    case Status::bad_syntax: return "syntax error";
    case Status::bad_argument: return "bad argument";
    case Status::io_error: return "I/O error";
    case Status::internal: return "internal error";
  }
  return "unknown error";
}

namespace {
std::string prefix(const Location& where) {
  if (where.file.empty()) return {};
  std::string text = where.file;
  if (where.line > 0) text += ":" + std::to_string(where.line);
  return text + ": ";
}
}  // namespace

Error::Error(Status status, std::string message, Location where)
    : std::runtime_error(prefix(where) + message),
      status_(status),
      message_(std::move(message)),
      where_(std::move(where)) {}

std::string format_diagnostic(const Diagnostic& diagnostic) {
  return prefix(diagnostic.where) +
         (diagnostic.severity == Severity::warning ? "warning: " : "error: ") + diagnostic.message;
}

void StreamDiagnostics::report(const Diagnostic& diagnostic) {
  if (quiet_ && diagnostic.severity == Severity::warning) return;
  out_ << "newskg: " << format_diagnostic(diagnostic) << '\n';
}

}  // namespace newskg
