// Lexicons as data: RDF (SKOS labels) read with Serd from ontology/lexicon/*.ttl
// and from user files (--lexicon FILE.ttl), indexed for longest-match lookup
// over tokens. The embedded lexicons are read and indexed at build time
// (newskg-compile-lexicon) and used in place from the compiled image
// (lexicon/image.hpp); user lexicons are layered on top at run time.
#pragma once

#include <atomic>
#include <cstdint>
#include <memory>
#include <span>
#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

#include "newskg/lexicon/image.hpp"

namespace newskg::lexicon {

enum class EntryKind : std::uint8_t { person, organization, place, title, other };

using Strings = std::span<const std::string_view>;

// An entry of a built lexicon; the views point into the lexicon's image.
struct Entry {
  std::string_view id;            // the lexicon subject IRI
  EntryKind kind = EntryKind::other;
  Strings classes;                // rdf:type IRIs
  std::string_view label;         // skos:prefLabel
  Strings alt_labels;
  Strings same_as;
  Strings demonyms;
  Strings metonyms;
  Strings job_titles;
  std::string_view country;       // nkg:country / nkg:alpha2: "RU", or a bloc such as "EU"
  std::string_view acronym;
  std::string_view title_kind;    // titles only
  std::string_view category;      // org or place category where given
};

// An entry as read from Turtle, before the lexicon is built.
struct EntrySource {
  std::string id;
  EntryKind kind = EntryKind::other;
  std::vector<std::string> classes;
  std::string label;
  std::vector<std::string> alt_labels;
  std::vector<std::string> same_as;
  std::vector<std::string> demonyms;
  std::vector<std::string> metonyms;
  std::vector<std::string> job_titles;
  std::string country;
  std::string acronym;
  std::string title_kind;
  std::string category;
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
  Lexicon();
  ~Lexicon();
  Lexicon(Lexicon&&) noexcept;
  Lexicon& operator=(Lexicon&&) noexcept;

  // Reads Turtle lexicon text; `name` (a file name) is used in errors, which
  // are thrown as Error(bad_syntax) with the line.
  void add_turtle(std::string_view turtle, const std::string& name);
  void add_file(const std::string& path);
  // All embedded ontology/lexicon/*.ttl: the compiled image when the library
  // has one (without reading anything), else the Turtle sources.
  void add_embedded();
  // Builds the token index; call after the last add_*.
  void build();
  // The built lexicon in compiled form (a section of the lexicon image).
  std::string compile() const;

  // The views of an entry are made on first use, a block of entries at a
  // time (thread-safe): start-up does not pay for the entries it never reads.
  const Entry& entry(EntryId id) const {
    const Block& block = blocks_[id / block_size];
    if (!block.ready.load(std::memory_order_acquire)) make_block(id / block_size);
    return block.entries[id % block_size];
  }
  std::size_t size() const noexcept { return entry_count_; }
  // The entry of a country by ISO alpha-2 code, or nullptr.
  const Entry* country(std::string_view alpha2) const;
  EntryId id_of(const Entry& entry) const;

  // Longest match of `tokens[start...]`; returns the number of tokens matched
  // (0 for none) and fills `hits`. With `fold_case`, labels match whatever
  // the case of the text (for all-caps text and for titles).
  std::size_t longest_match(const std::vector<std::string_view>& tokens, std::size_t start, bool fold_case,
                            std::vector<LabelHit>& hits) const;

 private:
  struct Sources;
  // One token index: a trie whose edges are a hash table keyed by (parent, token key).
  struct Trie {
    struct Node {
      std::uint32_t first_hit, hit_count;
    };
    struct Edge {
      std::uint32_t parent, child;
      image::Ref key;
    };
    std::span<const Node> nodes;
    std::span<const LabelHit> hits;
    std::span<const Edge> edges;
    std::span<const image::Slot> slots;
    // The child of `node` by `key` (hashed as `key_hash`), or image::empty_row.
    std::uint32_t child(const image::Reader& reader, std::uint32_t node, std::string_view key,
                        std::uint32_t key_hash) const noexcept;
  };
  struct CountryRow {
    image::Ref code;
    EntryId entry;
  };

  // Entry views, made on first use by make_block().
  static constexpr std::uint32_t block_size = 256;
  struct Block {
    std::atomic<bool> ready{false};
    std::unique_ptr<Entry[]> entries;
    std::vector<std::string_view> items;  // the items of the block's lists
  };

  Sources& sources();
  void attach(std::string_view section);
  void make_block(std::uint32_t block) const;
  std::size_t walk(const std::vector<std::string_view>& tokens, std::size_t start, bool folded,
                   std::vector<LabelHit>& hits) const;

  std::unique_ptr<Sources> sources_;          // entries being added, until build()
  std::shared_ptr<const std::string> owned_;  // the compiled bytes when built at run time
  std::string_view section_;
  image::Reader reader_;
  std::uint32_t entry_count_ = 0;
  std::uint32_t items_at_ = 0;  // where the image's item rows begin
  std::unique_ptr<Block[]> blocks_;
  Trie exact_;   // case as written, apostrophes unified
  Trie folded_;  // upper-cased
  std::span<const CountryRow> countries_;  // by code
  bool built_ = false;
};

// The token key used by the index: apostrophes unified; upper-cased when folded.
std::string token_key(std::string_view token, bool fold_case);
// The same, into `key`; returns the key, which may be `token` itself (no copy
// for ASCII text as written).
std::string_view token_key(std::string_view token, bool fold_case, std::string& key);

}  // namespace newskg::lexicon
