#include "newskg/rdf/serd_error.hpp"

#include <cstdarg>
#include <cstdio>

namespace newskg::rdf {

std::string serd_error_text(const SerdError& error) {
  char buffer[512];
  va_list args;
  va_copy(args, *error.args);
  std::vsnprintf(buffer, sizeof buffer, error.fmt, args);
  va_end(args);
  std::string text = buffer;
  while (!text.empty() && (text.back() == '\n' || text.back() == ' ')) text.pop_back();
  return text;
}

}  // namespace newskg::rdf
