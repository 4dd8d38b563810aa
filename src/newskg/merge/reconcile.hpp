// Entity reconciliation across articles: which entity IRIs name the same
// person, organization or place, decided from the small per-entity table of
// names (schema:name, schema:alternateName), types and schema:sameAs links
// gathered over all inputs. Pure functions over that table; no RDF here.
//
// Rules, applied in this order, always within one type family (the set of
// schema:Person / schema:Organization / schema:Place families an entity is
// typed with must be equal):
//   "shared sameAs"  the entities share a schema:sameAs IRI (e.g. a Wikidata item).
//   "shared name"    the entities share a name form (case, punctuation, a
//                    leading "the" ignored) and every entity carrying that
//                    form is compatible with every other (below); one short
//                    name carried by two different full names ("Assad" by
//                    Bashar Assad and Hafez Assad) merges nothing.
//   "surname"        a person's one-word name is the last word of the
//                    multi-word names of exactly one other group of persons.
//   "acronym"        an organization's one-word name written in capitals
//                    (NATO) is the initials of the multi-word names of exactly
//                    one other group of organizations (North Atlantic Treaty
//                    Organization; "of", "the", "and"... may be skipped).
// Every merge also requires that no entity of one group conflicts with one of
// the other: two entities conflict when both have schema:sameAs links and
// none in common, or when both have multi-word fullest names that disagree
// (neither carries the other's, and neither is the other's words in order with
// the same last word, nor its acronym): "Vladimir Putin" and "Igor Putin" are
// never merged through a chain of short names.
// The survivor of a group is the entity with the longest name (in code
// points), ties broken by the smaller IRI.
#pragma once

#include <functional>
#include <map>
#include <set>
#include <string>
#include <string_view>
#include <vector>

#include "newskg/rdf/term.hpp"

namespace newskg::merge {

// Type families (bits): an entity may have more than one.
enum Family : unsigned { family_person = 1, family_organization = 2, family_place = 4 };

// The family of an rdf:type IRI (schema:Person, schema:Organization and its
// subclasses newskg writes, schema:Place, schema:Country...), or 0.
unsigned family_of_type(std::string_view type_iri);

struct EntityRecord {
  std::string iri;
  unsigned families = 0;
  std::set<std::string> names;            // schema:name values, as written
  std::set<std::string> alternate_names;  // schema:alternateName values
  std::set<std::string> same_as;          // schema:sameAs IRIs
};

// One line of the merge report: `merged` IRIs now written as `kept`.
struct MergeGroup {
  std::string kept;
  std::vector<std::string> merged;  // sorted
  std::string reason;               // "shared sameAs" | "shared name" | "surname" | "acronym" | "same meeting"
  std::vector<std::string> names;   // names of kept and merged, as written, sorted
};

// Groups of entities to merge; entities without a family are ignored. The
// result is sorted by kept IRI, then by rule order. A group whose members
// joined by several rules gives one MergeGroup per rule (each merged IRI is
// listed under the rule that attached it).
std::vector<MergeGroup> reconcile_entities(const std::vector<EntityRecord>& entities);

// A meeting node (a nkg:Meeting) as its statements describe it.
struct MeetingRecord {
  std::string iri;
  std::set<rdf::Term> kinds;      // nkg:meetingKind
  std::set<rdf::Term> attendees;  // schema:attendee
  std::set<rdf::Term> dates;      // schema:startDate
  std::set<rdf::Term> places;     // schema:location
};

// Meetings whose kinds, attendees, dates and places are identical once
// `rewrite` (old IRI -> surviving IRI, or none) is applied: the smallest IRI
// survives. Meetings without attendees are left alone.
std::vector<MergeGroup> reconcile_meetings(const std::vector<MeetingRecord>& meetings,
                                           const std::map<std::string, std::string>& rewrite);

// Merged-away IRI -> surviving IRI, for every group.
std::map<std::string, std::string> rewrite_map(const std::vector<MergeGroup>& groups);

// The form names are compared in: lower case, '.' and apostrophes dropped,
// other punctuation a space, a leading "the" dropped. "The U.S. Army" -> "us army".
std::string name_form(std::string_view name);

// Initials of a multi-word name, with and without small words (of, the, and,
// for, in...): "Organization for Security and Co-operation in Europe" ->
// {"ofsacie", "osce"} (lower case; a hyphenated word gives one letter).
std::set<std::string> name_initials(std::string_view name);

}  // namespace newskg::merge
