// Data files compiled into the library (ontology/context.jsonld,
// ontology/boilerplate.txt) and the compiled lexicon image.
#pragma once

#include <optional>
#include <span>
#include <string_view>

namespace newskg {

struct EmbeddedFile {
  std::string_view path;  // relative to the source tree, e.g. "ontology/context.jsonld"
  std::string_view content;
};

std::span<const EmbeddedFile> embedded_files();
std::optional<std::string_view> embedded_file(std::string_view path);

// The lexicons and word lists compiled at build time (lexicon/image.hpp), or
// empty in newskg-compile-lexicon itself, which reads the sources
// (ontology/lexicon/*.ttl, ontology/words/*.txt) as embedded files instead.
std::string_view compiled_lexicon_image() noexcept;

}  // namespace newskg
