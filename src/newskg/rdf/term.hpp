// RDF terms and quads as plain values. newskg's own graphs never hold blank
// nodes; the writers still pass them through so that they are general RDF writers.
#pragma once

#include <iterator>
#include <string>
#include <string_view>

namespace newskg::rdf {

enum class TermKind { none, iri, blank, literal };

struct Term {
  TermKind kind = TermKind::none;
  std::string value;     // the IRI, or the literal's lexical form
  std::string datatype;  // literal only; empty means xsd:string (or rdf:langString with language)
  std::string language;  // literal only

  static Term iri(std::string value) { return {TermKind::iri, std::move(value), {}, {}}; }
  static Term blank(std::string label) { return {TermKind::blank, std::move(label), {}, {}}; }
  static Term literal(std::string value) { return {TermKind::literal, std::move(value), {}, {}}; }
  static Term typed(std::string value, std::string datatype) {
    return {TermKind::literal, std::move(value), std::move(datatype), {}};
  }
  static Term lang(std::string value, std::string language) {
    return {TermKind::literal, std::move(value), {}, std::move(language)};
  }

  bool is_iri() const noexcept { return kind == TermKind::iri; }
  bool is_blank() const noexcept { return kind == TermKind::blank; }
  bool is_literal() const noexcept { return kind == TermKind::literal; }
  bool is_none() const noexcept { return kind == TermKind::none; }

  friend bool operator==(const Term&, const Term&) = default;
  friend auto operator<=>(const Term&, const Term&) = default;
};

// A statement; `graph` none means the default graph.
struct Quad {
  Term graph;
  Term subject;
  Term predicate;
  Term object;

  friend bool operator==(const Quad&, const Quad&) = default;
  friend auto operator<=>(const Quad&, const Quad&) = default;
};

// Throws Error(bad_argument) for a quad no syntax can hold: a literal or empty
// subject, a non-IRI predicate, a literal graph, a blank label that is not a
// plain name, an empty IRI, an IRI with characters that cannot be
// written, a literal with both a datatype and a language, a malformed language tag.
void check_quad(const Quad& quad);

// check_quad's checks of the term in one place of a quad (a graph may be
// none): a writer that has checked a term once may skip it when it returns.
enum class Place { graph, subject, predicate, object };
void check_term(const Term& term, Place place);

// check_quad over a stream of statements, where a statement's graph and
// subject are mostly the last one's and its predicate, class or datatype one
// of a few dozen: those are checked when they change, not again.
class QuadChecker {
 public:
  void check(const Quad& quad);

 private:
  // The IRI's slot in iris_: picked by its length and last byte.
  std::string& slot(const std::string& iri) noexcept {
    return iris_[(iri.size() * 31 + static_cast<unsigned char>(iri.back())) % std::size(iris_)];
  }
  bool started_ = false;
  Term graph_, subject_;   // the last statement's, checked
  std::string iris_[64];  // predicates, object IRIs and datatypes checked, each in its slot
};

// True when `iri` is absolute and every character may appear in an IRIREF.
bool is_writable_iri(std::string_view iri) noexcept;

}  // namespace newskg::rdf
