// 128 bits standing for a statement, and a compact set of them: what the
// exporter remembers of the statements it wrote, to write each one once,
// without keeping their text.
#pragma once

#include <cstdint>
#include <string_view>
#include <vector>

#include "newskg/rdf/term.hpp"

namespace newskg::rdf {

// Two independent 64-bit hashes, so that a collision (which would drop a
// statement) is out of reach. Never {0, 0}: that marks a free slot of KeySet.
struct StatementKey {
  std::uint64_t a = 0, b = 0;
  friend bool operator==(const StatementKey&, const StatementKey&) = default;
};

// Builds a key from the pieces of a statement, each piece given whole (the
// key of "ab"+"c" differs from that of "a"+"bc").
class KeyBuilder {
 public:
  KeyBuilder& add(std::string_view piece) noexcept;
  KeyBuilder& add(const Term& term) noexcept;
  StatementKey key() const noexcept;

 private:
  std::uint64_t a_ = 0x9e3779b97f4a7c15ULL, b_ = 0xc2b2ae3d27d4eb4fULL;
};

// The key of one line of N-Triples or N-Quads (or any text).
StatementKey key_of(std::string_view text) noexcept;
// The key of a quad's terms, its graph name left out unless `with_graph`.
StatementKey key_of(const Quad& quad, bool with_graph) noexcept;

// Open addressing over a flat array of keys (16 bytes a slot, at most 5/8
// full): about a tenth of what an unordered_set of the statements' text takes.
class KeySet {
 public:
  // True when `key` was not in the set (it is now).
  bool insert(StatementKey key);
  std::size_t size() const noexcept { return size_; }
  void clear() noexcept;

 private:
  void grow();
  std::vector<StatementKey> slots_;
  std::size_t size_ = 0;
};

}  // namespace newskg::rdf
