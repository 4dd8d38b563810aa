// Reads back the JSON-LD newskg writes (rdf/jsonld_writer.cpp), streaming
// through RapidJSON's SAX reader, so memory holds one node object at a time:
//
//   {"@context": {prefix: IRI, ...} | "URL",
//    "@graph": [ {"@id": graph, "@graph": [node, ...]} | node, ... ]}
//
// A node is {"@id", "@type": IRI | [IRI...], key: value | [value...]}; keys,
// types and ids are compact IRIs "prefix:local" (a prefix of the context) or
// full IRIs, "_:label" a blank node; a value is a string (xsd:string), a
// number or boolean (xsd:integer, xsd:double, xsd:boolean), {"@id"},
// {"@value", "@type"} or {"@value", "@language"}; null is skipped.
// A @context given as a URL is taken to be newskg's own (ontology/context.jsonld).
// The @context must come before @graph, and a graph's @id before its @graph
// (as the writer puts them). Anything else JSON-LD allows (terms without a
// prefix, @vocab, @base, @reverse, @list, embedded nodes as values...) is
// refused with Error(bad_syntax) naming the file and line.
#pragma once

#include <string>
#include <string_view>

#include "newskg/rdf/sink.hpp"

namespace newskg::rdf {

// Pushes every statement of the JSON-LD file into `sink` (not finished).
// Blank node labels get `blank_prefix`. Throws Error with file and line.
void read_jsonld_file(const std::string& path, QuadSink& sink, const std::string& blank_prefix = {});

// The same for a document in memory; `name` is the file named in errors.
void read_jsonld(std::string_view text, const std::string& name, QuadSink& sink,
                 const std::string& blank_prefix = {});

}  // namespace newskg::rdf
