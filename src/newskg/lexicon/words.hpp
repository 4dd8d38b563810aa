// Closed-class word lists (ontology/words/*.txt): one entry per line, '#'
// comments, an optional TAB-separated category. The embedded lists are
// compiled at build time (lexicon/image.hpp) and read in place.
#pragma once

#include <cstdint>
#include <iterator>
#include <memory>
#include <string>
#include <string_view>
#include <utility>

#include "newskg/lexicon/image.hpp"

namespace newskg::lexicon {

// Hashes std::string and std::string_view alike, so lookups need no copy.
struct WordHash {
  using is_transparent = void;
  std::size_t operator()(std::string_view text) const noexcept { return std::hash<std::string_view>{}(text); }
};

class WordList {
 public:
  WordList() = default;
  // Parses the text of a word list; `name` appears in error messages.
  static WordList parse(std::string_view text, std::string_view name);
  // The embedded list ontology/words/NAME.txt (empty when absent).
  static const WordList& embedded(std::string_view name);
  // A list compiled by compile(), read in place (the bytes must outlive it).
  static WordList view(std::string_view section);
  // The compiled form of this list (a section of the lexicon image).
  std::string compile() const;

  bool contains(std::string_view word) const noexcept { return find(word) != image::empty_row; }
  // The category of `word`, or empty.
  std::string_view category(std::string_view word) const noexcept {
    std::uint32_t row = find(word);
    return row == image::empty_row ? std::string_view() : category_at(row);
  }
  std::size_t size() const noexcept { return size_; }

  // The entries in file order, as (word, category) pairs.
  class Entries {
   public:
    class iterator {
     public:
      using value_type = std::pair<std::string_view, std::string_view>;
      using difference_type = std::ptrdiff_t;
      iterator() = default;
      iterator(const WordList* list, std::uint32_t row) : list_(list), row_(row) {}
      value_type operator*() const { return {list_->word_at(row_), list_->category_at(row_)}; }
      iterator& operator++() {
        ++row_;
        return *this;
      }
      iterator operator++(int) {
        iterator old = *this;
        ++row_;
        return old;
      }
      bool operator==(const iterator& other) const noexcept { return row_ == other.row_; }

     private:
      const WordList* list_ = nullptr;
      std::uint32_t row_ = 0;
    };
    explicit Entries(const WordList& list) : list_(list) {}
    iterator begin() const { return {&list_, 0}; }
    iterator end() const { return {&list_, static_cast<std::uint32_t>(list_.size())}; }

   private:
    const WordList& list_;
  };
  Entries entries() const noexcept { return Entries(*this); }

 private:
  void attach(std::string_view section);
  std::uint32_t find(std::string_view word) const noexcept;
  std::string_view word_at(std::uint32_t row) const noexcept { return reader_.string_at(rows_ + row * 4); }
  std::string_view category_at(std::uint32_t row) const noexcept { return reader_.string_at(rows_ + row * 4 + 2); }

  std::shared_ptr<const std::string> owned_;  // the compiled bytes of a parsed list
  std::string_view section_;
  image::Reader reader_;
  std::uint32_t size_ = 0;
  std::uint32_t rows_ = 0;  // word index of the rows: (word ref, category ref) each
  std::span<const image::Slot> slots_;
};

}  // namespace newskg::lexicon
