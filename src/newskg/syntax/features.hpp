// Feature templates of the tagger, the parser and the labeller, in one place
// (shared by the trainer and the runtime, so they can never disagree). A
// feature is a 64-bit hash of a template number and its atoms; atoms of
// words are hashed once per sentence (WordAtoms).
#pragma once

#include <cstddef>
#include <cstdint>
#include <string_view>
#include <vector>

#include "newskg/syntax/transition.hpp"

namespace newskg::syntax {

inline std::uint64_t mix(std::uint64_t x) noexcept {  // splitmix64's finaliser
  x ^= x >> 30;
  x *= 0xBF58476D1CE4E5B9ull;
  x ^= x >> 27;
  x *= 0x94D049BB133111EBull;
  return x ^ (x >> 31);
}
inline std::uint64_t combine(std::uint64_t a, std::uint64_t b) noexcept {
  return mix(a * 0x9E3779B97F4A7C15ull + b + 0x632BE59BD9B4E019ull);
}
std::uint64_t hash_code_points(const char32_t* text, std::size_t size) noexcept;

// Hashes of one word, computed once per sentence.
struct WordAtoms {
  std::uint64_t form = 0;       // the form as written
  std::uint64_t lower = 0;      // lower-cased form
  std::uint64_t prefix[3] = {};  // 1..3 code points of the lower-cased form
  std::uint64_t suffix[4] = {};  // 1..4 code points
  std::uint64_t shape = 0;      // "Xxxx", "dd.d", "x-x": runs cut at 3
  std::uint32_t flags = 0;      // capitalised, all caps, digit, hyphen, punctuation only
};

// Decodes `form` (UTF-8) into lower-case code points, typographic quotes and
// dashes read as ASCII (’ -> ', “ -> ", – -> -), into `out` (cleared first).
void lower_code_points(std::string_view form, std::vector<char32_t>& out);

// Decodes `form` (UTF-8) into lower-case code points (`lower`, reused) and fills `atoms`.
void word_atoms(std::string_view form, std::vector<char32_t>& lower, WordAtoms& atoms);

inline constexpr std::size_t max_tagger_features = 32;
inline constexpr std::size_t max_parser_features = 112;
inline constexpr std::size_t max_label_features = 32;

// Tagger features of word i of `words` (n words); tags[0..i) are the tags
// predicted so far. Returns the number written to out.
std::size_t tagger_features(const WordAtoms* words, std::size_t n, std::size_t i, const std::uint8_t* tags,
                            std::uint64_t* out) noexcept;

// What the parser knows of each word: index 0 is the root.
struct ParserWord {
  std::uint64_t word = 0;  // lower-cased form
  std::uint64_t suffix = 0;  // 3 code points
  std::uint8_t upos = 0, xpos = 0;
};

std::size_t parser_features(const ParseState& state, const ParserWord* words, std::uint64_t* out) noexcept;
// Features naming the arc head -> dep of `move`.
std::size_t label_features(const ParseState& state, const ParserWord* words, Move move, std::uint64_t* out) noexcept;

}  // namespace newskg::syntax
