#include "newskg/rdf/term.hpp"

#include <array>

#include "newskg/error.hpp"

namespace newskg::rdf {

namespace {
// Bytes IRIREF forbids: controls, space, <>"{}|^`\ (a table: this runs for every IRI written).
constexpr std::array<bool, 256> forbidden_in_iri = [] {
  std::array<bool, 256> table{};
  for (int c = 0; c <= 0x20; ++c) table[static_cast<std::size_t>(c)] = true;
  for (unsigned char c : std::string_view("<>\"{}|^`\\")) table[c] = true;
  return table;
}();
}  // namespace

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
  for (unsigned char c : iri)
    if (forbidden_in_iri[c]) return false;
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

// Turtle's PN_CHARS_BASE, PN_CHARS_U and PN_CHARS for one code point.
bool is_pn_chars_base(char32_t c) {
  return (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z') || (c >= 0xC0 && c <= 0xD6) ||
         (c >= 0xD8 && c <= 0xF6) || (c >= 0xF8 && c <= 0x2FF) || (c >= 0x370 && c <= 0x37D) ||
         (c >= 0x37F && c <= 0x1FFF) || (c >= 0x200C && c <= 0x200D) ||
         (c >= 0x2070 && c <= 0x218F) || (c >= 0x2C00 && c <= 0x2FEF) ||
         (c >= 0x3001 && c <= 0xD7FF) || (c >= 0xF900 && c <= 0xFDCF) ||
         (c >= 0xFDF0 && c <= 0xFFFD) || (c >= 0x10000 && c <= 0xEFFFF);
}
bool is_pn_chars_u(char32_t c) { return is_pn_chars_base(c) || c == '_'; }
bool is_pn_chars(char32_t c) {
  return is_pn_chars_u(c) || c == '-' || (c >= '0' && c <= '9') || c == 0xB7 ||
         (c >= 0x300 && c <= 0x36F) || (c >= 0x203F && c <= 0x2040);
}

// The next UTF-8 code point of `text` from `i` (advanced), or U+FFFFFFFF when malformed.
char32_t next_code_point(std::string_view text, std::size_t& i) {
  constexpr char32_t bad = 0xFFFFFFFF;
  auto lead = static_cast<unsigned char>(text[i++]);
  if (lead < 0x80) return lead;
  std::size_t extra = lead >= 0xF0 ? 3 : lead >= 0xE0 ? 2 : lead >= 0xC2 ? 1 : 0;
  if (extra == 0 || lead > 0xF4 || i + extra > text.size()) return bad;
  char32_t c = lead & (0x3F >> extra);
  for (std::size_t k = 0; k < extra; ++k) {
    auto next = static_cast<unsigned char>(text[i++]);
    if ((next & 0xC0) != 0x80) return bad;
    c = (c << 6) | (next & 0x3F);
  }
  constexpr char32_t smallest[] = {0, 0x80, 0x800, 0x10000};
  if (c < smallest[extra] || c > 0x10FFFF || (c >= 0xD800 && c <= 0xDFFF)) return bad;
  return c;
}

// A label every syntax can write as it is: Turtle's BLANK_NODE_LABEL without
// "_:", (PN_CHARS_U | [0-9]) ((PN_CHARS | '.')* PN_CHARS)?, which N-Triples,
// N-Quads and TriG share and JSON-LD accepts after "_:". (A leading '-', a
// trailing '.' or a character outside PN_CHARS would make the output unparsable;
// a '.' inside, as in _:b.0, is fine.)
bool is_blank_label(std::string_view label) {
  if (label.empty()) return false;
  std::size_t i = 0;
  char32_t c = next_code_point(label, i);
  if (!is_pn_chars_u(c) && !(c >= '0' && c <= '9')) return false;
  while (i < label.size()) {
    c = next_code_point(label, i);
    if (!is_pn_chars(c) && c != '.') return false;
  }
  return c != '.';
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

void check_term(const Term& term, Place place) {
  switch (place) {
    case Place::graph:
      if (!term.is_none()) check_node(term, "graph", false);
      break;
    case Place::subject: check_node(term, "subject", false); break;
    case Place::predicate:
      if (!term.is_iri()) throw Error(Status::bad_argument, "predicate must be an IRI");
      check_node(term, "predicate", false);
      break;
    case Place::object: check_node(term, "object", true); break;
  }
}

void QuadChecker::check(const Quad& quad) {
  bool same_graph = started_ && quad.graph == graph_;
  bool same_subject = same_graph && quad.subject == subject_;
  const Term& object = quad.object;
  // The IRI that makes the object what it is: its own, or a typed literal's
  // datatype (a literal's value needs no check).
  const std::string* object_iri = nullptr;
  if (object.is_iri()) object_iri = &object.value;
  else if (object.is_literal() && object.language.empty() && !object.datatype.empty()) object_iri = &object.datatype;
  auto known = [&](const std::string& iri) { return !iri.empty() && slot(iri) == iri; };
  bool known_predicate = quad.predicate.is_iri() && known(quad.predicate.value);
  bool known_object = object_iri && known(*object_iri);
  if (!same_graph) check_term(quad.graph, Place::graph);
  if (!same_subject) check_term(quad.subject, Place::subject);
  if (!known_predicate) check_term(quad.predicate, Place::predicate);
  if (!known_object) check_term(object, Place::object);
  started_ = true;
  if (!same_graph) graph_ = quad.graph;
  if (!same_subject) subject_ = quad.subject;
  if (!known_predicate) slot(quad.predicate.value) = quad.predicate.value;
  if (object_iri && !known_object) slot(*object_iri) = *object_iri;
}

void check_quad(const Quad& quad) {
  check_term(quad.graph, Place::graph);
  check_term(quad.subject, Place::subject);
  check_term(quad.predicate, Place::predicate);
  check_term(quad.object, Place::object);
}

}  // namespace newskg::rdf
