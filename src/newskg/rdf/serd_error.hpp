// Serd's error callbacks give a printf format and its arguments: this makes
// the message text, for the readers that turn it into an Error.
#pragma once

#include <serd/serd.h>

#include <string>

namespace newskg::rdf {

// The message without its trailing newline.
std::string serd_error_text(const SerdError& error);

}  // namespace newskg::rdf
