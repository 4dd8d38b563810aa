// One statement as one N-Quads line, written and read back by the merge's
// external sort. The form is canonical (one spelling per statement: literals
// typed xsd:string are written plain, every control character escaped), so two
// statements are equal exactly when their lines are equal, and a byte-wise
// sort of the lines groups them as the writers want them.
#pragma once

#include <string>
#include <string_view>

#include "newskg/rdf/term.hpp"

namespace newskg::merge {

// Appends `term` in N-Quads syntax (<iri>, _:label, "literal"@lang, "literal"^^<dt>).
void append_term(const rdf::Term& term, std::string& line);

// Appends the N-Quads line of `quad`, without the final newline:
// "S P O ." for the default graph, "S P O G ." for a named graph.
void append_quad(const rdf::Quad& quad, std::string& line);
std::string quad_line(const rdf::Quad& quad);

// The graph term of a line written by append_quad ("" for the default graph),
// a view into `line`. Throws Error(bad_syntax) on a line it cannot read.
std::string_view graph_of_line(std::string_view line);

// Reads back a line written by append_quad (also general N-Quads without
// escapes inside IRIs). Throws Error(bad_syntax).
rdf::Quad parse_quad_line(std::string_view line);

// Sort order of the external sort: by graph ("" first), then by the whole
// line, so that each graph's statements are together, subject by subject.
inline bool line_less(std::string_view a_graph, std::string_view a, std::string_view b_graph,
                      std::string_view b) {
  int by_graph = a_graph.compare(b_graph);
  return by_graph != 0 ? by_graph < 0 : a < b;
}

}  // namespace newskg::merge
