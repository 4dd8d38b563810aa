// The compiled form of the lexicons and word lists: flat tables of 32-bit
// words and a string pool, read in place through string_views (no parsing, no
// allocation per entry). The build compiles ontology/lexicon/*.ttl and
// ontology/words/*.txt into one image with newskg-compile-lexicon
// (src/tools/compile_lexicon.cpp, from this library's own reading code) and
// embeds it; user lexicons are compiled into the same form at run time.
#pragma once

#include <cstdint>
#include <cstring>
#include <span>
#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

namespace newskg::lexicon::image {

// A string in a section's pool: byte offset into the pool and length.
struct Ref {
  std::uint32_t offset = 0;
  std::uint32_t length = 0;
};

// A slot of an open-addressing hash table: the key's hash and its row
// (empty_row for a free slot).
struct Slot {
  std::uint32_t hash = 0;
  std::uint32_t row = 0;
};
inline constexpr std::uint32_t empty_row = 0xFFFFFFFFu;

// FNV-1a, 32 bits: the same at build time and at run time, whatever
// std::hash does.
inline std::uint32_t hash_bytes(std::string_view bytes) noexcept {
  std::uint32_t h = 2166136261u;
  for (char c : bytes) {
    h ^= static_cast<unsigned char>(c);
    h *= 16777619u;
  }
  return h;
}
// A trie edge's hash: the token key's hash mixed with the parent node.
inline std::uint32_t edge_hash(std::uint32_t key_hash, std::uint32_t parent) noexcept {
  std::uint32_t h = key_hash ^ (parent * 0x9E3779B1u);
  h ^= h >> 16;
  h *= 0x85EBCA6Bu;
  h ^= h >> 13;
  return h;
}
// The number of slots for `rows` keys: a power of two, at most half full.
std::uint32_t slot_count(std::size_t rows);

// Builds one section: [word count][words][string pool].
class Writer {
 public:
  std::uint32_t size() const noexcept { return static_cast<std::uint32_t>(words_.size()); }
  // Appends a word; returns its index.
  std::uint32_t word(std::uint32_t value) {
    words_.push_back(value);
    return size() - 1;
  }
  // Appends a string reference (two words, offset and length); the string is
  // pooled once however often it is referred to.
  void ref(std::string_view text) {
    Ref r = pooled(text);
    word(r.offset);
    word(r.length);
  }
  // Appends `count` zero words; returns the index of the first.
  std::uint32_t reserve(std::size_t count) {
    words_.resize(words_.size() + count);
    return size() - static_cast<std::uint32_t>(count);
  }
  void set(std::uint32_t index, std::uint32_t value) { words_[index] = value; }
  std::string take() const;

 private:
  Ref pooled(std::string_view text);
  std::vector<std::uint32_t> words_;
  std::string pool_;
  std::unordered_map<std::string, Ref> pooled_;
};

// Reads a section built by Writer, in place. The section must be 4-aligned.
class Reader {
 public:
  Reader() = default;
  explicit Reader(std::string_view section);
  std::uint32_t word(std::uint32_t index) const noexcept { return words_[index]; }
  std::string_view string(Ref ref) const noexcept { return pool_.substr(ref.offset, ref.length); }
  std::string_view string_at(std::uint32_t index) const noexcept { return string({words_[index], words_[index + 1]}); }
  // `count` records of T (a struct of 32-bit words) from word `index`.
  template <class T>
  std::span<const T> array(std::uint32_t index, std::size_t count) const noexcept {
    static_assert(alignof(T) == 4 && sizeof(T) % 4 == 0);
    return {reinterpret_cast<const T*>(words_ + index), count};
  }

 private:
  const std::uint32_t* words_ = nullptr;
  std::string_view pool_;
};

// An image: named sections, each 8-aligned. `sections` are (name, bytes).
std::string join_sections(const std::vector<std::pair<std::string, std::string>>& sections);
// The section called `name` of `image`, or empty.
std::string_view find_section(std::string_view image, std::string_view name);

}  // namespace newskg::lexicon::image
