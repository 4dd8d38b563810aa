// Lexicons as data: RDF (SKOS labels) read with Serd from ontology/lexicon/*.ttl
// (embedded at build) and from user files (--lexicon FILE.ttl), indexed for
// longest-match lookup over tokens.
#pragma once

#include <cstdint>
#include <memory>
#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

namespace newskg::lexicon {

enum class EntryKind : std::uint8_t { person, organization, place, title, other };

struct Entry {
  std::string id;                 // the lexicon subject IRI
  EntryKind kind = EntryKind::other;
  std::vector<std::string> classes;  // rdf:type IRIs
  std::string label;              // skos:prefLabel
  std::vector<std::string> alt_labels;
  std::vector<std::string> same_as;
  std::vector<std::string> demonyms;
  std::vector<std::string> metonyms;
  std::vector<std::string> job_titles;
  std::string country;            // nkg:country / nkg:alpha2: "RU", or a bloc such as "EU"
  std::string acronym;
  std::string title_kind;         // titles only
  std::string category;           // org or place category where given
};

using EntryId = std::uint32_t;

// How a surface form names its entry.
enum class LabelRole : std::uint8_t { preferred, alternative, acronym, demonym };

struct LabelHit {
  EntryId entry;
  LabelRole role;
};

class Lexicon {
 public:
  // Reads Turtle lexicon text; `name` (a file name) is used in errors, which
  // are thrown as Error(bad_syntax) with the line.
  void add_turtle(std::string_view turtle, const std::string& name);
  void add_file(const std::string& path);
  // All embedded ontology/lexicon/*.ttl.
  void add_embedded();
  // Builds the token index; call after the last add_*.
  void build();

  const Entry& entry(EntryId id) const { return entries_[id]; }
  std::size_t size() const noexcept { return entries_.size(); }
  // The entry of a country by ISO alpha-2 code, or nullptr.
  const Entry* country(std::string_view alpha2) const;
  EntryId id_of(const Entry& entry) const { return static_cast<EntryId>(&entry - entries_.data()); }

  // Longest match of `tokens[start...]`; returns the number of tokens matched
  // (0 for none) and fills `hits`. With `fold_case`, labels match whatever
  // the case of the text (for all-caps text and for titles).
  std::size_t longest_match(const std::vector<std::string_view>& tokens, std::size_t start, bool fold_case,
                            std::vector<LabelHit>& hits) const;

 private:
  struct Node {
    std::unordered_map<std::string, std::uint32_t> children;
    std::vector<LabelHit> hits;
  };
  void index_label(std::string_view label, LabelHit hit);
  std::size_t walk(const std::vector<std::string_view>& tokens, std::size_t start, bool folded,
                   std::vector<LabelHit>& hits) const;

  std::vector<Entry> entries_;
  std::unordered_map<std::string, EntryId> by_id_;
  std::unordered_map<std::string, EntryId> countries_;
  std::vector<Node> exact_{1};   // case as written, apostrophes unified
  std::vector<Node> folded_{1};  // upper-cased
  bool built_ = false;
};

// The token key used by the index: apostrophes unified; upper-cased when folded.
std::string token_key(std::string_view token, bool fold_case);

}  // namespace newskg::lexicon
