// Closed-class word lists (ontology/words/*.txt): one entry per line, '#'
// comments, an optional TAB-separated category.
#pragma once

#include <string>
#include <string_view>
#include <unordered_map>

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

  bool contains(std::string_view word) const { return entries_.find(word) != entries_.end(); }
  // The category of `word`, or empty.
  std::string_view category(std::string_view word) const;
  std::size_t size() const noexcept { return entries_.size(); }
  using Map = std::unordered_map<std::string, std::string, WordHash, std::equal_to<>>;
  const Map& entries() const noexcept { return entries_; }

 private:
  Map entries_;
};

}  // namespace newskg::lexicon
