#include "newskg/rdf/term.hpp"

#include "newskg/error.hpp"

namespace newskg::rdf {

bool is_writable_iri(std::string_view iri) noexcept {
  // An absolute IRI: a scheme, then characters IRIREF allows (RDF 1.1 Turtle).
  std::size_t colon = iri.find(':');
  if (colon == 0 || colon == std::string_view::npos) return false;
  for (std::size_t i = 0; i < colon; ++i) {
    char c = iri[i];
    bool alpha = (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
    bool digit = c >= '0' && c <= '9';
    if (!alpha && (i == 0 || !(digit || c == '+' || c == '-' || c == '.'))) return false;
  }
  for (unsigned char c : iri) {
    if (c <= 0x20) return false;
    switch (c) {
      case '<': case '>': case '"': case '{': case '}':
      case '|': case '^': case '`': case '\\':
        return false;
      default: break;
    }
  }
  return true;
}

namespace {

bool is_language_tag(std::string_view tag) {
  // BCP 47 shape as Turtle's LANGTAG: [a-zA-Z]+ ('-' [a-zA-Z0-9]+)*
  if (tag.empty()) return false;
  bool first = true;
  std::size_t run = 0;
  for (char c : tag) {
    bool alpha = (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
    bool digit = c >= '0' && c <= '9';
    if (c == '-') {
      if (run == 0) return false;
      first = false;
      run = 0;
    } else if (alpha || (digit && !first)) {
      ++run;
    } else {
      return false;
    }
  }
  return run > 0;
}

bool is_blank_label(std::string_view label) {
  if (label.empty()) return false;
  for (unsigned char c : label) {
    bool ok = (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') ||
              c == '_' || c == '-' || c >= 0x80;
    if (!ok) return false;
  }
  return true;
}

void check_node(const Term& term, std::string_view role, bool literal_allowed) {
  auto fail = [&](std::string why) {
    throw Error(Status::bad_argument, std::string(role) + " " + why);
  };
  switch (term.kind) {
    case TermKind::none: fail("is missing"); break;
    case TermKind::iri:
      if (!is_writable_iri(term.value)) fail("is not a writable absolute IRI: <" + term.value + ">");
      break;
    case TermKind::blank:
      if (!is_blank_label(term.value)) fail("has a bad blank node label: _:" + term.value);
      break;
    case TermKind::literal:
      if (!literal_allowed) fail("may not be a literal: \"" + term.value + "\"");
      if (!term.datatype.empty() && !term.language.empty())
        fail("has both a datatype and a language tag");
      if (!term.datatype.empty() && !is_writable_iri(term.datatype))
        fail("has a bad datatype IRI: <" + term.datatype + ">");
      if (!term.language.empty() && !is_language_tag(term.language))
        fail("has a bad language tag: @" + term.language);
      break;
  }
}

}  // namespace

void check_quad(const Quad& quad) {
  if (!quad.graph.is_none()) check_node(quad.graph, "graph", false);
  check_node(quad.subject, "subject", false);
  if (!quad.predicate.is_iri()) throw Error(Status::bad_argument, "predicate must be an IRI");
  check_node(quad.predicate, "predicate", false);
  check_node(quad.object, "object", true);
}

}  // namespace newskg::rdf
