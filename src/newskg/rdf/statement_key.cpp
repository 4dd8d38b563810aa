#include "newskg/rdf/statement_key.hpp"

#include <cstring>

namespace newskg::rdf {
namespace {

// The high and low halves of a 128-bit product folded together (wyhash's
// mixer): every input bit reaches every output bit.
inline std::uint64_t fold(std::uint64_t x, std::uint64_t k) noexcept {
  __extension__ typedef unsigned __int128 u128;
  u128 product = static_cast<u128>(x) * k;
  return static_cast<std::uint64_t>(product) ^ static_cast<std::uint64_t>(product >> 64);
}

constexpr std::uint64_t k1 = 0xa0761d6478bd642fULL;
constexpr std::uint64_t k2 = 0xe7037ed1a0b428dbULL;
constexpr std::uint64_t k3 = 0x8ebc6af09c88c6e3ULL;
constexpr std::uint64_t k4 = 0x589965cc75374cc3ULL;

}  // namespace

KeyBuilder& KeyBuilder::add(std::string_view piece) noexcept {
  const char* p = piece.data();
  std::size_t n = piece.size();
  std::uint64_t a = a_, b = b_;
  while (n >= 8) {
    std::uint64_t word;
    std::memcpy(&word, p, 8);
    a = fold(a ^ word, k1);
    b = fold(b ^ word, k2);
    p += 8;
    n -= 8;
  }
  std::uint64_t tail = 0;
  std::memcpy(&tail, p, n);
  // The length ends the piece, so that pieces cannot run into each other.
  tail ^= static_cast<std::uint64_t>(piece.size()) << 56 ^ static_cast<std::uint64_t>(piece.size());
  a_ = fold(a ^ tail, k3);
  b_ = fold(b ^ tail ^ k1, k4);
  return *this;
}

KeyBuilder& KeyBuilder::add(const Term& term) noexcept {
  char kind = static_cast<char>('0' + static_cast<int>(term.kind));
  add(std::string_view(&kind, 1)).add(term.value);
  if (term.is_literal()) add(term.datatype).add(term.language);
  return *this;
}

StatementKey KeyBuilder::key() const noexcept {
  StatementKey key{a_, b_};
  if (key.a == 0 && key.b == 0) key.b = 1;
  return key;
}

StatementKey key_of(std::string_view text) noexcept { return KeyBuilder().add(text).key(); }

StatementKey key_of(const Quad& quad, bool with_graph) noexcept {
  KeyBuilder builder;
  if (with_graph) builder.add(quad.graph);
  return builder.add(quad.subject).add(quad.predicate).add(quad.object).key();
}

bool KeySet::insert(StatementKey key) {
  if ((size_ + 1) * 8 > slots_.size() * 5) grow();
  std::size_t mask = slots_.size() - 1;
  for (std::size_t i = static_cast<std::size_t>(key.a) & mask;; i = (i + 1) & mask) {
    StatementKey& slot = slots_[i];
    if (slot == key) return false;
    if (slot.a == 0 && slot.b == 0) {
      slot = key;
      ++size_;
      return true;
    }
  }
}

void KeySet::clear() noexcept {
  slots_.clear();
  slots_.shrink_to_fit();
  size_ = 0;
}

void KeySet::grow() {
  std::vector<StatementKey> old = std::move(slots_);
  slots_.assign(old.empty() ? 64 : old.size() * 2, StatementKey{});
  std::size_t mask = slots_.size() - 1;
  for (const auto& key : old) {
    if (key.a == 0 && key.b == 0) continue;
    std::size_t i = static_cast<std::size_t>(key.a) & mask;
    while (!(slots_[i].a == 0 && slots_[i].b == 0)) i = (i + 1) & mask;
    slots_[i] = key;
  }
}

}  // namespace newskg::rdf
