#pragma once

#include <memory>
#include <ostream>
#include <string>
#include <string_view>

#include "newskg/rdf/sink.hpp"

namespace newskg::rdf {

// Compact JSON-LD through RapidJSON's SAX Writer. `context_json` is a JSON
// document {"@context": {prefix: IRI, ...}} holding prefix definitions only;
// keys and types are written as compact IRIs with those prefixes. With
// `context_url` non-empty the document references that URL instead of
// embedding the context (it must serve the same context).
// Quads of one subject in one graph must arrive together (one node object each).
std::unique_ptr<QuadSink> make_jsonld_writer(std::ostream& out, std::string_view context_json,
                                             std::string context_url = {});

// The context shipped in ontology/context.jsonld, embedded at build.
std::string_view embedded_context();

}  // namespace newskg::rdf
