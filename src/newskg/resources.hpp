// Data files compiled into the library (ontology/context.jsonld, ontology/lexicon/*.ttl).
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

}  // namespace newskg
